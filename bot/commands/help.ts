// Builds the help card for a person: the commands they may use, in their language.
import { helpCard } from "../../cards/help-card";
import type { AdaptiveCard } from "../../cards/render";
import type { Locale } from "../../services/i18n/locale";
import { COMMANDS } from "./catalog";

const TEXT = {
  title: { sv: "Uppföljningsboten", en: "Uppföljningsboten (follow-up bot)" },
  intro: {
    sv: "Jag hjälper er att följa upp verksamhetsplanen: jag påminner när det är dags att rapportera, tar emot era resultat och sammanställer dem för ledningen.",
    en: "I help you follow up the operational plan: I remind you when it is time to report, collect your results and summarise them for leadership.",
  },
  everyone: { sv: "Kommandon", en: "Commands" },
  admins: { sv: "För administratörer", en: "For administrators" },
  footer: {
    sv: "Skriv kommandot här i chatten. Versaler och extra mellanslag spelar ingen roll.",
    en: "Type the command here in the chat. Case and extra spaces do not matter.",
  },
};

export function buildHelpCard(locale: Locale, isAdmin: boolean): AdaptiveCard {
  const line = (spec: (typeof COMMANDS)[number]) => ({
    usage: spec.usage[locale],
    text: spec.description[locale],
  });
  const groups = [
    {
      heading: TEXT.everyone[locale],
      commands: COMMANDS.filter((c) => c.access !== "administer").map(line),
    },
  ];
  const adminCommands = COMMANDS.filter((c) => c.access === "administer");
  if (isAdmin && adminCommands.length > 0) {
    groups.push({ heading: TEXT.admins[locale], commands: adminCommands.map(line) });
  }
  return helpCard({
    title: TEXT.title[locale],
    intro: TEXT.intro[locale],
    groups,
    footer: TEXT.footer[locale],
  });
}
