// Help (cards/help-view.ts), greetings (bot/commands/greeting.ts), a command not understood,
// and invokes the bot does not serve (bot/unsupported-invokes.ts).
export const conversation = {
  "help.title": "Uppföljningsboten",
  "help.intro":
    "Jag hjälper er att följa upp verksamhetsplanen: jag påminner när det är dags att rapportera, tar emot era resultat och sammanställer dem för ledningen.",
  "help.everyone": "Kommandon",
  "help.admins": "För administratörer",
  "help.footer": "Skriv kommandot här i chatten. Versaler och extra mellanslag spelar ingen roll.",
  "channel.greeting":
    "Hej! Jag är Uppföljningsboten. En administratör kan göra detta till ledningskanal för sammanställningar.",
  "greeting.reporter":
    "Jag påminner dig här när det är dags att rapportera, och du rapporterar på ett kort direkt i chatten.",
  "greeting.firstAdmin":
    "Börja med att skicka planen till mig: skriv importera plan och bifoga .xlsx- eller .yaml-filen.",
  "greeting.other":
    "Jag hjälper er att följa upp verksamhetsplanen: påminnelser, rapporter och sammanställningar för ledningen.",
  "notUnderstood.didYouMean": "Jag förstod inte ”{typed}”. Menade du **{words}**?",
  "notUnderstood.help": "Jag förstod inte ”{typed}”. Skriv **hjälp** för att se vad jag kan göra.",
  "notUnderstood.orChoose": "Eller välj:",
  "notUnderstood.youCan": "Du kan:",
  "greeting.button.report": "Rapportera",
  "greeting.button.listPeriods": "Perioder",
  "greeting.button.listResponsibles": "Ansvariga",
  "greeting.button.help": "Allt jag kan",
  "invoke.unsupported.title": "Det här kan Uppföljningsboten inte göra här",
  "invoke.unsupported.text":
    "Jag påminner om rapportering, tar emot rapporter och visar sammanställningar i chatten med mig. Skriv hjälp till mig i chatten för att se vad du kan göra.",
  "invoke.malformed":
    "Jag förstod inte den här förfrågan från Teams. Skriv hjälp till mig i chatten för att se vad du kan göra.",
} as const;
