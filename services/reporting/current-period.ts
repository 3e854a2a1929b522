// Which period `rapportera` means when none is named: the open one whose deadline is nearest; with
// none open, the one that opens next and the one that closed last, so the reply can say both.
import type { ReportingPeriod } from "../calendar/reporting-period";
import { reportWindow } from "./report-window";

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
