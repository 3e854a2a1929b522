// Reporters and whether the bot reaches them (cards/responsibles-view.ts).
export const responsibles = {
  "reach.reachable": "✔ Nås",
  "reach.notInstalled": "✖ Har inte appen",
  "reach.uninstalled": "✖ Har tagit bort appen",
  "reach.blocked": "✖ Blockerad",
  "responsibles.title": "Ansvariga för rapportering: {plan}",
  "responsibles.summary":
    "{reporters, plural, one {# rapportör} other {# rapportörer}} för {units, plural, one {# enhet} other {# enheter}}; {unreachable, plural, =0 {jag når alla.} other {jag når inte # av dem än.}}",
  "responsibles.none": "– ingen –",
  "responsibles.unit": "Enhet",
  "responsibles.reporter": "Rapportör",
  "responsibles.reach": "Nås?",
  "responsibles.install": "Installera appen för dessa",
  "responsibles.adviceInstall":
    "Jag når inte dem som har ✖ än. Installera appen för dessa lägger till Uppföljningsboten i Teams åt alla som inte har blockerat mig; eller så lägger de till den själva (Appar → sök → Lägg till).",
  "responsibles.advice":
    "De som har ✖ behöver lägga till Uppföljningsboten i Teams (Appar → sök → Lägg till), eller vara med i ett team där boten finns, innan påminnelser når dem.",
  "responsibles.moreRows": "{count, plural, one {… och # rad till.} other {… och # rader till.}}",
  "responsibles.changeTitle": "Ansvarig för rapportering: {unit}",
  "responsibles.notReachable":
    "Jag når inte {person} än: personen behöver lägga till Uppföljningsboten i Teams.",
} as const;
