// Which plan `ledningskanal` gives the channel to. With one live plan nothing changes: the channel
// becomes the organisation's leadership channel. With several: the plan named (`ledningskanal
// <plan>`), else the admin's chosen plan, else the one live plan without a channel; when several
// have none, the admin is asked which (PlanChoiceNeeded: a button per plan).
import { administers } from "../../../services/access";
import { actorId } from "../../../services/people/person";
import type { Plan } from "../../../services/plan";
import type { Uses } from "../../services";
import { PlanChoiceNeeded } from "../active-plan";
import type { CommandInput } from "../command-handler";
import { namedPlan } from "./plans-handlers";

export async function channelPlan(
  input: Pick<CommandInput, "args" | "actor" | "sender">,
  services: Uses<"livePlans" | "settings">,
): Promise<Plan | undefined> {
  const text = input.args.trim();
  if (text) {
    return (await namedPlan(services, input.actor, text, "ledningskanal norsjo-omsorg-2025")).plan;
  }
  const live = (await services.livePlans.live()).filter((state) =>
    administers(input.actor, state.plan),
  );
  // An admin limited to some förvaltningar never sets the organisation's channel.
  if (live.length <= 1) return input.actor.adminScope ? live[0]?.plan : undefined;
  const chosen = await services.settings.plans.workingPlanOf(actorId(input.sender));
  const mine = live.find((state) => state.plan.id === chosen);
  if (mine) return mine.plan;
  const channels = await services.settings.plans.channels();
  const without = live.filter((state) => !channels[state.plan.id]);
  if (without.length === 1 && without[0]) return without[0].plan;
  throw new PlanChoiceNeeded(without.length > 0 ? without : live);
}
