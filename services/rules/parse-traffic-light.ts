// Reads the traffic-light notation `Grön <threshold> Gul <threshold>`: plain thresholds, shares of
// yes answers (`Grön ja 95%`), yes/no (`Grön Ja Röd Nej`), changes (`Grön Öka med 10%`),
// ranking (`Grön 25% bästa`) and thresholds per unit type. Words before Grön are a label.
import { readChange, startsWithChangeWord } from "./read-change";
import { RuleCursor } from "./rule-cursor";
import { quote, ruleUnreadable } from "./rule-errors";
import { HINT } from "./rule-hints";
import { readQualifier, sticky, word } from "./rule-tokens";
import { orderBounds, readBound, requireYellow } from "./threshold-bounds";
import { parsePerUnitType, startsWithUnitType } from "./parse-per-unit-type";
import type { RankingRule, StatusRule, ThresholdsRule, YesNoRule } from "./status-rule";
import type { TrafficLight } from "./traffic-light";

type Colour = "grön" | "gul" | "röd";

const COLOUR = new RegExp(word("grön|gul|röd"), "giu");
const COLOUR_ORDER: Colour[] = ["grön", "gul", "röd"];
/** A yellow or red threshold before Grön means the colours are in the wrong order. */
const MISPLACED = new RegExp(
  `${word("gul|röd")} ?(?:${word("ja|nej|öka|minska")}|[<>+-]?\\d+(?:[.,]\\d+)?%?)`,
  "iu",
);
const YES_NO = /^(ja|nej)$/i;
const ANSWER = sticky(word("ja|nej"));
const BEST = sticky(word("bästa"));
const HAS_BEST = new RegExp(word("bästa"), "iu");

const ANY_COLOUR = new RegExp(word("grön|gul|röd"), "iu");

export function hasTrafficLight(normalised: string): boolean {
  return ANY_COLOUR.test(normalised);
}

export function parseTrafficLight(text: string, normalised: string): StatusRule {
  const light = splitColours(text, normalised);
  const { green, yellow, red } = light;
  if (YES_NO.test(green)) return yesNo(light);
  if (red !== undefined) {
    throw ruleUnreadable(
      text,
      `${quote(`Röd ${red}`)} behövs inte, det som varken är grönt eller gult blir rött`,
      HINT.trafficLight,
    );
  }
  if (startsWithUnitType(green)) return parsePerUnitType(light, yellow);
  if (startsWithChangeWord(green)) return changeThresholds(light, yellow);
  if (HAS_BEST.test(green)) return ranking(light, yellow);
  return levelThresholds(light, yellow);
}

/**
 * "Kr/invånare Nuläge Grön Grön 25% bästa": the rule starts at the last Grön of the first run, and
 * the label keeps the current status ("Nuläge Grön"), as it keeps "Nuläge Röd" in the next row.
 */
function splitColours(text: string, normalised: string): TrafficLight {
  const colours = [...normalised.matchAll(COLOUR)].flatMap((m) => {
    const colour = COLOUR_ORDER.find((c) => c === m[0].toLowerCase());
    return colour ? [{ colour, start: m.index, end: m.index + m[0].length }] : [];
  });
  let first = colours.findIndex((c) => c.colour === "grön");
  if (first < 0) throw ruleUnreadable(text, "gränsen för grönt saknas", HINT.trafficLight);
  while (
    colours[first + 1]?.colour === "grön" &&
    colours[first + 1]?.start === (colours[first]?.end ?? 0) + 1
  ) {
    first += 1;
  }
  const label = normalised.slice(0, colours[first]?.start).trim();
  const misplaced = MISPLACED.exec(label);
  if (misplaced) {
    throw ruleUnreadable(text, `${quote(misplaced[0])} står före Grön`, HINT.trafficLight);
  }
  const light: TrafficLight = { text, green: "", ...(label ? { label } : {}) };
  let last = -1;
  colours.slice(first).forEach((c, i, rest) => {
    const order = COLOUR_ORDER.indexOf(c.colour);
    if (order <= last) {
      throw ruleUnreadable(
        text,
        `${quote(c.colour)} står två gånger eller i fel ordning`,
        HINT.trafficLight,
      );
    }
    last = order;
    const body = normalised.slice(c.end, rest[i + 1]?.start).trim();
    light[c.colour === "grön" ? "green" : c.colour === "gul" ? "yellow" : "red"] = body;
  });
  return light;
}

