// Which plans are live and which plan an admin works on, as the bot asks it: livePlans, planStates
// and choosePlan bound once to their stores in the composition root (services/compose.ts).
import type { PlanState } from "./live-plans";
import { livePlans, planStates } from "./live-plans";
import { choosePlan, type ChoiceDeps, type PlanChoice } from "./plan-choice";

export interface LivePlanReader {
  /** Every stored plan with its state, the newest year first. */
  states(): Promise<PlanState[]>;
  /** The plans followed now (not archived, a period open, coming or lately closed). */
  live(): Promise<PlanState[]>;
  /** The plan an admin command works on (plan-choice.ts). */
  choose(admin: Parameters<typeof choosePlan>[1]): Promise<PlanChoice>;
}

export function livePlanReader(deps: ChoiceDeps): LivePlanReader {
  return {
    states: () => planStates(deps),
    live: () => livePlans(deps),
    choose: (admin) => choosePlan(deps, admin),
  };
}
