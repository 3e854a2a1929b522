// The reminder's refresh: Teams asks it (Universal Actions) when the recipient sees the card, and
// gets the card as the reports stand now, so a reminder never keeps asking for a report that is in.
import { z } from "zod";
import { reminderStatusCard } from "../../cards/reminder-status-card";
import { DomainError } from "../../services/errors";
import { day } from "../../services/i18n/date-text";
import { reporterFrom } from "../../services/reporting";
import type { Uses } from "../services";
import type { CardActionHandler } from "./card-action-router";

const refreshData = z.object({
  planId: z.string().min(1).max(100),
  periodId: z.string().min(1).max(100),
  unitIds: z.array(z.string().min(1).max(100)).max(200),
});

export type ReminderActionDeps = Uses<"plans" | "reporting" | "summaryReader" | "workingHours">;

export const refreshReminder: CardActionHandler<ReminderActionDeps> = async (
  { context, sender, isAdmin, locale, data },
  services,
) => {
  const parsed = refreshData.safeParse(data);
  if (!parsed.success) {
    throw new DomainError(
      "BAD_ARGUMENT",
      "Påminnelsen skickade något jag inte förstod. Skriv rapportera.",
    );
  }
  const { planId, periodId, unitIds } = parsed.data;
  const plan = await services.plans.require(planId);
  const period = (await services.summaryReader.periods(plan)).find((p) => p.id === periodId);
  if (!period) throw new DomainError("NOT_FOUND", "Perioden finns inte längre i planen.");
  // Only the units this person reports for (or any, for an admin): a card shows nobody else's.
  const reporter = reporterFrom(sender, isAdmin);
  const units = plan.units.filter(
    (unit) =>
      unitIds.includes(unit.id) &&
      (isAdmin || unit.reporters.some((upn) => reporter.identifiers.includes(upn.toLowerCase()))),
  );
  const reports = new Map(
    (await services.reporting.reports(planId, periodId)).map((r) => [r.unitId, r]),
  );
  return {
    kind: "card",
    card: reminderStatusCard({
      locale,
      timeZone: services.workingHours.timeZone,
      planId,
      periodId,
      periodLabel: period.label,
      deadline: day(period.deadline, locale),
      userId: context.activity.from.id,
      units: units.map((unit) => {
        const report = reports.get(unit.id);
        const submitted = report && report.version > 0 ? report : undefined;
        return {
          id: unit.id,
          name: unit.name,
          submittedAt: submitted?.submittedAt,
          submittedByName: submitted?.submittedByName ?? submitted?.submittedBy,
        };
      }),
    }),
  };
};
