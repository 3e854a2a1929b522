// Every chat command the bot understands: its words in Swedish and English, who may run it, where,
// and how the help card and the Teams command menu describe it. The parser and the help card both
// read this list, so a command is described exactly as it is understood.
import type { Localized } from "../../services/i18n/locale";

export type CommandId = "help";

export interface CommandSpec {
  id: CommandId;
  /** Leading words, lower case, per language: typing the English words gets an English answer. */
  words: { sv: string[]; en: string[] };
  adminOnly: boolean;
  /** Where it can be said: the 1:1 chat, a team channel (with an @mention), or both. */
  where: "personal" | "channel" | "both";
  usage: Localized;
  description: Localized;
  /** Shown in the Teams command menu (manifest). */
  inMenu: boolean;
}

export const COMMANDS: readonly CommandSpec[] = [
  {
    id: "help",
    words: { sv: ["hjälp", "hjalp", "?"], en: ["help"] },
    adminOnly: false,
    where: "both",
    usage: { sv: "hjälp", en: "help" },
    description: { sv: "Visar vad jag kan göra för dig.", en: "Shows what I can do for you." },
    inMenu: true,
  },
];
