// The calendar (cards/periods-view.ts, period-change-view.ts).
export const calendar = {
  "periods.title": "Rapportperioder: {plan}",
  "periods.covers": "Avser",
  "periods.opens": "Öppnar",
  "periods.deadline": "Sista dag",
  "periods.reminders": "Påminnelser",
  "periods.reported": "Rapporterat",
  "periods.reportedCount": "{done, number} av {units, plural, one {# enhet} other {# enheter}}",
  "periods.toTheLate": "till dem som inte har rapporterat: {times}",
  "periods.closed": "■ Stängd",
  "periods.open": "▶ Öppen",
  "periods.upcoming": "◷ Kommande",
  "periods.footer":
    "Ändra med t.ex. deadline {sample} 15 maj, öppna {sample} 2 maj eller påminnelser {sample} 7 3 1. Datum skrivs {examples}.",
  "periodChange.changed": "{label} ändrad",
  "periodChange.unchanged": "{label}: inget att ändra",
  "periodChange.footer": "Påminnelser går ut vardagar inom arbetstid, svensk tid.",
} as const;
