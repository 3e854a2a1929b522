// Many plans at once: which plans are live (scheduled, reminded, summarised) and which plan an
// admin command works on.
export type { LivePlanDeps, PlanState } from "./live-plans";
export { LIVE_AFTER_DEADLINE_DAYS, livePlans, planStates } from "./live-plans";
export type { ChoiceDeps, PlanChoice } from "./plan-choice";
export { choosePlan, findPlanByText } from "./plan-choice";
export type { LivePlanReader } from "./live-plan-reader";
export { livePlanReader } from "./live-plan-reader";
