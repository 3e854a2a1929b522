// When a report can be written: from the period's opening day (Stockholm time) to the end of its
// deadline day, and after that only while an admin has reopened it for the unit; and, in Swedish,
// why a period cannot be written. Which period `rapportera` means is current-period.ts.
import { day } from "../i18n/date-text";
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

/** Why a period cannot be reported now, in Swedish. */
export function notOpenMessage(period: ReportingPeriod): string {
  return `Rapporteringen för ${period.label} öppnar ${day(period.opens, "sv")}. Sista dag är ${day(period.deadline, "sv")}.`;
}

export function closedMessage(period: ReportingPeriod): string {
  return `Sista dag för ${period.label} var ${day(period.deadline, "sv")}, så rapporten är stängd. En administratör kan öppna den igen för enheten.`;
}
