// The plan-choice card's buttons (verb plan.choose): "Arbeta med den här planen" sets the admin's
// plan and runs the command that asked again, "Den här planens sammanställningar hit" gives the
// channel the card is in to that plan.
// Admins only (card-action-table.ts); a plan outside the admin's förvaltningar is refused here.
import { z } from "zod";
import { decide } from "../../services/access";
import { DomainError } from "../../services/errors";
import { actorId } from "../../services/people/person";
import { setLeadershipChannelHere } from "../commands/handlers/admin-handlers";
import { workingPlanSet } from "../commands/handlers/plans-handlers";
import type { Uses } from "../services";
import type { CardActionHandler } from "./card-action-router";

const data = z.object({
  planId: z.string().min(1).max(100),
  purpose: z.enum(["work", "channel"]),
  command: z.string().max(500).optional(),
});

export type PlanActionDeps = Uses<"addressBook" | "livePlans" | "settings">;

export const choosePlanAction: CardActionHandler<PlanActionDeps> = async (input, services) => {
  const parsed = data.safeParse(input.data);
  if (!parsed.success) {
    throw new DomainError(
      "BAD_ARGUMENT",
      "Kortet skickade något jag inte förstod. Skriv planer igen.",
    );
  }
  const state = (await services.livePlans.states()).find((s) => s.plan.id === parsed.data.planId);
  if (!state) throw new DomainError("NOT_FOUND", "Planen finns inte längre. Skriv planer igen.");
  const decision = decide(input.actor, "administer", { plan: state.plan });
  if (!decision.allowed) throw new DomainError("FORBIDDEN", decision.message);
  if (parsed.data.purpose === "channel") {
    if (input.context.activity.conversation?.conversationType !== "channel") {
      throw new DomainError(
        "BAD_ARGUMENT",
        "Ledningskanalen väljs i kanalen själv: skriv @Uppföljningsboten ledningskanal där.",
      );
    }
    const card = await setLeadershipChannelHere(input, services, state.plan);
    return { kind: "card", card };
  }
  const card = await workingPlanSet(services, actorId(input.sender), state, input.locale);
  // The command that asked which plan runs again, now on the chosen one, through the same policy.
  const then = parsed.data.command?.trim();
  return then ? { kind: "card", card, then } : { kind: "card", card };
};
