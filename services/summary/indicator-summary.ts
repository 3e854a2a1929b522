// One indicator across its units: each unit's status as judged when it reported, the aggregate the
// plan asks for (sum, mean, or share of units meeting target), the indicator's status, and the trend.
import {
  evaluateStatus,
  parseStatusRule,
  ruleDirection,
  type Status,
  type StatusRule,
} from "../rules";
import type { Indicator, Plan, Unit } from "../plan";
import { resolvePeriods } from "../calendar";
import { findComparison, indicatorComparisons } from "../comparison";
import {
  countStatus,
  emptyCounts,
  type IndicatorSummary,
  type ReportedResult,
  type Trend,
  type UnitResult,
} from "./period-summary";

const RANK: Record<Status, number> = { red: 1, yellow: 2, green: 3, none: 0 };

export interface IndicatorInput {
  plan: Plan;
  indicator: Indicator;
  units: Unit[];
  /** Results of this period by unit id; a unit missing here has not reported. */
  current: Map<string, ReportedResult>;
  previous?: Map<string, ReportedResult>;
  lastYear?: Map<string, ReportedResult>;
  /** The period summarised: the plan's comparison value must be of the same kind (not a year for Q1). */
  periodId?: string;
}

export function summariseIndicator(input: IndicatorInput): IndicatorSummary {
  const { indicator } = input;
  const rule = readRule(indicator);
  const counts = emptyCounts();
  const units: UnitResult[] = input.units.map((unit) => {
    const result = input.current.get(unit.id);
    const status = result
      ? (result.status ?? judgeUnit(rule, indicator, unit, result))
      : "notReported";
    countStatus(counts, status);
    return {
      unitId: unit.id,
      unitName: unit.name,
      status,
      value: result?.value,
      explanation: result?.explanation,
      comment: result?.comment,
    };
  });
  const aggregate = aggregateOf(indicator, units);
  const previous = aggregateOf(indicator, unitValues(input.units, input.previous));
  const lastYear = aggregateOf(indicator, unitValues(input.units, input.lastYear));
  const direction = ruleDirection(rule) ?? indicator.direction ?? "higher";
  const judged = judgeIndicator(
    rule,
    indicator,
    units,
    aggregate,
    lastYear ?? baselineOf(input.plan, indicator, input.periodId),
  );
  return {
    id: indicator.id,
    name: indicator.name,
    unitOfMeasure: indicator.unitOfMeasure,
    target: indicator.target ?? indicator.rule,
    aggregation: indicator.aggregation,
    aggregate,
    status: judged.status,
    explanation: judged.explanation,
    counts,
    units,
    trendPrevious: trend(aggregate, previous, direction),
    trendLastYear: trend(aggregate, lastYear, direction),
  };
}

function readRule(indicator: Indicator): StatusRule {
  try {
    return parseStatusRule(indicator.rule ?? indicator.target ?? "");
  } catch {
    return parseStatusRule(""); // the import refuses unreadable rules; an old plan row is judged as no rule
  }
}

/** A stored result without a status (e.g. written before judging existed) is judged now. */
function judgeUnit(
  rule: StatusRule,
  indicator: Indicator,
  unit: Unit,
  result: ReportedResult,
): Status {
  try {
    return evaluateStatus(rule, result.value, {
      unitType: unit.type,
      direction: indicator.direction,
    }).status;
  } catch {
    return "none";
  }
}

function unitValues(units: Unit[], results: Map<string, ReportedResult> | undefined): UnitResult[] {
  if (!results) return [];
  return units.flatMap((unit) => {
    const result = results.get(unit.id);
    return result
      ? [
          {
            unitId: unit.id,
            unitName: unit.name,
            status: result.status ?? "none",
            value: result.value,
          },
        ]
      : [];
  });
}

function numeric(value: number | boolean | null | undefined): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  return undefined;
}

