// The use cases the bot and the command line call: check a plan file, and import it. Import is all
// or nothing: a plan with errors is not stored, and the answer lists every error with where it is.
// Importing the same plan (same id) again updates it in place and says what changed; results,
// stored elsewhere under plan, period, unit and item ids, stay as they are.
import type { TableStore } from "../storage/tables";
import type { ImportError, PlanFile } from "./plan-file";
import type { Plan } from "./plan-schema";
import { checkPlanFile } from "./read-plan-file";
import { summarisePlan, type PlanSummary } from "./plan-summary";
import { planChanges, type PlanChanges } from "./plan-changes";
import { readStoredPlan, savePlan } from "./plan-store";

export { validatePlanFile, type PlanValidationResult } from "./validate-plan-file";

export type PlanImportResult =
  | { ok: true; plan: Plan; summary: PlanSummary; changes: PlanChanges }
  | { ok: false; errors: ImportError[] };

export interface ImportOptions {
  /** Who imports: a UPN, or e.g. "cli". Stored with the plan. */
  actor: string;
  now?: () => Date;
}

export async function importPlan(
  store: TableStore,
  file: PlanFile,
  options: ImportOptions,
): Promise<PlanImportResult> {
  const checked = await checkPlanFile(file);
  if (!checked.ok) return checked;
  const plan = checked.plan;
  const stored = await readStoredPlan(store, plan.id);
  const changes = planChanges(stored.plan, plan);
  const now = options.now ?? (() => new Date());
  await savePlan(
    store,
    plan,
    { importedAt: now().toISOString(), importedBy: options.actor },
    stored,
  );
  return { ok: true, plan, summary: summarisePlan(plan), changes };
}
