// What a unit reported before, shown beside each item so a person can compare: the item's previous
// period this year (or, for its first period, its last period last year), and the same period last
// year. Last year's plan is the organisation's plan of the year before (ids stay from one year to
// the next: see docs/plan-format.md), found among the stored plans.
import { findLastYearPlanId, reportingPeriods, type Plan } from "../plan";
import type { ReportingPeriod } from "../calendar";
import type { Status } from "../rules";
import type { TableStore } from "../storage/tables";
import type { ActivityState } from "../plan";
import type { Result } from "./report-model";
import { listUnitResults } from "./report-store";
import type { FormItem } from "./report-form";
import { listComparisons, type ComparisonValue } from "../comparison";

export interface EarlierResult {
  planId: string;
  periodId: string;
  /** "Tertial 1 2024", "Helår 2024", "T1 2025". */
  periodLabel: string;
  value: string;
  number?: number;
  yes?: boolean;
  status: Status;
  activityState?: ActivityState;
  /** An activity's milestones' states as reported then, by milestone key. */
  milestones?: Record<string, ActivityState>;
}

export interface EarlierResults {
  previous?: EarlierResult;
  lastYear?: EarlierResult;
  /** Stored comparison values of the item (carried, Kolada, entered in chat), every unit's. */
  comparisons?: ComparisonValue[];
}

interface Source {
  planId: string;
  periodId: string;
  label: string;
}

/** Earlier results of the form's items for one unit, by item id: a few range queries. */
export async function earlierResults(
  store: TableStore,
  plan: Plan,
  periods: ReportingPeriod[],
  periodId: string,
  unitId: string,
  form: FormItem[],
): Promise<Map<string, EarlierResults>> {
  const [lastYearPlanId, stored] = await Promise.all([
    findLastYearPlanId(store, plan),
    listComparisons(store, plan.id),
  ]);
  const labels = new Map(periods.map((period) => [period.id, period.label]));
  const label = (id: string, lastYear: boolean) => {
    const text = labels.get(id) ?? id;
    if (!lastYear) return text;
    const year = String(plan.year);
    return text.includes(year)
      ? text.replace(year, String(plan.year - 1))
      : `${text} ${plan.year - 1}`;
  };

  const wanted = new Map<string, { previous?: Source; lastYear?: Source }>();
  for (const { item } of form) {
    const own = reportingPeriods(plan, item).map((period) => period.id);
    const at = own.indexOf(periodId);
    const before = at > 0 ? own[at - 1] : undefined;
    const lastOwn = own[own.length - 1];
    const previous: Source | undefined = before
      ? { planId: plan.id, periodId: before, label: label(before, false) }
      : lastYearPlanId && lastOwn
        ? { planId: lastYearPlanId, periodId: lastOwn, label: label(lastOwn, true) }
        : undefined;
    const lastYear: Source | undefined = lastYearPlanId
      ? { planId: lastYearPlanId, periodId, label: label(periodId, true) }
      : undefined;
    wanted.set(item.id, { previous, lastYear });
  }

  const sources = new Map<string, Source>();
  for (const { previous, lastYear } of wanted.values()) {
    for (const source of [previous, lastYear]) {
      if (source) sources.set(`${source.planId}|${source.periodId}`, source);
    }
  }
  const loaded = new Map<string, Map<string, Result>>();
  await Promise.all(
    [...sources.entries()].map(async ([key, source]) => {
      const results = await listUnitResults(store, source.planId, source.periodId, unitId);
      loaded.set(key, new Map(results.map((result) => [result.itemId, result])));
    }),
  );

  const found = (itemId: string, source: Source | undefined): EarlierResult | undefined => {
    if (!source) return undefined;
    const result = loaded.get(`${source.planId}|${source.periodId}`)?.get(itemId);
    if (!result) return undefined;
    return {
      planId: source.planId,
      periodId: source.periodId,
      periodLabel: source.label,
      value: result.value,
      number: result.number,
      yes: result.yes,
      status: result.status,
      activityState: result.activityState,
      milestones: result.milestoneStates,
    };
  };
  return new Map(
    [...wanted.entries()].map(([itemId, { previous, lastYear }]) => [
      itemId,
      {
        previous: found(itemId, previous),
        lastYear: found(itemId, lastYear),
        comparisons: stored.filter((value) => value.indicatorId === itemId),
      },
    ]),
  );
}

/** What a report is about, as far as its earlier results go (a ReportScope). */
export interface EarlierScope {
  plan: Plan;
  periods: ReportingPeriod[];
  period: { id: string };
  unit: { id: string };
  form: FormItem[];
  /** Read already (to find late milestones): not read again. */
  earlier?: Map<string, EarlierResults>;
}

/** The earlier results of the unit and period a report is about. */
export function earlierFor(
  store: TableStore,
  scope: EarlierScope,
): Promise<Map<string, EarlierResults>> {
  if (scope.earlier) return Promise.resolve(scope.earlier);
  return earlierResults(
    store,
    scope.plan,
    scope.periods,
    scope.period.id,
    scope.unit.id,
    scope.form,
  );
}
