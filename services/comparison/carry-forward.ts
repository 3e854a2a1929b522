// Last year's results carried forward: when next year's plan of the same organisation is imported,
// what each unit reported for last year's plan becomes its comparison value, per unit and period.
// Indicators are matched by id, or by Kolada KPI when the id changed; units by id.
import { resolvePeriods } from "../calendar";
import { findLastYearPlanId, loadPlan, planItems, type Indicator, type Plan } from "../plan";
import { listResults } from "../reporting/report-store";
import type { TableStore } from "../storage/tables";
import type { ComparisonValue } from "./comparison-value";
import { saveComparisons } from "./comparison-store";
import { slotOf } from "./period-slot";

export interface CarryResult {
  /** Last year's plan the values came from, when there is one. */
  fromPlanId?: string;
  carried: number;
}

export async function carryForward(store: TableStore, plan: Plan): Promise<CarryResult> {
  const fromPlanId = await findLastYearPlanId(store, plan);
  const last = fromPlanId ? await loadPlan(store, fromPlanId) : undefined;
  if (!fromPlanId || !last) return { carried: 0 };
  const target = indicatorMatcher(plan, last);
  const units = new Set(plan.units.map((unit) => unit.id));
  const periods = resolvePeriods({ planId: last.id, year: last.year, definitions: last.periods });
  const values: ComparisonValue[] = [];
  for (const period of periods) {
    const slot = slotOf(period);
    if (!slot) continue;
    for (const result of await listResults(store, last.id, period.id)) {
      const indicatorId = target.get(result.itemId);
      const value = result.number ?? result.yes;
      if (!indicatorId || value === undefined || !units.has(result.unitId)) continue;
      values.push({
        indicatorId,
        unitId: result.unitId,
        year: last.year,
        period: slot,
        value,
        label: `utfall ${period.label}`,
        origin: { kind: "lastYear", planId: last.id, periodId: period.id },
      });
    }
  }
  await saveComparisons(store, plan.id, values);
  return { fromPlanId, carried: values.length };
}

/** Last year's indicator id → this year's: the same id, else the same Kolada KPI. */
function indicatorMatcher(plan: Plan, last: Plan): Map<string, string> {
  const indicators = (p: Plan): Indicator[] =>
    planItems(p).filter((item) => item.kind === "indicator");
  const current = indicators(plan);
  const ids = new Set(current.map((indicator) => indicator.id));
  const byKpi = new Map(
    current.filter((i) => i.kolada).map((indicator) => [indicator.kolada, indicator.id]),
  );
  const matches = new Map<string, string>();
  for (const old of indicators(last)) {
    const id = ids.has(old.id) ? old.id : old.kolada ? byKpi.get(old.kolada) : undefined;
    if (id) matches.set(old.id, id);
  }
  return matches;
}
