// The plans as the bot reads them, by id: a port built once on the store in the composition root
// (services/compose.ts), so a handler names what it reads and never holds the store itself.
import type { TableStore } from "../storage/tables";
import type { PlanListing } from "./plan-listing";
import type { Plan } from "./plan-schema";
import { listPlans, loadPlan, requirePlan } from "./plan-store";

export interface PlanReader {
  /** The plan as stored (from memory while no instance changed it); undefined when there is none. */
  load(planId: string): Promise<Plan | undefined>;
  /** As load, NOT_FOUND when the plan is missing. */
  require(planId: string): Promise<Plan>;
  /** Every stored plan, the newest year first. */
  list(): Promise<PlanListing[]>;
}

export function planReader(store: TableStore): PlanReader {
  return {
    load: (planId) => loadPlan(store, planId),
    require: (planId) => requirePlan(store, planId),
    list: () => listPlans(store),
  };
}
