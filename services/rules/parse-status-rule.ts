// Turns a rule or target text from a plan into a typed StatusRule, or refuses it with a Swedish
// message quoting what could not be read. Which notation a text is, is decided by how it starts.
import { readChange, startsWithChange } from "./read-change";
import { RuleCursor } from "./rule-cursor";
import { ruleUnreadable } from "./rule-errors";
import { HINT } from "./rule-hints";
import {
  normaliseRuleText,
  readComparator,
  readNumber,
  readPercent,
  readQualifier,
  readSignedNumber,
  sticky,
  word,
} from "./rule-tokens";
import { hasTrafficLight, parseTrafficLight } from "./parse-traffic-light";
import type { NoRule, StatusRule } from "./status-rule";

const NO_RULE: Array<[RegExp, NoRule["reason"]]> = [
  [/^-?$/, "empty"],
  [/^(\?|inte klart( än)?|ej klart|ej fastställt)\.?$/iu, "notDecided"],
  // A target that names a reference but no figure: nothing the product can compute.
  [/^enligt budget\.?$/iu, "notMeasurable"],
];

const GOAL = sticky(word("öka|minska|bibehåll|bibehålla"));

export function parseStatusRule(text: string): StatusRule {
  const normalised = normaliseRuleText(text);
  const noRule = NO_RULE.find(([pattern]) => pattern.test(normalised));
  if (noRule) return { kind: "none", text, reason: noRule[1] };
  if (hasTrafficLight(normalised)) return parseTrafficLight(text, normalised);

  const cursor = new RuleCursor(normalised, text);
  if (startsWithChange(normalised)) return changeComparison(cursor, text);
  const goal = cursor.read(GOAL);
  if (goal) {
    const qualifier = readQualifier(cursor, text, HINT.any);
    const verb = goal[0].toLowerCase();
    const kind = verb === "öka" ? "increase" : verb === "minska" ? "decrease" : "maintain";
    return { kind: "direction", text, goal: kind, ...(qualifier ? { qualifier } : {}) };
  }
  const comparator = readComparator(cursor);
  if (comparator) {
    const threshold =
      readSignedNumber(cursor) ??
      readNumber(cursor) ??
      cursor.fail(`talet efter ”${comparator}” saknas`, HINT.comparison);
    const unit = readPercent(cursor);
    const qualifier = readQualifier(cursor, text, HINT.comparison);
    return {
      kind: "comparison",
      text,
      measure: "value",
      comparator,
      threshold,
      ...(unit ? { unit } : {}),
      ...(qualifier ? { qualifier } : {}),
    };
  }
  const target = readNumber(cursor);
  if (target === undefined) throw ruleUnreadable(text, `förstår inte ”${normalised}”`, HINT.any);
  const unit = readPercent(cursor);
  const qualifier = readQualifier(cursor, text, HINT.any);
  return {
    kind: "target",
    text,
    target,
    ...(unit ? { unit } : {}),
    ...(qualifier ? { qualifier } : {}),
  };
}

/** `Öka med 10% jämfört med fg år`, `-5 minuter i genomsnitt`: met (green) or not (red). */
function changeComparison(cursor: RuleCursor, text: string): StatusRule {
  const change = readChange(cursor, text);
  if (!change) return cursor.fail("förändringen saknas", HINT.change);
  return {
    kind: "comparison",
    text,
    measure: change.measure,
    comparator: change.amount >= 0 ? ">=" : "<=",
    threshold: change.amount,
    ...(change.measure === "relativeChange" ? { unit: "%" as const } : {}),
    ...(change.qualifier ? { qualifier: change.qualifier } : {}),
  };
}
