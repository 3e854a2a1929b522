// What `jämförelsevärden` lists: for each period of the plan (or the one named), every cell that
// cannot be judged and why, from the plan's values and the stored ones.
import type { Plan } from "../plan";
import type { TableStore } from "../storage/tables";
import { planComparisons } from "./comparison-value";
import { listComparisons } from "./comparison-store";
import { planCoverage, type Coverage } from "./coverage";

export async function coverageOfPlan(
  store: TableStore,
  plan: Plan,
  periodId?: string,
): Promise<Coverage[]> {
  const values = [...planComparisons(plan), ...(await listComparisons(store, plan.id))];
  const periodIds = periodId ? [periodId] : plan.periods.map((period) => period.id);
  return periodIds
    .map((id) => planCoverage(plan, id, values))
    .filter((coverage) => coverage !== undefined);
}
