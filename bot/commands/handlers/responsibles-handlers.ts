// `ansvariga`: who reports for which unit in the active plan, and who the bot cannot reach yet.
import { reporterChangeView, responsiblesView } from "../../../cards/responsibles-view";
import { DomainError } from "../../../services/errors";
import { reachOf } from "../../../services/people/reachability";
import { reachOfReporters, withoutTheApp } from "../../../services/people/unreachable-reporters";
import { personArgument } from "../../person-argument";
import { requireActivePlan } from "../active-plan";
import { cardMessage } from "../../replies";
import type { CommandHandler, ResponsiblesDeps } from "../command-handler";
import { actorId } from "../../../services/people/person";

export const listResponsibles: CommandHandler<ResponsiblesDeps> = async (input, services) => {
  const plan = await requireActivePlan(services, input);
  const reach = await reachOfReporters(services.addressBook, plan);
  const installable = withoutTheApp(reach.values()).length > 0 && Boolean(services.appInstaller);
  return [cardMessage(responsiblesView({ plan, reach, installable, locale: input.locale }))];
};

/** `ansvarig <enhet> <person>`: the named person reports for the unit from now on. */
export const assignResponsible: CommandHandler<ResponsiblesDeps> = async (input, services) => {
  const plan = await requireActivePlan(services, input);
  const named = await personArgument(input.context, input.args);
  const unitText = named.rest.trim();
  if (!unitText) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `Ange enheten och personen. Exempel: ansvarig ${plan.units[0]?.name ?? "Hemtjänst Norr"} anna.berg@kommun.se`,
    );
  }
  const change = await services.reporterAssignment.assign({
    planId: plan.id,
    unit: unitText,
    reporter: { upn: named.identifier, name: named.person?.name },
    actor: actorId(input.sender),
  });
  const reach = await reachOf(services.addressBook, named.identifier);
  return [
    cardMessage(
      reporterChangeView(
        change,
        { identifier: named.identifier, reachable: reach.reach === "reachable" },
        input.locale,
        plan.name,
      ),
    ),
  ];
};
