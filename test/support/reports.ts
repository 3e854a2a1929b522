// Submits a unit's report through the reporting use case, as the report card does: for tests that
// need stored results (summaries, exports, reminders).
import { submitReport, type Answer } from "../../services/reporting";
import { silentLogger } from "../../services/logging/logger";
import type { BotHarness } from "./bot-harness";

export async function submitAs(
  bot: BotHarness,
  reporter: { upn: string; name: string; isAdmin?: boolean },
  report: { planId: string; periodId: string; unitId: string; answers: Record<string, Answer> },
): Promise<void> {
  const services = bot.app.services;
  const view = await submitReport(
    {
      store: services.store,
      audit: services.audit,
      logger: silentLogger,
      now: services.now,
      workingHours: services.workingHours,
    },
    {
      planId: report.planId,
      periodId: report.periodId,
      unitId: report.unitId,
      baseVersion: 0,
      page: 0,
      answers: new Map(Object.entries(report.answers)),
    },
    {
      id: reporter.upn,
      name: reporter.name,
      identifiers: [reporter.upn],
      isAdmin: reporter.isAdmin ?? false,
    },
  );
  if (view.outcome.kind !== "submitted") {
    const errors = view.items.flatMap((item) => Object.values(item.checked.errors ?? {}));
    throw new Error(
      `report for ${report.unitId} was not submitted: ${view.outcome.kind} ${JSON.stringify(errors)}`,
    );
  }
}
