// Leadership commands: `exportera <period>` offers the period's workbook as a file in the 1:1 chat.
import { MessageFactory } from "botbuilder";
import { DomainError } from "../../../services/errors";
import { exportPeriod } from "../../../services/summary/period-export";
import { fileConsentCard } from "../../file-upload";
import { summaryDeps } from "../../summary/summary-deps";
import { requireActivePlan } from "../active-plan";
import type { CommandHandler } from "../router";

export const exportCommand: CommandHandler = async (input, services) => {
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
