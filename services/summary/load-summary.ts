// Loads what a period summary is built from: the plan, its resolved periods, this period's submitted
// results, the previous period's, and the same period last year (from last year's plan of the same
// organisation, when one is stored).
import type { AuditLog } from "../audit/audit-log";
import {
  CalendarStore,
  findPeriod,
  planCalendar,
  type ReportingPeriod,
  type WorkingHours,
} from "../calendar";
import { listComparisons } from "../comparison";
import { DomainError } from "../errors";
import { listPlans, loadPlan, type Plan } from "../plan";
import { submittedResults, type Result } from "../reporting";
import type { TableStore } from "../storage/tables";
import { buildPeriodSummary } from "./build-summary";
import type { PeriodResults, PeriodSummary, ReportedResult } from "./period-summary";

export interface SummaryDeps {
  store: TableStore;
  audit: AuditLog;
  workingHours: WorkingHours;
  now: () => Date;
}

export interface LoadedSummary {
  plan: Plan;
  period: ReportingPeriod;
  summary: PeriodSummary;
  /** This period's submitted results, for the export. */
  results: ReportedResult[];
}

export function toReported(result: Result): ReportedResult {
  return {
    unitId: result.unitId,
    itemId: result.itemId,
    value: result.yes ?? result.number ?? null,
    status: result.kind === "indicator" ? result.status : undefined,
    explanation: result.explanation || undefined,
    ...(result.parts && { parts: result.parts }),
    state: result.activityState,
    ...(result.milestoneStates && { milestoneStates: result.milestoneStates }),
    answer: result.text || undefined,
    comment: result.comment || undefined,
    by: result.byName || result.by,
    at: result.at,
    ...(result.role ? { role: result.role } : {}),
  };
}

export async function resolvePlanPeriods(
  deps: SummaryDeps,
  plan: Plan,
): Promise<ReportingPeriod[]> {
  return new CalendarStore(deps.store, deps.audit, deps.now).resolve(
    planCalendar(plan, deps.workingHours),
  );
}

async function periodResults(
  store: TableStore,
  planId: string,
  period: ReportingPeriod,
): Promise<PeriodResults> {
  const { results } = await submittedResults(store, planId, period.id);
  return { periodId: period.id, label: period.label, results: results.map(toReported) };
}

export async function loadPeriodSummary(
  deps: SummaryDeps,
  planId: string,
  periodText: string,
): Promise<LoadedSummary> {
  const plan = await loadPlan(deps.store, planId);
  if (!plan) throw new DomainError("NOT_FOUND", `Det finns ingen plan med id ${planId}.`);
  const periods = await resolvePlanPeriods(deps, plan);
  const period = findPeriod(periods, periodText, plan.year);
  if (!period) {
    throw new DomainError(
      "NOT_FOUND",
      `Planen har ingen period ”${periodText}”. Perioder: ${periods.map((p) => p.id).join(", ")}. Exempel: sammanställ ${periods[0]?.id ?? "T1"}`,
    );
  }
  const previousPeriod = previousOf(plan, periods, period.id);
  const [{ results: current, submitted, submittedRoles }, previous, lastYear, comparisons] =
    await Promise.all([
      submittedResults(deps.store, plan.id, period.id),
      previousPeriod
        ? periodResults(deps.store, plan.id, previousPeriod)
        : Promise.resolve(undefined),
      lastYearResults(deps, plan, period.id),
      listComparisons(deps.store, plan.id),
    ]);
  const results = current.map(toReported);
  const summary = buildPeriodSummary({
    plan,
    period: { id: period.id, label: period.label },
    current: results,
    submittedUnits: submitted,
    submittedRoles,
    previous,
    lastYear,
    comparisons,
  });
  return { plan, period, summary, results };
}

async function lastYearResults(
  deps: SummaryDeps,
  plan: Plan,
  periodId: string,
): Promise<PeriodResults | undefined> {
  const listing = (await listPlans(deps.store)).find(
    (p) => p.organisation === plan.organisation && p.year === plan.year - 1,
  );
  if (!listing) return undefined;
  const lastPlan = await loadPlan(deps.store, listing.planId);
  if (!lastPlan) return undefined;
  const period = (await resolvePlanPeriods(deps, lastPlan)).find((p) => p.id === periodId);
  return period ? periodResults(deps.store, lastPlan.id, period) : undefined;
}

/**
 * The period before this one in the plan's own order (T1, T2, Helår): a deadline an admin moved
 * never makes Helår the period before T1.
 */
function previousOf(
  plan: Plan,
  periods: readonly ReportingPeriod[],
  periodId: string,
): ReportingPeriod | undefined {
  const index = plan.periods.findIndex((p) => p.id === periodId);
  const id = index > 0 ? plan.periods[index - 1]?.id : undefined;
  return periods.find((p) => p.id === id);
}

export interface YearCounts {
  /** The periods that have opened, in the plan's order, by their plan id ("T1", "Helår"). */
  periods: string[];
  /** Per goal area id, its counts in each of those periods; undefined where nothing was due. */
  areas: Map<string, (PeriodSummary["totals"] | undefined)[]>;
}

/** Counts per goal area for every period of the plan that has opened: the chart's trend. */
export async function yearCounts(deps: SummaryDeps, plan: Plan): Promise<YearCounts> {
  const now = deps.now().toISOString().slice(0, 10);
  const order = new Map(plan.periods.map((p, index) => [p.id, index]));
  const periods = (await resolvePlanPeriods(deps, plan))
    .filter((p) => p.opens <= now)
    .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const summaries = await Promise.all(
    periods.map(async (period) => {
      const results = await periodResults(deps.store, plan.id, period);
      const submitted = new Set(results.results.map((r) => r.unitId));
      return buildPeriodSummary({
        plan,
        period,
        current: results.results,
        submittedUnits: submitted,
      });
    }),
  );
  return {
    periods: periods.map((p) => p.id),
    areas: new Map(
      plan.goalAreas.map((area) => [
        area.id,
        summaries.map((s) => s.areas.find((a) => a.id === area.id)?.counts),
      ]),
    ),
  };
}
