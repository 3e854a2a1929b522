// One indicator across its units: each unit's status as judged when it reported, the organisation's
// figure combined the way the plan asks (rollup.ts), the indicator's status, and the trend.
import {
  evaluateStatus,
  parseStatusRule,
  ruleDirection,
  type Status,
  type StatusRule,
} from "../rules";
import type { Indicator, Plan, Unit } from "../plan";
import { resolvePeriods } from "../calendar";
import { findComparison, indicatorComparisons, type ComparisonValue } from "../comparison";
import {
  countStatus,
  emptyCounts,
  type IndicatorSummary,
  type ReportedResult,
  type StatusCounts,
  type Trend,
  type UnitResult,
} from "./period-summary";
import { combine, rollupMethod, type RollupMethod, type UnitFigure } from "./rollup";
import { judgeRollup, type Judged } from "./judge-rollup";

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
  /** Stored comparison values of the plan (carried from last year, Kolada, entered by admins). */
  comparisons?: readonly ComparisonValue[];
}

export function summariseIndicator(input: IndicatorInput): IndicatorSummary {
  const { indicator } = input;
  const rule = readRule(indicator);
  const method = rollupMethod(indicator);
  const units: UnitResult[] = input.units.map((unit) => {
    const result = input.current.get(unit.id);
    return {
      unitId: unit.id,
      unitName: unit.name,
      status: result ? (result.status ?? judgeUnit(rule, indicator, unit, result)) : "notReported",
      value: result?.value,
      explanation: result?.explanation,
      comment: result?.comment,
      ...(result?.role ? { reportedBy: result.by } : {}),
    };
  });
  const combined = combine(
    method,
    input.units.map((unit, i) => ({
      unit,
      value: units[i]?.value,
      status: units[i]?.status ?? "notReported",
    })),
  );
  const rollup = {
    ...method,
    units: combined.units,
    of: input.units.length,
    judged: combined.judged,
    green: combined.green,
  };
  const aggregate = combined.figure;
  const previous = figureOf(method, input.units, input.previous);
  const lastYear = figureOf(method, input.units, input.lastYear);
  // perUnit's figure is the share of green units: more is better whatever the rule's direction.
  const direction =
    method.kind === "perUnit" ? "higher" : (ruleDirection(rule) ?? indicator.direction ?? "higher");
  const judged = judgeRollup({
    rule,
    indicator,
    units,
    rollup,
    combined,
    baseline: lastYear ?? baselineOf(input, method),
  });
  const organisation = method.targetFor === "organisation";
  const before =
    organisation && input.previous
      ? statusBefore(
          rule,
          indicator,
          method,
          input.units,
          input.previous,
          baselineOf(input, method),
        )
      : undefined;
  return {
    id: indicator.id,
    name: indicator.name,
    unitOfMeasure: indicator.unitOfMeasure,
    target: indicator.target ?? indicator.rule,
    rollup,
    aggregate,
    status: judged.status,
    explanation: judged.explanation,
    counts: organisation ? organisationCounts(units, judged) : unitCounts(units),
    units: organisation ? units.map(inTotal) : units,
    ...(before === undefined ? {} : { previousStatus: before }),
    trendPrevious: trend(aggregate, previous, direction),
    trendLastYear: trend(aggregate, lastYear, direction),
  };
}

/** One count per unit and indicator, as each unit was judged. */
function unitCounts(units: UnitResult[]): StatusCounts {
  const counts = emptyCounts();
  for (const unit of units) countStatus(counts, unit.status);
  return counts;
}

/** An organisation's target counts once, for the total, plus each unit that still owes its value. */
function organisationCounts(units: UnitResult[], judged: Judged): StatusCounts {
  const counts = emptyCounts();
  counts.notReported = units.filter((u) => u.status === "notReported").length;
  if (judged.status !== "notReported") countStatus(counts, judged.status);
  return counts;
}

/** A unit's value under an organisation's target: part of the total, without a colour of its own. */
function inTotal(unit: UnitResult): UnitResult {
  if (unit.status === "notReported") return unit;
  return {
    ...unit,
    status: "none",
    inTotal: true,
    explanation: "Målet gäller hela organisationen: värdet ingår i totalen.",
  };
}

/** An organisation's target as it was judged on the previous period's results, for "what changed". */
function statusBefore(
  rule: StatusRule,
  indicator: Indicator,
  method: RollupMethod,
  units: Unit[],
  results: Map<string, ReportedResult>,
  baseline: number | undefined,
): Status | "notReported" {
  const before: UnitResult[] = units.map((unit) => {
    const result = results.get(unit.id);
    return {
      unitId: unit.id,
      unitName: unit.name,
      status: result ? "none" : "notReported",
      value: result?.value,
    };
  });
  const combined = combine(
    method,
    units.map((unit, i) => ({
      unit,
      value: before[i]?.value,
      status: before[i]?.status ?? "notReported",
    })),
  );
  const rollup = { ...method, units: combined.units, of: units.length, judged: 0, green: 0 };
  return judgeRollup({ rule, indicator, units: before, rollup, combined, baseline }).status;
}

function figureOf(
  method: RollupMethod,
  units: Unit[],
  results: Map<string, ReportedResult> | undefined,
): number | undefined {
  if (!results) return undefined;
  const figures: UnitFigure[] = units.flatMap((unit) => {
    const result = results.get(unit.id);
    return result ? [{ unit, value: result.value, status: result.status ?? "none" }] : [];
  });
  // A sum over some of the units is no earlier total to compare with.
  if (figures.length === 0 || (method.kind === "sum" && figures.length < units.length))
    return undefined;
  return combine(method, figures).figure;
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

/**
 * The organisation's comparison value, of the same kind of period a year earlier: one stated for the
 * whole organisation (the plan's, or a stored one: entered by an admin, Kolada's figure for the
 * municipality), else the units' own stored values (last year's results carried forward, Kolada
 * per unit) combined the way the units' values are. A sum needs every unit's value.
 */
function baselineOf(input: IndicatorInput, method: RollupMethod): number | undefined {
  const { plan, indicator } = input;
  const periods = resolvePeriods({ planId: plan.id, year: plan.year, definitions: plan.periods });
  const period = periods.find((p) => p.id === input.periodId) ?? periods[periods.length - 1];
  if (!period) return undefined;
  const stored = (input.comparisons ?? []).filter((value) => value.indicatorId === indicator.id);
  const lookup = findComparison({
    plan,
    indicator,
    unit: { id: "", name: plan.organisation, parent: undefined },
    period,
    values: [...indicatorComparisons(indicator), ...stored].filter(
      (value) => value.unitId === undefined,
    ),
  });
  if (lookup.found) return numberOf(lookup.value.value);
  if (method.kind === "perUnit") return undefined; // a share of green units has no earlier figure
  const figures: UnitFigure[] = input.units.flatMap((unit) => {
    const own = findComparison({
      plan,
      indicator,
      unit,
      period,
      values: stored.filter((value) => value.unitId === unit.id),
    });
    return own.found ? [{ unit, value: own.value.value, status: "none" as const }] : [];
  });
  if (figures.length === 0 || (method.kind === "sum" && figures.length < input.units.length))
    return undefined;
  return combine(method, figures).figure;
}

function numberOf(value: number | boolean): number {
  return typeof value === "boolean" ? (value ? 1 : 0) : value;
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