function yesNo({ text, label, green, yellow, red }: TrafficLight): YesNoRule {
  const greenAnswer = /^ja$/i.test(green);
  if (yellow !== undefined) {
    throw ruleUnreadable(
      text,
      `gult (${quote(yellow)}) kan inte användas med ja/nej`,
      HINT.trafficLight,
    );
  }
  if (red !== undefined && (!YES_NO.test(red) || /^ja$/i.test(red) === greenAnswer)) {
    throw ruleUnreadable(
      text,
      `rött måste vara det andra svaret, inte ${quote(red)}`,
      HINT.trafficLight,
    );
  }
  return { kind: "yesNo", text, greenAnswer, ...(label ? { label } : {}) };
}

function levelThresholds(light: TrafficLight, yellowText: string | undefined): ThresholdsRule {
  const { text, label } = light;
  const read = (body: string, colour: string, allowRange: boolean) => {
    const cursor = new RuleCursor(body, text);
    cursor.read(ANSWER); // "ja 95%": the share of yes answers, judged like any number
    const bound = readBound(cursor, allowRange, `gränsen för ${colour} saknas`, HINT.trafficLight);
    return { bound, qualifier: readQualifier(cursor, text, HINT.trafficLight) };
  };
  const green = read(light.green, "grönt", false);
  const yellow = read(requireYellow(text, yellowText, HINT.trafficLight), "gult", true);
  const { direction, yellow: yellowBound } = orderBounds(
    text,
    green.bound.low,
    yellow.bound,
    HINT.trafficLight,
  );
  const unit = green.bound.unit ?? yellow.bound.unit;
  const qualifier = yellow.qualifier ?? green.qualifier;
  return {
    kind: "thresholds",
    text,
    measure: "value",
    direction,
    green: green.bound.low,
    yellow: yellowBound,
    ...(unit ? { unit } : {}),
    ...(qualifier ? { qualifier } : {}),
    ...(label ? { label } : {}),
  };
}

function changeThresholds(
  { text, label, green }: TrafficLight,
  yellowText: string | undefined,
): ThresholdsRule {
  const read = (body: string) => {
    const cursor = new RuleCursor(body, text);
    const change = readChange(cursor, text);
    if (!change) return cursor.fail("gult saknar förändring", HINT.change);
    return change;
  };
  const greenChange = read(green);
  const yellowChange = read(requireYellow(text, yellowText, HINT.change));
  if (greenChange.measure !== yellowChange.measure) {
    throw ruleUnreadable(
      text,
      "grönt och gult mäter förändringen på olika sätt (i % och i tal)",
      HINT.change,
    );
  }
  const qualifier = yellowChange.qualifier ?? greenChange.qualifier;
  return {
    kind: "thresholds",
    text,
    measure: greenChange.measure,
    direction: greenChange.amount >= yellowChange.amount ? "higher" : "lower",
    green: greenChange.amount,
    yellow: yellowChange.amount,
    ...(greenChange.measure === "relativeChange" ? { unit: "%" as const } : {}),
    ...(qualifier ? { qualifier } : {}),
    ...(label ? { label } : {}),
  };
}

function ranking(
  { text, label, green }: TrafficLight,
  yellowText: string | undefined,
): RankingRule {
  const read = (body: string, colour: string, allowRange: boolean) => {
    const cursor = new RuleCursor(body, text);
    const bound = readBound(cursor, allowRange, `placeringen för ${colour} saknas`, HINT.ranking);
    if (!cursor.read(BEST))
      cursor.fail(`”bästa” saknas efter placeringen för ${colour}`, HINT.ranking);
    if (bound.low < 0 || bound.high > 100) {
      throw ruleUnreadable(text, `en placering i procent ligger mellan 0 och 100`, HINT.ranking);
    }
    return { bound, qualifier: readQualifier(cursor, text, HINT.ranking) };
  };
  const greenRank = read(green, "grönt", false);
  const yellowRank = read(requireYellow(text, yellowText, HINT.ranking), "gult", true);
  const { yellow } = orderBounds(
    text,
    greenRank.bound.low,
    yellowRank.bound,
    HINT.ranking,
    "lower",
  );
  const qualifier = yellowRank.qualifier ?? greenRank.qualifier;
  return {
    kind: "ranking",
    text,
    green: greenRank.bound.low,
    yellow,
    ...(qualifier ? { qualifier } : {}),
    ...(label ? { label } : {}),
  };
}
