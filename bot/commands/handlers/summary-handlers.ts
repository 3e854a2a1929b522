// Leadership commands: `exportera <period>` offers the period's workbook as a file in the 1:1 chat.
import { MessageFactory } from "botbuilder";
import { findPeriod } from "../../../services/calendar";
import { DomainError } from "../../../services/errors";
import { exportPeriod } from "../../../services/summary/period-export";
import { canTakeFileConsent } from "../../client-capabilities";
import { fileConsentCard } from "../../file-upload";
import { cardMessage, textMessage } from "../../replies";
import { buildOverviewCard } from "../../summary/overview-card";
import { resolvePlanPeriods } from "../../../services/summary/load-summary";
import { summaryDeps } from "../../summary/summary-deps";
import { requireActivePlan } from "../active-plan";
import type { CommandHandler, SummaryCommandDeps } from "../command-handler";

export const exportCommand: CommandHandler<SummaryCommandDeps> = async (input, services) => {
  const plan = await requireActivePlan(services);
  const period = input.args.trim();
  if (!period) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `Ange vilken period. Exempel: exportera ${plan.periods[0]?.id ?? "T1"}`,
    );
  }
  // Built now to check the period and know the size; built again on accept, so the file is current.
  const file = await exportPeriod(summaryDeps(services), plan.id, period);
  if (!canTakeFileConsent(input.context.activity)) {
    const command = `uppfoljning export ${plan.id} ${period} ${file.fileName}`;
    return [
      textMessage(
        input.locale === "en"
          ? `This client (the Agents Playground) cannot receive files from me, so no file was sent. Get the same workbook where the bot runs with: ${command}`
          : `Den här klienten (Agents Playground) kan inte ta emot filer från mig, så ingen fil skickades. Samma arbetsbok får du där boten körs med: ${command}`,
      ),
    ];
  }
  const description =
    input.locale === "en"
      ? `${file.planName}, ${file.periodLabel}: results per unit with status, comments, who and when.`
      : `${file.planName}, ${file.periodLabel}: resultat per enhet med status, kommentarer, vem och när.`;
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
  const plan = await requireActivePlan(services);
  const period = input.args.trim();
  if (!period) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `Ange vilken period. Exempel: sammanställ ${plan.periods[0]?.id ?? "T1"}`,
    );
  }
  const periods = await resolvePlanPeriods(summaryDeps(services), plan);
  const resolved = findPeriod(periods, period, plan.year);
  if (!resolved) {
    throw new DomainError(
      "NOT_FOUND",
      `Planen har ingen period ”${period}”. Perioder: ${plan.periods.map((p) => p.id).join(", ")}. Exempel: sammanställ ${plan.periods[0]?.id ?? "T1"}`,
    );
  }
  const outcome = await services.summaries.publish(plan.id, resolved.id);
  const en = input.locale === "en";
  switch (outcome.result) {
    case "posted":
      return [
        textMessage(
          en
            ? `The summary of ${resolved.label} is posted in ${outcome.channelName ?? "the leadership channel"}.`
            : `Sammanställningen för ${resolved.label} är publicerad i ${outcome.channelName ?? "ledningskanalen"}.`,
        ),
      ];
    case "updated":
      return [
        textMessage(
          en
            ? `The summary of ${resolved.label} in ${outcome.channelName ?? "the leadership channel"} is updated.`
            : `Sammanställningen för ${resolved.label} i ${outcome.channelName ?? "ledningskanalen"} är uppdaterad.`,
        ),
      ];
    case "unchanged":
      return [
        textMessage(
          en
            ? `The summary of ${resolved.label} is already posted and up to date.`
            : `Sammanställningen för ${resolved.label} är redan publicerad och aktuell.`,
        ),
      ];
    case "busy":
      return [
        textMessage(
          en ? "The summary is being posted right now." : "Sammanställningen publiceras just nu.",
        ),
      ];
    default: {
      const { card } = await buildOverviewCard(services, plan.id, resolved.id, input.locale);
      return [
        cardMessage(
          card,
          en
            ? "No leadership channel is set, so here it is. An admin writes @Uppföljningsboten leadership channel in the team channel that should receive it."
            : "Ingen ledningskanal är vald, så här är den. En administratör skriver @Uppföljningsboten ledningskanal i den kanal i teamet som ska få den.",
        ),
      ];
    }
  }
};
