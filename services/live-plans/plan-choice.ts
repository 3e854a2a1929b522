// Which plan an admin command works on. With one live plan, that one (nothing changes for anyone
// who runs one plan). With several: the plan the admin chose with `plan <namn>`; none chosen, the
// command is refused with the plans to choose from. With none live: the plan imported last, so the
// commands still reach a plan whose periods have all closed. An admin limited to some
// förvaltningar chooses among their plans only.
import { administers, type Actor } from "../access";
import type { Plan } from "../plan";
import { planStates, type LivePlanDeps, type PlanState } from "./live-plans";

export type PlanChoice =
  | { kind: "plan"; plan: Plan; how: "chosen" | "onlyLive" | "lastImported" }
  | { kind: "ambiguous"; choices: PlanState[] }
  | { kind: "none" };

export interface ChoiceDeps extends LivePlanDeps {
  settings: LivePlanDeps["settings"] & { getActivePlanId(): Promise<string | undefined> };
}

export async function choosePlan(
  deps: ChoiceDeps,
  admin: { key: string; actor: Pick<Actor, "isAdmin" | "adminScope"> },
): Promise<PlanChoice> {
  const states = (await planStates(deps)).filter((state) => administers(admin.actor, state.plan));
  const chosenId = await deps.settings.plans.workingPlanOf(admin.key);
  const chosen = states.find((state) => state.plan.id === chosenId);
  if (chosen) return { kind: "plan", plan: chosen.plan, how: "chosen" };
  const live = states.filter((state) => state.live);
  if (live.length === 1 && live[0]) return { kind: "plan", plan: live[0].plan, how: "onlyLive" };
  if (live.length > 1) return { kind: "ambiguous", choices: live };
  const activeId = await deps.settings.getActivePlanId();
  const fallback =
    states.find((state) => state.plan.id === activeId) ??
    [...states].sort((a, b) => b.importedAt.localeCompare(a.importedAt))[0];
  return fallback ? { kind: "plan", plan: fallback.plan, how: "lastImported" } : { kind: "none" };
}

/** A plan named in a command: its id, its name, or a word of either (`plan ifo`). */
export function findPlanByText(states: readonly PlanState[], text: string): PlanState[] {
  const wanted = normalise(text);
  if (!wanted) return [];
  const exact = states.filter(
    (state) => normalise(state.plan.id) === wanted || normalise(state.plan.name) === wanted,
  );
  if (exact.length > 0) return exact;
  return states.filter((state) =>
    [state.plan.id, state.plan.name, state.plan.organisationUnit ?? "", String(state.plan.year)]
      .map(normalise)
      .some((field) => field.includes(wanted)),
  );
}

function normalise(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}
