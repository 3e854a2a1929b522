// `påminn <period>` / `remind <period>`: an admin reminds, now, everyone who has not reported. The
// answer is the progress message the reminders send to this chat and update as they go; here only
// the cases where nothing is sent get a reply of their own.
import { TurnContext } from "botbuilder";
import { t } from "../../../cards/words/t";
import { DomainError } from "../../../services/errors";
import { requireActivePlan } from "../active-plan";
import { textMessage } from "../../replies";
import type { CommandHandler, RemindDeps } from "../command-handler";
import { actorId } from "../../../services/people/person";

export const remindNow: CommandHandler<RemindDeps> = async (input, services) => {
  const plan = await requireActivePlan(services, input);
  const period = input.args.trim();
  if (!period) {
    const example = plan.periods[0]?.id ?? "T1";
    throw new DomainError(
      "BAD_ARGUMENT",
      `Ange vilken period jag ska påminna om. Exempel: påminn ${example}`,
    );
  }
  const progressTo = JSON.parse(
    JSON.stringify(TurnContext.getConversationReference(input.context.activity)),
  ) as Record<string, unknown>;
  const result = await services.reminders.startManual({
    plan,
    period,
    requestedBy: actorId(input.sender),
    progressTo,
    locale: input.locale,
  });
  const label = result.period.label;
  switch (result.kind) {
    case "started":
      services.reminders.kick();
      return [];
    case "running":
      return [textMessage(t(input.locale, "remind.running", { label }))];
    default:
      return [textMessage(t(input.locale, "remind.nobody", { label }))];
  }
};
