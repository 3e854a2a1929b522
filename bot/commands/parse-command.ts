// Turns what a person typed into a command and its arguments. Case, extra spaces, the bot's
// @mention and Teams' HTML wrapping do not matter.
import type { Locale } from "../../services/i18n/locale";
import { COMMANDS, type CommandSpec } from "./catalog";

export interface ParsedCommand {
  spec: CommandSpec;
  /** The text after the command words, spaces collapsed, case kept. */
  args: string;
  /** The language of the words typed. */
  language: Locale;
}

/** Removes @mentions, HTML tags and entities, and collapses white space. */
export function normaliseText(text: string): string {
  return text
    .replace(/<at>[^<]*<\/at>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/gi, " ")
    .replace(/&amp;/gi, "&")
    .replace(/&lt;/gi, "<")
    .replace(/&gt;/gi, ">")
    .replace(/[\s\u00a0]+/g, " ")
    .trim()
    .normalize("NFC");
}

const byLength = COMMANDS.flatMap((spec) =>
  (["sv", "en"] as const).flatMap((language) =>
    spec.words[language].map((words) => ({ spec, words, language })),
  ),
).sort((a, b) => b.words.length - a.words.length);

export function parseCommand(text: string): ParsedCommand | undefined {
  const clean = normaliseText(text);
  const lower = clean.toLocaleLowerCase("sv-SE");
  for (const { spec, words, language } of byLength) {
    if (lower === words || lower.startsWith(`${words} `)) {
      return { spec, args: clean.slice(words.length).trim(), language };
    }
  }
  return undefined;
}
