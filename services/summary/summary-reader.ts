// What the bot reads of the leadership summaries: a plan's periods, a period's summary, the year's
// counts for the chart, the export. Bound once to the store, the calendar, the clock and the working
// hours in the composition root (services/compose.ts), so handlers and card actions never hold the store.
import type { ReportingPeriod } from "../calendar";
import type { Plan } from "../plan";
import {
  loadPeriodSummary,
  resolvePlanPeriods,
  yearCounts,
  type LoadedSummary,
  type SummaryDeps,
  type YearCounts,
} from "./load-summary";
import { exportPeriod, type PeriodExport } from "./period-export";

export interface SummaryReader {
  /** The plan's periods with the admins' changes to the calendar. */
  periods(plan: Plan): Promise<ReportingPeriod[]>;
  /** The period's summary (a period named by id or label); NOT_FOUND without the plan or period. */
  periodSummary(planId: string, periodText: string): Promise<LoadedSummary>;
  /** Each period's statuses of the year, for the overview's chart. */
  yearCounts(plan: Plan): Promise<YearCounts>;
  /** The period's workbook (`exportera`, the file consent). */
  exportPeriod(planId: string, periodText: string): Promise<PeriodExport>;
}

export function summaryReader(deps: SummaryDeps): SummaryReader {
  return {
    periods: (plan) => resolvePlanPeriods(deps, plan),
    periodSummary: (planId, periodText) => loadPeriodSummary(deps, planId, periodText),
    yearCounts: (plan) => yearCounts(deps, plan),
    exportPeriod: (planId, periodText) => exportPeriod(deps, planId, periodText),
  };
}
