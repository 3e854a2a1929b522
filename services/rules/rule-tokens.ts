// The small pieces every rule is made of: numbers, per cent, comparators and the free words that
// may follow a threshold. Free words are allowed only when they cannot change the judgement.
import { UNSIGNED_NUMBER, normaliseSpacesAndDashes, toNumber } from "./parse-value";
import { quote, ruleUnreadable } from "./rule-errors";
import type { RuleCursor } from "./rule-cursor";
import type { Comparator } from "./status-rule";

/** `\b` knows only ASCII letters; Swedish words start and end with å, ä and ö too. */
export function word(alternatives: string): string {
  return String.raw`(?<![\p{L}\d])(?:${alternatives})(?![\p{L}\d])`;
}

export function sticky(source: string): RegExp {
  return new RegExp(source, "iuy");
}

/** HTML tags from Word exports, every kind of space and dash, and the many ways to write ≥ and ≤. */
export function normaliseRuleText(text: string): string {
  return normaliseSpacesAndDashes(text.replace(/<[^>]*>/g, " "))
    .replace(/([<>]) ?\/? ?=/g, "$1=")
    .replace(/=([<>])/g, "$1=")
    .replace(/≥/g, ">=")
    .replace(/≤/g, "<=");
}

const NUMBER = sticky(String.raw`(${UNSIGNED_NUMBER})(?!\d)`);
const SIGNED_NUMBER = sticky(String.raw`([+-]) ?(${UNSIGNED_NUMBER})(?!\d)`);
const PERCENT = sticky(`%|${word("procent")}`);
const COMPARATOR = sticky(">=|<=|>|<");

export function readNumber(cursor: RuleCursor): number | undefined {
  const match = cursor.read(NUMBER);
  return match ? toNumber(match[1] ?? "") : undefined;
}

/** A number with a written sign, `-10` or `+5`; undefined when there is no sign. */
export function readSignedNumber(cursor: RuleCursor): number | undefined {
  const match = cursor.read(SIGNED_NUMBER);
  if (!match) return undefined;
  const magnitude = toNumber(match[2] ?? "");
  return match[1] === "-" ? -magnitude : magnitude;
}

export function readPercent(cursor: RuleCursor): "%" | undefined {
  return cursor.read(PERCENT) ? "%" : undefined;
}

const COMPARATORS: readonly Comparator[] = [">=", "<=", ">", "<"];

export function readComparator(cursor: RuleCursor): Comparator | undefined {
  const match = cursor.read(COMPARATOR);
  return COMPARATORS.find((comparator) => comparator === match?.[0]);
}

/**
 * Words that would change the judgement if they were read past: comparisons, directions, colours,
 * negations. `under` only before a number ("under 5"), since "under året" means "during the year".
 */
const MEANINGFUL = new RegExp(
  word(
    String.raw`grön|gul|röd|ök\p{L}*|minsk\p{L}*|(?:bi)?behåll\p{L}*|minst|högst|max\p{L}*|mer|mera|fler|flera|färre|mindre|lägre|högre|över|bästa|sämsta|inte|ej|ingen|under(?= ?[+-]?\d)`,
  ) + "|[<>=]",
  "iu",
);

/**
 * The words after a threshold that say what is measured ("av enheternas mål uppnådda", "jmf 2024
 * års utfall"). They must start with a word, not a number, and carry no meaning the rule would miss.
 */
export function readQualifier(
  cursor: RuleCursor,
  ruleText: string,
  hint: string,
): string | undefined {
  const rest = cursor.rest();
  if (rest === "") return undefined;
  if (!/^[\p{L}(]/u.test(rest)) cursor.fail("", hint);
  const meaningful = MEANINGFUL.exec(rest);
  if (meaningful) {
    const where = meaningful[0] === rest ? "" : ` i ${quote(rest)}`;
    throw ruleUnreadable(ruleText, `förstår inte ${quote(meaningful[0])}${where}`, hint);
  }
  return cursor.takeRest();
}
