// Replies to administrators' commands: export, publish, leadership, admins, the leadership
// channel, comparison values, reopening a report.
export const admin = {
  "export.noFileConsent":
    "Den här klienten (Agents Playground) kan inte ta emot filer från mig, så ingen fil skickades. Samma arbetsbok får du där boten körs med: {command}",
  "export.description":
    "{plan}, {period}: resultat per enhet med status, kommentarer, vem och när.",
  "publish.posted":
    "Sammanställningen för {label} är publicerad i {channel, select, none {ledningskanalen} other {{channel}}}.",
  "publish.updated":
    "Sammanställningen för {label} i {channel, select, none {ledningskanalen} other {{channel}}} är uppdaterad.",
  "publish.unchanged": "Sammanställningen för {label} är redan publicerad och aktuell.",
  "publish.busy": "Sammanställningen publiceras just nu.",
  "publish.noChannel":
    "Ingen ledningskanal är vald, så här är den. En administratör skriver @Uppföljningsboten ledningskanal i den kanal i teamet som ska få den.",
  "leadership.role": "ledning",
  "leadership.already": "{person} är redan utsedd till ledning. Inget ändrades.",
  "leadership.added": "Ledning tillagd",
  "leadership.addedSummary": "Personen ser sammanställningarna och kan gå in i dem.",
  "leadership.notNamed": "{person} är inte utsedd till ledning. Inget ändrades.",
  "leadership.removed": "Ledning borttagen",
  "leadership.list": "Utsedda till ledning (utöver ledningskanalens medlemmar):",
  "admin.added": "Administratör tillagd",
  "admin.removed": "Administratör borttagen",
  "admin.role": "administratör",
  "admin.already": "{person} är redan administratör. Inget ändrades.",
  "admin.notAdmin": "{person} är inte administratör. Inget ändrades.",
  "admin.list": "Administratörer:",
  "admin.fromConfiguration": " (från inställningen BOT_ADMINS)",
  "admin.none": "- inga",
  "leadershipChannel.this": "den här kanalen",
  "leadershipChannel.set": "Ledningskanal vald",
  "leadershipChannel.summary": "Sammanställningarna av uppföljningen publiceras här.",
  "leadershipChannel.summaryPlan": "Den här planens sammanställningar publiceras här.",
  "leadershipChannel.field": "Ledningskanal",
  "comparison.set": "Jämförelsevärde inlagt",
  "comparison.wholeOrganisation": "hela organisationen",
  "comparison.field": "Jämförelsevärde",
  "comparison.footer": "Rapporterna bedöms mot det från och med nu. Ändringen finns i loggen.",
  "reopen.title": "{label} öppnad igen för {unit}",
  "reopen.field": "Kan ändras till",
  "reopen.closed": "Stängd",
  "reopen.footer":
    "Enhetens rapportörer kan ändra och skicka in rapporten i {days, plural, one {# arbetsdag} other {# arbetsdagar}} (rapportera {periodId}). Ändringen finns i granskningsloggen.",
} as const;
