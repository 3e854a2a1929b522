// The help card for a person: the commands they may use, in their language, those for admins
// apart. The commands come from the bot's catalog, which owns what each one says and who may use it.
import { helpCard } from "./help-card";
import type { AdaptiveCard } from "./render";
import type { Locale } from "../services/i18n/locale";
import { t } from "./words/t";

/** What help needs to know of a command. */
export interface HelpEntry {
  access: string;
  usage: Record<Locale, string>;
  description: Record<Locale, string>;
}

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
      heading: t(locale, "help.everyone"),
      commands: commands.filter((c) => c.access !== "administer").map(line),
    },
  ];
  const adminCommands = commands.filter((c) => c.access === "administer");
  if (isAdmin && adminCommands.length > 0) {
    groups.push({ heading: t(locale, "help.admins"), commands: adminCommands.map(line) });
  }
  return helpCard({
    title: t(locale, "help.title"),
    intro: t(locale, "help.intro"),
    groups,
    footer: t(locale, "help.footer"),
  });
}
