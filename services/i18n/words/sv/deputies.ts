// Deputies and absence (bot/commands/handlers/deputy-handlers.ts).
export const deputies = {
  "deputy.none":
    "Inga ersättare i {plan} just nu. Utse en: ersättare <enhet> <person> [till <datum>].",
  "deputy.list": "Ersättare i {plan}:",
  "deputy.line":
    "- {unit}: {name} ({upn}){forWhom, select, none {} other { för {forWhom}}}, {until}",
  "deputy.until": "{date, select, none {tills vidare} other {till {date}}}",
  "deputy.shown": "{name}, {until}",
  "deputy.title": "Ersättare för {unit}",
  "deputy.field": "Ersättare",
  "deputy.footer":
    "{name} påminns för {unit} och får rapportera för enheten så länge ersättningen gäller, vid sidan av enhetens rapportörer. Ändringen finns i granskningsloggen.",
  "deputy.removedTitle": "Ersättare borttagen för {unit}",
  "deputy.removedFooter":
    "{names} påminns inte längre för {unit} och får inte längre rapportera för enheten. Enhetens rapportörer är kvar. Ändringen finns i granskningsloggen.",
  "absence.endedTitle": "Frånvaron är avslutad",
  "absence.endedFooter":
    "Du påminns igen för dina enheter.{names, select, none {} other { {names} påminns inte längre för dem och får inte längre rapportera för dem.}} Ändringen finns i granskningsloggen.",
  "absence.title": "Frånvarande till {until}",
  "absence.reportsFor": "Rapporterar för",
  "absence.reminders": "Påminnelser till dig",
  "absence.noneUntil": "Inga till och med {until}",
  "absence.footer":
    "{name} påminns och får rapportera för dina enheter till och med {until}. Ändringen finns i granskningsloggen.",
} as const;
