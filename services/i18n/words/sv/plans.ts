// Plans (bot/commands/handlers/plans-handlers.ts, cards/plans-card.ts).
export const plans = {
  "plans.title": "Planer",
  "plans.whichPlan": "Vilken plan?",
  "plans.whichForChannel":
    "Flera planer saknar ledningskanal. Välj planen vars sammanställningar ska publiceras i den här kanalen. Inget ändrades.",
  "plans.whichToWorkOn":
    "Flera planer följs nu, och du har inte valt någon. Välj planen du arbetar med{command, select, none {} other {; då körs {command} på den}}. Inget ändrades än.",
  "plans.noneLoaded":
    "Ingen plan är inläst än (eller ingen för dina förvaltningar). Skicka planfilen till mig med orden importera plan.",
  "plans.chosen": "Din plan är vald",
  "plans.chosenSummary":
    "Dina administratörskommandon (deadline, påminn, sammanställ, ansvariga …) gäller den här planen tills du väljer en annan.",
  "plans.archivedNote": "Planen är arkiverad: den får inga påminnelser.",
  "plans.planField": "Plan",
  "plans.alreadyArchived": "{plan} är redan arkiverad. Inget ändrades.",
  "plans.archived": "Planen är arkiverad",
  "plans.archivedSummary":
    "Inga fler påminnelser eller publiceringar för den. Dess rapporter, sammanställningar och granskningslogg finns kvar.",
  "plans.stateField": "Läge",
  "plans.followed": "följs",
  "plans.archivedState": "arkiverad",
  "plans.archivedFooter": "Ändringen finns i granskningsloggen. Ångra med återställ plan {id}.",
  "plans.notArchived": "{plan} är inte arkiverad. Inget ändrades.",
  "plans.restored": "Planen följs igen",
  "plans.restoredSummary":
    "Påminnelser och sammanställningar för planens kommande steg skickas som vanligt; ett steg vars dag har gått skickas inte i efterhand.",
  "plans.restoredFooter": "Ändringen finns i granskningsloggen.",
  "plans.everyPlan": "alla planer",
  "plans.scopeSet": "Administratörens förvaltningar ändrade",
  "plans.scopeFooter":
    "Personen administrerar bara planerna för dessa förvaltningar (planfilens organisationUnit). Att göra personen till administratör är ett eget steg: admin lägg till.",
  "plans.button.channel": "Den här planens sammanställningar hit",
  "plans.button.work": "Arbeta med den här planen",
  "plans.footer":
    "Skriv plan <namn> för att välja planen dina kommandon gäller, arkivera plan <namn> för att avsluta en.",
  "plans.more": "{count, plural, one {… och # plan till.} other {… och # planer till.}}",
  "plans.state.archived": "■ Arkiverad: inga påminnelser",
  "plans.state.notLive": "○ Ingen öppen eller kommande period",
  "plans.state.open": "▶ Öppen: {periods}",
  "plans.state.followed": "◷ Följs; nästa: {next, select, none {efter sista dag} other {{next}}}",
} as const;
