// When a report can be written: from the period's opening day (Stockholm time) to the end of its
// deadline day, and after that only while an admin has reopened it for the unit. And which period
// `rapportera` means when none is named: the open one whose deadline is nearest.
import { day, moment } from "../i18n/date-text";
import type { ReportingPeriod } from "../calendar/reporting-period";
import { todayIn } from "../calendar/working-time";
import type { UnitReport } from "./report-model";

export type ReportWindow = "notOpen" | "open" | "closed" | "reopened";

export function reportWindow(
  period: ReportingPeriod,
  now: Date,
  timeZone: string,
  report?: Pick<UnitReport, "reopenedUntil">,
): ReportWindow {
  const instant = now.toISOString();
  if (instant > period.deadlineAt) {
    return report?.reopenedUntil && instant <= report.reopenedUntil ? "reopened" : "closed";
  }
  return todayIn(now, timeZone) < period.opens ? "notOpen" : "open";
}

/** True when answers may be saved or submitted. */
export function isWritable(window: ReportWindow): boolean {
  return window === "open" || window === "reopened";
}

export type PeriodChoice =
  | { kind: "open"; period: ReportingPeriod }
  /** Nothing open: the period that opens next, and the one that closed last. */
  | { kind: "noneOpen"; next?: ReportingPeriod; last?: ReportingPeriod };

export function currentPeriod(
  periods: readonly ReportingPeriod[],
  now: Date,
  timeZone: string,
): PeriodChoice {
  const open = periods
    .filter((period) => reportWindow(period, now, timeZone) === "open")
    .sort((a, b) => a.deadlineAt.localeCompare(b.deadlineAt));
  if (open[0]) return { kind: "open", period: open[0] };
  const next = periods
    .filter((period) => reportWindow(period, now, timeZone) === "notOpen")
    .sort((a, b) => a.opens.localeCompare(b.opens))[0];
  const last = periods
    .filter((period) => reportWindow(period, now, timeZone) === "closed")
    .sort((a, b) => b.deadlineAt.localeCompare(a.deadlineAt))[0];
  return { kind: "noneOpen", next, last };
}

/** "fredag 2 maj 2025": a date as Swedish people read it. */
export function swedishDay(isoDate: string): string {
  return day(isoDate, "sv");
}

/** "16 maj 2025 kl. 23:59": an instant in the time zone. */
export function swedishMoment(instant: string, timeZone: string): string {
  return moment(instant, timeZone, "sv", "date");
}

/** Why a period cannot be reported now, in Swedish. */
export function notOpenMessage(period: ReportingPeriod): string {
  return `Rapporteringen för ${period.label} öppnar ${swedishDay(period.opens)}. Sista dag är ${swedishDay(period.deadline)}.`;
}

export function closedMessage(period: ReportingPeriod): string {
  return `Sista dag för ${period.label} var ${swedishDay(period.deadline)}, så rapporten är stängd. En administratör kan öppna den igen för enheten.`;
}
