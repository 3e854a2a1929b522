// The plan that admin and reporting commands work on: the one imported last (see OrganisationSettings).
import { DomainError } from "../../services/errors";
import { loadPlan, type Plan } from "../../services/plan";
import type { ActivePlanDeps } from "./command-handler";

export async function requireActivePlan(services: ActivePlanDeps): Promise<Plan> {
  const planId = await services.settings.getActivePlanId();
  const plan = planId ? await loadPlan(services.store, planId) : undefined;
  if (!plan) {
    throw new DomainError(
      "NOT_FOUND",
      "Ingen plan är inläst än. En administratör skickar planfilen (.xlsx eller .yaml) till mig med orden importera plan.",
    );
  }
  return plan;
}
