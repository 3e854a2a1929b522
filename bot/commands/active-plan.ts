// The plan a command works on. An admin's: the one they chose (`plan <namn>`), or the only live
// plan, or (none live) the one imported last; with several live plans and none chosen the command
// is refused with the plans to choose from (PlanChoiceNeeded, answered by the router with buttons).
// Anyone else's: the live plan they report in (the first of them), else as for an admin.
import { DomainError } from "../../services/errors";
import type { PlanState } from "../../services/live-plans";
import type { Plan } from "../../services/plan";
import { actorId, identifiersOf } from "../../services/people/person";
import type { ActivePlanDeps, CommandInput } from "./command-handler";

const NO_PLAN =
  "Ingen plan är inläst än. En administratör skickar planfilen (.xlsx eller .yaml) till mig med orden importera plan.";

/** Several live plans and none chosen: the router answers with a card of buttons, one per plan. */
export class PlanChoiceNeeded extends DomainError {
  constructor(readonly choices: PlanState[]) {
    super(
      "BAD_ARGUMENT",
      `Det finns flera planer att arbeta med: ${choices.map((c) => c.plan.name).join(", ")}. Välj en med plan <namn> och skriv kommandot igen. Inget ändrades.`,
    );
  }
}

export async function requireActivePlan(
  services: ActivePlanDeps,
  input?: Pick<CommandInput, "sender" | "actor" | "isAdmin">,
): Promise<Plan> {
  if (input && !input.isAdmin) {
    const ids = identifiersOf(input.sender);
    const mine = (await services.livePlans.live()).find((state) =>
      state.plan.units.some((unit) =>
        unit.reporters.some((upn) => ids.includes(upn.toLowerCase())),
      ),
    );
    if (mine) return mine.plan;
  }
  const choice = await services.livePlans.choose({
    key: input ? actorId(input.sender) : "",
    actor: input?.actor ?? { isAdmin: true },
  });
  if (choice.kind === "ambiguous") throw new PlanChoiceNeeded(choice.choices);
  if (choice.kind === "none") throw new DomainError("NOT_FOUND", NO_PLAN);
  return choice.plan;
}
