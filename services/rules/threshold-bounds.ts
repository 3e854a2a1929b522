// A green threshold and a yellow one (or a yellow range, `26-50`) become the two inclusive bounds
// the evaluator uses. Which way is better follows from their order unless the text says it.
import { formatNumber } from "./format-number";
import type { RuleCursor } from "./rule-cursor";
import { ruleUnreadable } from "./rule-errors";
import { readNumber, readPercent, readSignedNumber, sticky } from "./rule-tokens";
import type { Direction } from "./status-rule";

export interface Bound {
  low: number;
  high: number;
  unit?: "%";
}

const RANGE_DASH = sticky("- ?");

/** `14`, `-0,5%`, or with `allowRange` also `14-15`, `26%-50%` and `-5 - -2`. */
export function readBound(
  cursor: RuleCursor,
  allowRange: boolean,
  missing: string,
  hint: string,
): Bound {
  const low = readSignedNumber(cursor) ?? readNumber(cursor);
  if (low === undefined) cursor.fail(missing, hint);
  let unit = readPercent(cursor);
  let high = low;
  if (allowRange && cursor.read(RANGE_DASH)) {
    const end = readSignedNumber(cursor) ?? readNumber(cursor);
    if (end === undefined) cursor.fail(`intervallets slut saknas`, hint);
    high = end;
    unit = readPercent(cursor) ?? unit;
  }
  return { low, high, ...(unit ? { unit } : {}) };
}

function show({ low, high }: Bound): string {
  return low === high ? formatNumber(low) : `${formatNumber(low)}–${formatNumber(high)}`;
}

/** A ≥ B: higher is better. A range wholly on one side of green says which way. */
function inferDirection(green: number, { low, high }: Bound): Direction | undefined {
  if (low === high) return low <= green ? "higher" : "lower";
  if (high <= green) return "higher";
  if (low >= green) return "lower";
  return undefined;
}

/**
 * The yellow bound is the end of the yellow range farthest from green, so that a value between
 * the ranges (13,5 with green "13 eller färre" and yellow "14-15") is yellow, not red.
 */
export function orderBounds(
  ruleText: string,
  green: number,
  yellow: Bound,
  hint: string,
  stated?: Direction,
): { direction: Direction; yellow: number } {
  if (yellow.low > yellow.high) {
    throw ruleUnreadable(ruleText, `intervallet ${show(yellow)} går baklänges`, hint);
  }
  const direction = stated ?? inferDirection(green, yellow);
  if (direction === undefined) {
    throw ruleUnreadable(
      ruleText,
      `gult (${show(yellow)}) ligger på båda sidor om grönt (${formatNumber(green)})`,
      hint,
    );
  }
  const bound = direction === "higher" ? yellow.low : yellow.high;
  if (direction === "higher" ? bound > green : bound < green) {
    throw ruleUnreadable(
      ruleText,
      `gult (${show(yellow)}) ligger på fel sida om grönt (${formatNumber(green)})`,
      hint,
    );
  }
  return { direction, yellow: bound };
}

/** Checked after green is read, so that "Grön banan" is refused for "banan", not for what follows. */
export function requireYellow(text: string, yellow: string | undefined, hint: string): string {
  if (yellow === undefined) throw ruleUnreadable(text, "gränsen för gult saknas", hint);
  return yellow;
}
