// The reminder a reporter gets (cards/reminder-messages.ts, reminder-sections.ts).
export const reminders = {
  "reminder.days": "{count, plural, one {# dag} other {# dagar}}",
  "reminder.lastDayToday": "i dag är sista dagen",
  "reminder.deadlinePassed":
    "sista dagen var för {count, plural, one {# dag} other {# dagar}} sedan",
  "reminder.title.opening": "Dags att rapportera: {label}",
  "reminder.title.before": "Påminnelse: rapportera {label}",
  "reminder.title.deadline": "Sista dag i dag: {label}",
  "reminder.title.after": "Rapporten för {label} saknas",
  "reminder.title.manual": "Påminnelse: rapportera {label}",
  "reminder.intro.opening": "Nu kan du rapportera för {label}. Sista dag är {deadline}.",
  "reminder.intro.before": "Rapporten för {label} är inte klar än. Sista dag är {deadline}.",
  "reminder.intro.deadline": "I dag är sista dagen att rapportera för {label}.",
  "reminder.intro.after":
    "Sista dagen att rapportera för {label} var {deadline}. Rapportera så snart du kan.",
  "reminder.intro.manual":
    "Din administratör påminner dig om att rapportera för {label}. Sista dag är {deadline}.",
  "reminder.fact.period": "Period",
  "reminder.fact.lastDay": "Sista dag",
  "reminder.fact.timeLeft": "Kvar",
  "reminder.fact.toReport": "Att rapportera",
  "reminder.toReport":
    "{items, plural, one {# punkt} other {# punkter}}, {units, plural, one {# enhet} other {# enheter}}",
  "reminder.itemsToReport":
    "{count, plural, one {# punkt att rapportera} other {# punkter att rapportera}}",
  "reminder.unitsHeading": "{count, plural, one {Din enhet} other {Dina enheter}}",
  "reminder.reportNow": "Rapportera nu",
  "reminder.footer":
    "Du får påminnelsen för att du rapporterar för {count, plural, one {enheten} other {enheterna}}. Frågor? Kontakta din administratör.",
  "reminder.text": "{title} (sista dag {day})",
  "reach.reason.noAddress":
    "har inte lagt till Uppföljningsboten och finns inte i något team där boten finns",
  "reach.reason.blocked": "Teams nekade (blockerad, appen borttagen eller saknar behörighet)",
  "reach.reason.uninstalled": "har tagit bort appen",
  "reach.reason.notFound": "chatten finns inte längre",
  "reminder.also": "Också",
  "reminder.aboutPlan": "{plan}: {label}, sista dag {day}",
  "reminder.andAlso": " och {label} ({plan})",
} as const;
