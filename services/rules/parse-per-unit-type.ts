// Reads thresholds per unit type: `Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15,
// SÄBO 1,4-1,7`. "eller färre" / "eller fler" say which way is better; otherwise the order of
// green and yellow does, as for plain thresholds.
import { RuleCursor } from "./rule-cursor";
import { ruleUnreadable } from "./rule-errors";
import { HINT } from "./rule-hints";
import { sticky, word } from "./rule-tokens";
import type { Direction, PerUnitTypeRule, UnitTypeThreshold } from "./status-rule";
import { orderBounds, readBound, requireYellow, type Bound } from "./threshold-bounds";
import { UNIT_TYPE_PATTERN, canonicalUnitType } from "./unit-types";
import type { TrafficLight } from "./traffic-light";

interface UnitTypeBound extends Bound {
  unitType: string;
  stated?: Direction;
}

const UNIT_TYPE = sticky(word(UNIT_TYPE_PATTERN));
const OR_SO = sticky(`${word("eller")} ?(${word("färre|mindre|lägre|fler|mer|högre")})`);
const SEPARATOR = sticky(`,|${word("och")}`);

export function startsWithUnitType(body: string): boolean {
  return new RegExp(`^${word(UNIT_TYPE_PATTERN)} ?\\d`, "iu").test(body);
}

function readUnitTypeBounds(
  ruleText: string,
  body: string,
  colour: string,
  allowRange: boolean,
): UnitTypeBound[] {
  const cursor = new RuleCursor(body, ruleText);
  const bounds: UnitTypeBound[] = [];
  do {
    const name = cursor.read(UNIT_TYPE);
    if (!name) return cursor.fail(`enhetstyp saknas för ${colour}`, HINT.unitType);
    const unitType = canonicalUnitType(name[0]) ?? name[0];
    if (bounds.some((b) => b.unitType === unitType)) {
      throw ruleUnreadable(ruleText, `${unitType} står två gånger för ${colour}`, HINT.unitType);
    }
    const bound = readBound(
      cursor,
      allowRange,
      `gränsen för ${colour} för ${unitType} saknas`,
      HINT.unitType,
    );
    const orSo = cursor.read(OR_SO);
    const stated = orSo
      ? /färre|mindre|lägre/i.test(orSo[1] ?? "")
        ? "lower"
        : "higher"
      : undefined;
    bounds.push({ unitType, ...bound, ...(stated ? { stated } : {}) });
  } while (cursor.read(SEPARATOR));
  if (!cursor.atEnd) cursor.fail("", HINT.unitType);
  return bounds;
}

function statedDirection(ruleText: string, bounds: UnitTypeBound[]): Direction | undefined {
  const stated = new Set(bounds.flatMap((b) => (b.stated ? [b.stated] : [])));
  if (stated.size > 1) {
    throw ruleUnreadable(
      ruleText,
      `”eller färre” och ”eller fler” står i samma regel`,
      HINT.unitType,
    );
  }
  return [...stated][0];
}

export function parsePerUnitType(
  light: TrafficLight,
  yellowText: string | undefined,
): PerUnitTypeRule {
  const { text, label } = light;
  const greens = readUnitTypeBounds(text, light.green, "grönt", false);
  const yellows = readUnitTypeBounds(
    text,
    requireYellow(text, yellowText, HINT.unitType),
    "gult",
    true,
  );
  const orphan = yellows.find((y) => !greens.some((g) => g.unitType === y.unitType));
  if (orphan) {
    throw ruleUnreadable(
      text,
      `${orphan.unitType} har en gräns för gult men ingen för grönt`,
      HINT.unitType,
    );
  }
  const yellowOf = (unitType: string) => yellows.find((y) => y.unitType === unitType);
  // One direction for the whole rule: as stated, or as the first pair of green and yellow shows.
  const pairs = greens.flatMap((green) => {
    const yellow = yellowOf(green.unitType);
    return yellow ? [{ green, yellow }] : [];
  });
  const first = pairs[0];
  const direction =
    statedDirection(text, [...greens, ...yellows]) ??
    (first ? orderBounds(text, first.green.low, first.yellow, HINT.unitType).direction : "higher");
  const thresholds: UnitTypeThreshold[] = greens.map((g) => {
    // Without a yellow bound the unit type has no yellow band: green or red.
    const yellow = yellowOf(g.unitType) ?? { low: g.low, high: g.low };
    const ordered = orderBounds(text, g.low, yellow, HINT.unitType, direction);
    return { unitType: g.unitType, green: g.low, yellow: ordered.yellow };
  });
  return { kind: "perUnitType", text, direction, thresholds, ...(label ? { label } : {}) };
}
