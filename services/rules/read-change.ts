// Reads a change from the baseline: `Öka med 10%`, `minska med minst 5`, `-10% jmf 2024 års
// utfall`, `-5 minuter i genomsnitt`. Per cent is relative to the baseline; anything else,
// per-cent points included, is a change in the value's own unit.
import type { RuleCursor } from "./rule-cursor";
import { HINT } from "./rule-hints";
import {
  readNumber,
  readPercent,
  readQualifier,
  readSignedNumber,
  sticky,
  word,
} from "./rule-tokens";
import type { Measure } from "./status-rule";

export interface Change {
  /** Signed: an increase is positive, a decrease negative. */
  amount: number;
  measure: Exclude<Measure, "value">;
  qualifier?: string;
}

const CHANGE_WORD = sticky(`${word("(öka|minska)")} ?${word("med")}`);
const AT_LEAST = sticky(word("minst"));

const CHANGE_START = new RegExp(`^(?:${word("öka|minska")} ${word("med")}|[+-] ?\\d)`, "iu");
const CHANGE_WORD_START = new RegExp(`^${word("öka|minska")} ${word("med")}`, "iu");

/** A rule that starts with `Öka med`, `Minska med` or a sign is a change: `-10% jmf …`. */
export function startsWithChange(text: string): boolean {
  return CHANGE_START.test(text);
}

/**
 * Between Grön and Gul only the words mark a change; a sign there is a negative threshold
 * (`Grön 0% Gul -0,5%` for a budget deviation).
 */
export function startsWithChangeWord(text: string): boolean {
  return CHANGE_WORD_START.test(text);
}

export function readChange(cursor: RuleCursor, ruleText: string): Change | undefined {
  let amount: number | undefined;
  const verb = cursor.read(CHANGE_WORD);
  if (verb) {
    cursor.read(AT_LEAST);
    const magnitude = readNumber(cursor);
    if (magnitude === undefined) cursor.fail("hur stor förändringen ska vara saknas", HINT.change);
    amount = verb[1]?.toLowerCase() === "minska" ? -magnitude : magnitude;
  } else {
    amount = readSignedNumber(cursor);
  }
  if (amount === undefined) return undefined;
  // "procentenheter" is not "procent": it stays a word after the number, and the change absolute.
  const measure = readPercent(cursor) ? "relativeChange" : "absoluteChange";
  const qualifier = readQualifier(cursor, ruleText, HINT.change);
  return { amount: amount === 0 ? 0 : amount, measure, ...(qualifier ? { qualifier } : {}) };
}
