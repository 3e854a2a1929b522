// The command someone most likely meant when they typed one the bot does not know ("perioderr" →
// "perioder"), by edit distance over the commands' words in both languages.
import { distance } from "fastest-levenshtein";
import type { Locale } from "../../services/i18n/locale";
import { COMMANDS, type CommandSpec } from "./catalog";

export interface Suggestion {
  spec: CommandSpec;
  /** The command's words as the person would type them, in the language they were closest to. */
  words: string;
  language: Locale;
}

const CANDIDATES = COMMANDS.flatMap((spec) =>
  (["sv", "en"] as const).flatMap((language) =>
    spec.words[language]
      .filter((words) => /\p{L}/u.test(words))
      .map((words) => ({ spec, words, language, count: words.split(" ").length })),
  ),
);

/** The nearest command, or undefined when nothing is near enough to be what was meant. */
export function suggestCommand(text: string): Suggestion | undefined {
  const typed = text.toLocaleLowerCase("sv-SE").split(" ").filter(Boolean);
  if (typed.length === 0) return undefined;
  let best: (Suggestion & { cost: number }) | undefined;
  for (const candidate of CANDIDATES) {
    const head = typed.slice(0, candidate.count).join(" ");
    const cost = distance(head, candidate.words);
    // A slip of a letter or two, never half the word: "banan" is not "bana".
    const allowed = Math.min(2, Math.floor(candidate.words.length / 4));
    if (cost > allowed || (best && cost >= best.cost)) continue;
    best = { spec: candidate.spec, words: candidate.words, language: candidate.language, cost };
  }
  return best && { spec: best.spec, words: best.words, language: best.language };
}
