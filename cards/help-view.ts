// The help card for a person: the commands they may use, in their language, those for admins
// apart. The commands come from the bot's catalog, which owns what each one says and who may use it.
import { helpCard } from "./help-card";
import type { AdaptiveCard } from "./render";
import type { Locale } from "../services/i18n/locale";

/** What help needs to know of a command. */
export interface HelpEntry {
  access: string;
  usage: Record<Locale, string>;
  description: Record<Locale, string>;
}

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

export function helpView(
  commands: readonly HelpEntry[],
  locale: Locale,
  isAdmin: boolean,
): AdaptiveCard {
  const line = (spec: HelpEntry) => ({
    usage: spec.usage[locale],
    text: spec.description[locale],
  });
  const groups = [
    {
      heading: TEXT.everyone[locale],
      commands: commands.filter((c) => c.access !== "administer").map(line),
    },
  ];
  const adminCommands = commands.filter((c) => c.access === "administer");
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
