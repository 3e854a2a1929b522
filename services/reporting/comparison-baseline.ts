// The value an indicator's change or direction rule judges against, found before its answer is
// checked: the plan's, a stored one, or what the unit reported a year earlier; or why there is none.
import type { Indicator, Plan, Unit } from "../plan";
import { ruleNeedsBaseline } from "../rules";
import {
  findComparison,
  indicatorComparisons,
  ruleOf,
  slotOf,
  type ComparisonValue,
} from "../comparison";
import type { EarlierResults } from "./earlier-results";

export interface Baseline {
  value: number | boolean;
  /** What it is and where it comes from, for people: "utfall 2023 (planen)", "Kolada 2023". */
  source: string;
  /** From Kolada: the card and the export say "Källa: Kolada". */
  kolada?: boolean;
}

/** The comparison value a change or direction rule judges against, or what is missing. */
export interface ComparisonContext {
  baseline?: Baseline;
  /** Swedish: which value is missing and who can add it (shown as the "Ej bedömd" reason). */
  missing?: string;
}

/**
 * The value to compare with: one of the same kind of period a year earlier (the plan's, one
 * stored, or what the unit reported then), or, when there is none, why not. Nothing for rules
 * that need no comparison.
 */
export function baselineFor(
  indicator: Indicator,
  earlier: EarlierResults | undefined,
  at: {
    plan: Pick<Plan, "year" | "units">;
    unit: Pick<Unit, "id" | "name" | "parent">;
    period: { kind: string; start: string };
  },
): ComparisonContext {
  if (!ruleNeedsBaseline(ruleOf(indicator))) return {};
  const values: ComparisonValue[] = [
    ...indicatorComparisons(indicator),
    ...(earlier?.comparisons ?? []),
  ];
  const lastYear = earlier?.lastYear;
  const reported = lastYear?.number ?? lastYear?.yes;
  const slot = slotOf(at.period);
  if (lastYear && reported !== undefined && slot) {
    values.push({
      indicatorId: indicator.id,
      unitId: at.unit.id,
      year: at.plan.year - 1,
      period: slot,
      value: reported,
      label: lastYear.periodLabel,
      origin: { kind: "lastYear", planId: lastYear.planId, periodId: lastYear.periodId },
    });
  }
  const lookup = findComparison({ ...at, indicator, values });
  if (!lookup.found) return { missing: lookup.missing };
  return {
    baseline: {
      value: lookup.value.value,
      source: lookup.text,
      kolada: lookup.value.origin.kind === "kolada" || undefined,
    },
  };
}
