// Leadership commands: `exportera <period>` offers the period's workbook as a file in the 1:1 chat.
import { MessageFactory } from "botbuilder";
import { t } from "../../../cards/words/t";
import { findPeriod } from "../../../services/calendar";
import { DomainError } from "../../../services/errors";
import { canTakeFileConsent } from "../../client-capabilities";
import { fileConsentCard } from "../../file-upload";
import { cardMessage, textMessage } from "../../replies";
import { buildOverviewCard } from "../../summary/overview-card";
import { requireActivePlan } from "../active-plan";
import type { CommandHandler, SummaryCommandDeps } from "../command-handler";

export const exportCommand: CommandHandler<SummaryCommandDeps> = async (input, services) => {
  const plan = await requireActivePlan(services, input);
  const period = input.args.trim();
  if (!period) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `Ange vilken period. Exempel: exportera ${plan.periods[0]?.id ?? "T1"}`,
    );
  }
  // Built now to check the period and know the size; built again on accept, so the file is current.
  const file = await services.summaryReader.exportPeriod(plan.id, period);
  if (!canTakeFileConsent(input.context.activity)) {
    const command = `uppfoljning export ${plan.id} ${period} ${file.fileName}`;
    return [textMessage(t(input.locale, "export.noFileConsent", { command }))];
  }
  const description = t(input.locale, "export.description", {
    plan: file.planName,
    period: file.periodLabel,
  });
  return [
    MessageFactory.attachment(
      fileConsentCard(file.fileName, description, file.content.length, {
        kind: "periodExport",
        planId: plan.id,
        periodId: period,
      }),
    ),
  ];
};

/** `sammanställ <period>`: posts (or updates) the period's summary in the leadership channel now. */
export const summarizeCommand: CommandHandler<SummaryCommandDeps> = async (input, services) => {
  const plan = await requireActivePlan(services, input);
  const period = input.args.trim();
  if (!period) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `Ange vilken period. Exempel: sammanställ ${plan.periods[0]?.id ?? "T1"}`,
    );
  }
  const periods = await services.summaryReader.periods(plan);
  const resolved = findPeriod(periods, period, plan.year);
  if (!resolved) {
    throw new DomainError(
      "NOT_FOUND",
      `Planen har ingen period ”${period}”. Perioder: ${plan.periods.map((p) => p.id).join(", ")}. Exempel: sammanställ ${plan.periods[0]?.id ?? "T1"}`,
    );
  }
  const outcome = await services.summaries.publish(plan.id, resolved.id);
  const channel = "channelName" in outcome ? outcome.channelName : undefined;
  const said = { label: resolved.label, channel: channel ?? "none" };
  switch (outcome.result) {
    case "posted":
      return [textMessage(t(input.locale, "publish.posted", said))];
    case "updated":
      return [textMessage(t(input.locale, "publish.updated", said))];
    case "unchanged":
      return [textMessage(t(input.locale, "publish.unchanged", said))];
    case "busy":
      return [textMessage(t(input.locale, "publish.busy"))];
    default: {
      const { card } = await buildOverviewCard(services, plan.id, resolved.id, input.locale);
      return [cardMessage(card, t(input.locale, "publish.noChannel"))];
    }
  }
};
