// Submits a unit's report through the reporting use case, as the report card does: for tests that
// need stored results (summaries, exports, reminders).
import { submitReport, type Answer, type UnitReport } from "../../services/reporting";
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

/**
 * Norsjö T1 as three reporters send it: Hemtjänst Norsjö and Bastuträsk (megan.b) and Särskilt boende
 * Norrgården (adele.v); Älvgården and Omsorg do not report. Run while T1 is open (2–16 May 2025).
 */
export async function reportNorsjoT1(bot: BotHarness): Promise<void> {
  const meg = { upn: "megan.b@example.se", name: "Megan Bowen" };
  await submitAs(bot, meg, {
    planId: "norsjo-omsorg-2025",
    periodId: "T1",
    unitId: "htj-norsjo",
    answers: {
      sjukfranvaro: { value: "6,0" },
      budgetavvikelse: { value: "0" },
      heltidsanstallda: { value: "60" },
      "fast-omsorgskontakt": { state: "inProgress" },
    },
  });
  await submitAs(bot, meg, {
    planId: "norsjo-omsorg-2025",
    periodId: "T1",
    unitId: "htj-bastutrask",
    answers: {
      sjukfranvaro: { value: "6,8" },
      budgetavvikelse: { value: "0,3" },
      heltidsanstallda: { value: "40" },
      "fast-omsorgskontakt": { state: "delayed", comment: "Rekrytering pågår." },
    },
  });
  await submitAs(
    bot,
    { upn: "adele.v@example.se", name: "Adele Vance" },
    {
      planId: "norsjo-omsorg-2025",
      periodId: "T1",
      unitId: "sabo-norrgarden",
      answers: {
        sjukfranvaro: {
          value: "7,5",
          comment: "Långtidssjukskrivningar; plan med företagshälsovården.",
        },
        budgetavvikelse: { value: "-1" },
        heltidsanstallda: { value: "30" },
      },
    },
  );
}

/** A unit's report row as a submit writes it (Anna Berg, 7 May 2025), for tests of the rows. */
export const unitReport = (unitId: string, version: number): UnitReport => ({
  unitId,
  version,
  submittedAt: "2025-05-07T10:00:00.000Z",
  submittedBy: "anna@example.se",
  submittedByName: "Anna Berg",
});
