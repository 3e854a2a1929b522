// Plans kept in this instance's memory while the shared version says no instance changed them
// (services/shared-state): a turn reads one row instead of a plan's four tables. Callers treat a
// plan as read-only, as they always have: it is now shared between turns.
import type { TableStore } from "../storage/tables";
import { VersionedCache } from "../shared-state/versioned-cache";
import type { Plan } from "./plan-schema";
import type { PlanListing } from "./plan-store";

const plans = new VersionedCache<Plan | undefined>();
const listings = new VersionedCache<PlanListing[]>();

export function cachedPlan(
  store: TableStore,
  planId: string,
  load: () => Promise<Plan | undefined>,
): Promise<Plan | undefined> {
  return plans.get(store, planId, load);
}

export function cachedPlanList(
  store: TableStore,
  load: () => Promise<PlanListing[]>,
): Promise<PlanListing[]> {
  return listings.get(store, "all", load);
}