export function aggregateOf(indicator: Indicator, units: UnitResult[]): number | undefined {
  if (indicator.aggregation === "shareMeetingTarget") {
    const judged = units.filter(
      (u) => u.status === "green" || u.status === "yellow" || u.status === "red",
    );
    if (judged.length === 0) return undefined;
    return (
      Math.round((1000 * judged.filter((u) => u.status === "green").length) / judged.length) / 10
    );
  }
  const values = units.map((u) => numeric(u.value)).filter((v): v is number => v !== undefined);
  if (values.length === 0) return undefined;
  const sum = values.reduce((total, v) => total + v, 0);
  // A mean is shown, and judged, to two decimals: what a person can check against the plan's bounds.
  const result =
    indicator.aggregation === "sum" ? sum : Math.round((sum / values.length) * 100) / 100;
  return Math.round(result * 1e9) / 1e9;
}

/** The organisation's comparison value from the plan, of the same kind of period a year earlier. */
function baselineOf(plan: Plan, indicator: Indicator, periodId?: string): number | undefined {
  const periods = resolvePeriods({ planId: plan.id, year: plan.year, definitions: plan.periods });
  const period = periods.find((p) => p.id === periodId) ?? periods[periods.length - 1];
  if (!period) return undefined;
  const lookup = findComparison({
    plan,
    indicator,
    unit: { id: "", name: plan.organisation, parent: undefined },
    period,
    values: indicatorComparisons(indicator).filter((value) => value.unitId === undefined),
  });
  if (!lookup.found) return undefined;
  const value = lookup.value.value;
  return typeof value === "boolean" ? (value ? 1 : 0) : value;
}

/**
 * The plan's own rule on the aggregate, when one figure can be judged: a sum or mean, and a rule that
 * is not per unit type or yes/no. Otherwise the weakest unit decides: leadership sees a red if any
 * unit is red.
 */
function judgeIndicator(
  rule: StatusRule,
  indicator: Indicator,
  units: UnitResult[],
  aggregate: number | undefined,
  baseline: number | undefined,
): { status: Status | "notReported"; explanation: string } {
  if (units.every((u) => u.status === "notReported")) {
    return { status: "notReported", explanation: "Ingen enhet har rapporterat än." };
  }
  const aggregatable =
    indicator.aggregation !== "shareMeetingTarget" &&
    rule.kind !== "perUnitType" &&
    rule.kind !== "yesNo" &&
    rule.kind !== "none" &&
    aggregate !== undefined;
  if (aggregatable) {
    try {
      const judged = evaluateStatus(rule, aggregate, { baseline, direction: indicator.direction });
      const what = indicator.aggregation === "sum" ? "Summan" : "Medelvärdet";
      // Not judged (a change rule with no baseline for the whole): the units' own statuses decide.
      if (judged.status !== "none") {
        return {
          status: judged.status,
          explanation: `${what}: ${judged.explanation}`,
        };
      }
    } catch {
      // e.g. a ranking outside 0–100 after averaging: fall through to the weakest unit
    }
  }
  const judged = units.filter((u) => u.status !== "notReported" && u.status !== "none");
  if (judged.length === 0)
    return { status: "none", explanation: "Planen har ingen regel som bedömer värdet." };
  const weakest = judged.reduce((worst, u) =>
    RANK[u.status as Status] < RANK[worst.status as Status] ? u : worst,
  );
  return {
    status: weakest.status,
    explanation:
      judged.length === 1
        ? `Bedömt för ${weakest.unitName}.`
        : `Den svagaste enheten avgör: ${weakest.unitName} (${judged.length} enheter bedömda).`,
  };
}

export function trend(
  now: number | undefined,
  before: number | undefined,
  direction: "higher" | "lower",
): Trend {
  if (now === undefined || before === undefined) return "unknown";
  if (Math.abs(now - before) < 1e-9) return "same";
  const higher = now > before;
  return higher === (direction === "higher") ? "better" : "worse";
}
