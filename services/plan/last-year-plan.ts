// Finds last year's plan of the same organisation among the stored plans: what earlier results are
// shown from, and what comparison values are carried forward from. Ids stay from one year to the
// next (docs/plan-format.md), so results can be matched item by item.
import type { TableStore } from "../storage/tables";
import type { Plan } from "./plan-schema";
import { listPlans } from "./plan-store";

/** The stored plan of the same organisation for the year before (the same name preferred). */
export async function findLastYearPlanId(
  store: TableStore,
  plan: Pick<Plan, "organisation" | "year" | "name">,
): Promise<string | undefined> {
  const organisation = plan.organisation.toLocaleLowerCase("sv-SE");
  const candidates = (await listPlans(store)).filter(
    (listing) =>
      listing.year === plan.year - 1 &&
      listing.organisation.toLocaleLowerCase("sv-SE") === organisation,
  );
  return (candidates.find((listing) => listing.name === plan.name) ?? candidates[0])?.planId;
}
