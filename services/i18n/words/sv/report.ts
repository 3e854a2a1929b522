// Reports (cards/report-*-view.ts, reminder-status-card.ts, cards/role-report-view.ts) and the
// reply when no period is open.
export const report = {
  "report.reportPeriod": "Rapportera {label}",
  "report.report": "Rapportera",
  "report.submittedAt": "✔ Inskickad {when}",
  "report.submittedAtBy": "✔ Inskickad {when} av {name}",
  "report.notSubmitted": "○ Inte inskickad än",
  "report.openReport": "Öppna rapporten",
  "report.unitsIntro":
    "Du rapporterar för {units, plural, one {# enhet} other {# enheter}}; {left, plural, =0 {alla är inskickade.} one {# är inte inskickad än.} other {# är inte inskickade än.}} Välj en:",
  "report.unitsMore": "… och {count, number} till: skriv rapportera {periodId} <enhet>. ",
  "report.page": "Sida {page, number} av {pages, number}: {first}",
  "report.submittedTitle": "✔ Rapporten är inskickad: {label} · {unit}",
  "report.closed": " (stängd)",
  "report.notAnswered": "– Inte besvarad",
  "reminderStatus.allIn": "✔ Inskickad: {label}",
  "reminderStatus.allInSummary":
    "Tack: rapporten är inskickad. Du kan ändra den till och med sista dagen.",
  "reminderStatus.someIn": "{done, number} av {units, number} inskickade. Sista dag är {deadline}.",
  "reminderStatus.footer": "Kortet visar rapporterna som de är nu.",
  "report.submittedLine": "Inskickad {when} av {name} (version {version, number}).",
  "report.canResubmit": "Du kan ändra och skicka in igen till och med sista dagen.",
  "report.noneSubmitted": "Ingen rapport skickades in.",
  "report.closedNotice":
    "Sista dag för {label} var {deadline}, så rapporten är stängd och kan bara läsas. En administratör kan öppna den igen: öppna rapport {periodId} {unit}.",
  "report.moreAnswers":
    "{count, plural, one {… och # svar till.} other {… och # svar till.}} Tryck {edit} för att se alla.",
  "report.changeUntil": "Du kan ändra rapporten till och med {deadline}.",
  "report.notSubmittedYet": "Inte inskickad än.",
  "report.draftSavedBy": "Utkast sparat {when} av {name}.",
  "report.onBehalf":
    "Du rapporterar för {unit} som administratör{who, select, none {} other {, i stället för {who}}}.",
  "report.reopenedUntil": "Öppnad igen av en administratör till {when}.",
  "report.draftSaved":
    "✔ Utkastet är sparat. Statusen för varje värde visas under det. Skicka in när du är klar.",
  "report.invalid":
    "✖ {count, plural, one {# fält behöver} other {# fält behöver}} rättas innan rapporten kan skickas in. Inget skickades in; det du skrev är sparat som utkast.",
  "report.conflict":
    "▲ Någon annan skickade in rapporten efter att du öppnade kortet. Kortet visar nu det som är inskickat. Det här skrev du men det sparades inte; skriv in det igen om det ska gälla:",
  "noneOpen.next":
    "Ingen period är öppen för rapportering just nu. Nästa: {label} öppnar {opens} (sista dag {deadline}). Jag påminner dig när det är dags.",
  "noneOpen.allClosed": "Alla planens perioder är stängda.",
  "noneOpen.allClosedLast":
    "Alla planens perioder är stängda; den senaste, {label}, stängde {deadline}. Skriv rapportera {periodId} för att se vad som rapporterades.",
  "roleReport.scope": "{role} rapporterar för {units, plural, one {# enhet} other {# enheter}}.",
  "roleReport.page": "Sida {page, number} av {pages, number}: {first} – {last}",
} as const;
