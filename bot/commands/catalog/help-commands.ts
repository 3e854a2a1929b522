// The one command everyone may use: what I can do for you.
import type { CommandSpec } from "./command-spec";

export type HelpCommandId = "help";

export const HELP_COMMANDS: readonly CommandSpec<HelpCommandId>[] = [
  {
    id: "help",
    words: { sv: ["hjälp", "hjalp", "?"], en: ["help"] },
    access: "help",
    where: "both",
    usage: { sv: "hjälp", en: "help" },
    description: { sv: "Visar vad jag kan göra för dig.", en: "Shows what I can do for you." },
    inMenu: true,
  },
];
