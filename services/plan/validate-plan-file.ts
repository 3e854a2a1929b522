// Checking a plan file without storing it: no storage code is loaded, so `uppfoljning plan validate`
// starts at once.
import type { ImportError, PlanFile } from "./plan-file";
import type { Plan } from "./plan-schema";
import { checkPlanFile } from "./read-plan-file";
import { summarisePlan, type PlanSummary } from "./plan-summary";

export type PlanValidationResult =
  { ok: true; plan: Plan; summary: PlanSummary } | { ok: false; errors: ImportError[] };

/** Reads and checks a plan file without storing anything. */
export async function validatePlanFile(file: PlanFile): Promise<PlanValidationResult> {
  const checked = await checkPlanFile(file);
  if (!checked.ok) return checked;
  return { ok: true, plan: checked.plan, summary: summarisePlan(checked.plan) };
}
