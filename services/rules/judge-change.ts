// Judging what needs the baseline: changes (`Öka med 10%`, `-5 minuter i genomsnitt`) and
// directions (`Öka`, `Minska`, `Bibehåll`). Without a baseline nothing is judged.
import {
  NO_BASELINE,
  ZERO_BASELINE,
  describeChange,
  describeChangeBound,
  explainChangeThresholds,
  explainDirection,
  explainMet,
} from "./explain";
import { settle } from "./format-number";
import { band, meets } from "./judge-level";
import type {
  ComparisonRule,
  Direction,
  DirectionRule,
  Judgement,
  Measure,
  ThresholdsRule,
} from "./status-rule";

type Change = Exclude<Measure, "value">;

interface MeasuredChange {
  change: number;
  describe: (bounds: number[]) => string;
}

type Measured = MeasuredChange | { judgement: Judgement };

/**
 * The change from the baseline: in per cent of it (of its size, so that a rise from -5 to -4 is
 * an increase), or in the value's own unit. Settled, so that 1,1 → 1,21 is exactly +10 %.
 */
function measureChange(measure: Change, value: number, baseline: number | undefined): Measured {
  if (baseline === undefined) return { judgement: { status: "none", explanation: NO_BASELINE } };
  if (measure === "relativeChange" && baseline === 0) {
    return { judgement: { status: "none", explanation: ZERO_BASELINE } };
  }
  const change = settle(
    measure === "relativeChange"
      ? ((value - baseline) * 100) / Math.abs(baseline)
      : value - baseline,
  );
  return { change, describe: (bounds) => describeChange(value, baseline, change, measure, bounds) };
}

/**
 * A rule on the change from the baseline: thresholds or a comparison. `measure` is the rule's own,
 * passed apart so that it arrives narrowed to a change.
 */
export function judgeChange(
  rule: ThresholdsRule | ComparisonRule,
  measure: Change,
  value: number,
  baseline: number | undefined,
): Judgement {
  const measured = measureChange(measure, value, baseline);
  if ("judgement" in measured) return measured.judgement;
  return rule.kind === "thresholds"
    ? changeThresholds(rule, measure, measured)
    : changeComparison(rule, measure, measured);
}

function changeThresholds(
  rule: ThresholdsRule,
  measure: Change,
  measured: MeasuredChange,
): Judgement {
  const status = band(measured.change, rule.direction, rule.green, rule.yellow);
  const green = describeChangeBound(rule.green, rule.direction, measure);
  const yellow =
    rule.yellow === rule.green
      ? undefined
      : describeChangeBound(rule.yellow, rule.direction, measure);
  const subject = measured.describe([rule.green, rule.yellow]);
  return { status, explanation: explainChangeThresholds(subject, status, green, yellow) };
}

function changeComparison(
  rule: ComparisonRule,
  measure: Change,
  measured: MeasuredChange,
): Judgement {
  const met = meets(measured.change, rule.comparator, rule.threshold);
  const direction = rule.comparator.startsWith(">") ? "higher" : "lower";
  const goal = describeChangeBound(rule.threshold, direction, measure);
  return {
    status: met ? "green" : "red",
    explanation: explainMet(measured.describe([rule.threshold]), met, goal, true),
  };
}

/** Öka/Minska: better is green, unchanged yellow, worse red. Bibehåll: not worse is green. */
export function judgeDirection(
  rule: DirectionRule,
  value: number,
  baseline: number | undefined,
  indicatorDirection: Direction | undefined,
): Judgement {
  if (baseline === undefined) return { status: "none", explanation: NO_BASELINE };
  if (rule.goal === "maintain") {
    const better = indicatorDirection ?? "higher";
    const notWorse = better === "higher" ? value >= baseline : value <= baseline;
    return {
      status: notWorse ? "green" : "red",
      explanation: explainDirection(value, baseline, "bibehålla", better),
    };
  }
  const better = rule.goal === "increase" ? value > baseline : value < baseline;
  const status = value === baseline ? "yellow" : better ? "green" : "red";
  return {
    status,
    explanation: explainDirection(value, baseline, rule.goal === "increase" ? "öka" : "minska"),
  };
}
