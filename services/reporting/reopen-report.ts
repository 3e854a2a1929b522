// `öppna rapport <period> <enhet>`: after the deadline an admin lets one unit correct its report
// for five more working days (to the end of the fifth working day from today, Stockholm time). The
// report row records until when and by whom; the change is written to the audit log.
import { addWorkingDays, endOfLocalDay, todayIn, type ReportingPeriod } from "../calendar";
import { splitReportArguments } from "./choose-report";
import { DomainError } from "../errors";
import type { Plan, Unit } from "../plan";
import { unitByText, unitsReportingIn } from "./report-form";
import { resolvePeriods, type ReportingDeps } from "./report-scope";
import { readUnitState, writeReport } from "./report-store";
import { day } from "../i18n/date-text";
import { reportWindow } from "./report-window";

export const REOPEN_WORKING_DAYS = 5;

export interface Reopening {
  period: ReportingPeriod;
  unit: Unit;
  before?: string;
  until: string;
}

export async function reopenReport(
  deps: ReportingDeps,
  plan: Plan,
  text: string,
  actor: string,
): Promise<Reopening> {
  const { periodId, unitText } = splitReportArguments(plan, text);
  const example = `öppna rapport ${plan.periods[0]?.id ?? "T1"} ${plan.units[1]?.name ?? plan.units[0]?.name ?? "<enhet>"}`;
  if (!periodId || !unitText) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `Ange period och enhet. Exempel: ${example}. Planens perioder: ${plan.periods.map((p) => p.id).join(", ")}.`,
    );
  }
  const period = (await resolvePeriods(deps, plan)).find((p) => p.id === periodId);
  if (!period) throw new DomainError("NOT_FOUND", `Perioden ${periodId} finns inte.`);
  const unit = unitByText(plan, unitText);
  if (!unitsReportingIn(plan, period.id).some((candidate) => candidate.id === unit.id)) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `${unit.name} har inget att rapportera för ${period.label}.`,
    );
  }
  const now = deps.now();
  const hours = deps.workingHours;
  if (reportWindow(period, now, hours.timeZone) !== "closed") {
    throw new DomainError(
      "BAD_ARGUMENT",
      `${period.label} är inte stängd: sista dag är ${day(period.deadline, "sv")}, och till dess kan ${unit.name} ändra sin rapport.`,
    );
  }
  const until = endOfLocalDay(
    addWorkingDays(todayIn(now, hours.timeZone), REOPEN_WORKING_DAYS, hours),
    hours,
  );

  for (let attempt = 1; ; attempt += 1) {
    const { report } = await readUnitState(deps.store, plan.id, period.id, unit.id);
    try {
      await writeReport(deps.store, plan.id, period.id, report, {
        ...(report ?? { unitId: unit.id, version: 0 }),
        reopenedUntil: until,
        reopenedBy: actor,
      });
    } catch (error) {
      if (error instanceof DomainError && error.code === "CONFLICT" && attempt < 2) continue;
      throw error;
    }
    await deps.audit.record({
      scope: plan.id,
      actor,
      action: "report.reopen",
      before: {
        periodId: period.id,
        unitId: unit.id,
        reopenedUntil: report?.reopenedUntil ?? null,
      },
      after: { periodId: period.id, unitId: unit.id, reopenedUntil: until },
    });
    return { period, unit, before: report?.reopenedUntil, until };
  }
}
