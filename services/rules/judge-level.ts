// Judging a value on its own: thresholds, comparisons, bare targets, ranking and thresholds per
// unit type. All bounds are inclusive except where the text compares strictly (`>`, `<`).
import { DomainError } from "../errors";
import { describeComparison, explainLevel, explainMet, explainRanking, show } from "./explain";
import { formatNumber } from "./format-number";
import { valueUnreadable } from "./rule-errors";
import type {
  Comparator,
  ComparisonRule,
  Direction,
  Judgement,
  PerUnitTypeRule,
  RankingRule,
  TargetRule,
  ThresholdsRule,
} from "./status-rule";
import { canonicalUnitType } from "./unit-types";

/** Green at or beyond `green`, yellow at or beyond `yellow`, red otherwise. */
export function band(
  x: number,
  direction: Direction,
  green: number,
  yellow: number,
): "green" | "yellow" | "red" {
  const reaches = (bound: number) => (direction === "higher" ? x >= bound : x <= bound);
  return reaches(green) ? "green" : reaches(yellow) ? "yellow" : "red";
}

export function meets(x: number, comparator: Comparator, threshold: number): boolean {
  switch (comparator) {
    case ">":
      return x > threshold;
    case ">=":
      return x >= threshold;
    case "<":
      return x < threshold;
    case "<=":
      return x <= threshold;
  }
}

function judgeBands(
  subject: string,
  x: number,
  direction: Direction,
  green: number,
  yellow: number,
  unit?: "%",
): Judgement {
  const status = band(x, direction, green, yellow);
  const yellowShown = yellow === green ? undefined : show(yellow, unit);
  return {
    status,
    explanation: explainLevel(subject, status, direction, show(green, unit), yellowShown),
  };
}

export function judgeLevelThresholds(rule: ThresholdsRule, value: number): Judgement {
  return judgeBands(
    show(value, rule.unit),
    value,
    rule.direction,
    rule.green,
    rule.yellow,
    rule.unit,
  );
}

export function judgeComparison(rule: ComparisonRule, value: number): Judgement {
  const met = meets(value, rule.comparator, rule.threshold);
  const goal = describeComparison(rule.comparator, rule.threshold, rule.unit);
  return {
    status: met ? "green" : "red",
    explanation: explainMet(show(value, rule.unit), met, goal, false),
  };
}

/** A bare target is met at or above it, or at or below it when the indicator is lower-is-better. */
export function judgeTarget(
  rule: TargetRule,
  value: number,
  direction: Direction | undefined,
): Judgement {
  const comparator = direction === "lower" ? "<=" : ">=";
  const met = meets(value, comparator, rule.target);
  const goal = describeComparison(comparator, rule.target, rule.unit);
  return {
    status: met ? "green" : "red",
    explanation: explainMet(show(value, rule.unit), met, goal, false),
  };
}

export function judgeRanking(rule: RankingRule, rank: number): Judgement {
  if (rank < 0 || rank > 100) {
    throw valueUnreadable(
      `Placeringen ${formatNumber(rank)} kan inte bedömas: ange den i procent, från 1 (bäst) till 100.`,
      rank,
    );
  }
  const status = band(rank, "lower", rule.green, rule.yellow);
  return { status, explanation: explainRanking(rank, status, rule.green, rule.yellow) };
}

export function judgePerUnitType(
  rule: PerUnitTypeRule,
  value: number,
  unitType: string | undefined,
): Judgement {
  const known = rule.thresholds.map((t) => t.unitType).join(", ");
  const canonical = unitType === undefined ? undefined : canonicalUnitType(unitType);
  const threshold = rule.thresholds.find((t) => t.unitType === canonical);
  if (!threshold) {
    const problem =
      unitType === undefined
        ? "Ingen enhetstyp är angiven"
        : `Enhetstypen ”${unitType}” finns inte i regeln`;
    throw new DomainError("UNKNOWN_UNIT_TYPE", `${problem}. Regeln har gränser för ${known}.`, {
      unitType,
      known: rule.thresholds.map((t) => t.unitType),
    });
  }
  const subject = `${threshold.unitType}: ${formatNumber(value)}`;
  return judgeBands(subject, value, rule.direction, threshold.green, threshold.yellow);
}
