// Builds the summary of one period of a plan from its stored results: counts per goal area and goal
// (one count per unit and indicator), each indicator's status and trend, activities per state,
// narrative answers, the units that have not reported, and what changed since the previous period.
import { roleName, roleUnitIds, unitReportingUnitIds } from "../plan/reporter-roles";
import {
  planItems,
  reportingPeriods,
  reportingUnitIds,
  type Plan,
  type PlanItem,
  type Unit,
} from "../plan";
import { activityStates, type ActivityState } from "../plan/plan-schema";
import type { ComparisonValue } from "../comparison";
import type { Status } from "../rules";
import { summariseIndicator } from "./indicator-summary";
import { milestonesIn } from "../reporting/report-form";
import { pastDue } from "../reporting/late-milestones";
import {
  addCounts,
  emptyCounts,
  type ActivitySummary,
  type AreaSummary,
  type GoalSummary,
  type IndicatorSummary,
  type NarrativeSummary,
  type PeriodResults,
  type PeriodSummary,
  type ReportedResult,
  type StatusChange,
} from "./period-summary";

export interface SummaryInput {
  plan: Plan;
  period: { id: string; label: string };
  current: ReportedResult[];
  /** Units that have submitted for the period; a draft is not a report. */
  submittedUnits: ReadonlySet<string>;
  /** Reporter roles that have submitted; without it, a role with a result counts as submitted. */
  submittedRoles?: ReadonlySet<string>;
  previous?: PeriodResults;
  /** The same period last year (from last year's plan), for the year-on-year trend. */
  lastYear?: PeriodResults;
  /** The plan's stored comparison values (carried forward, Kolada, admins'), for the organisation's. */
  comparisons?: readonly ComparisonValue[];
}

type ByItem = Map<string, Map<string, ReportedResult>>;

export function buildPeriodSummary(input: SummaryInput): PeriodSummary {
  const { plan } = input;
  const unitsById = new Map(plan.units.map((unit) => [unit.id, unit]));
  // A role's values count from the role's own submit, whatever the unit has done.
  const submitted = input.current.filter((r) => r.role || input.submittedUnits.has(r.unitId));
  const current = byItem(submitted);
  const previous = input.previous ? byItem(input.previous.results) : undefined;
  const lastYear = input.lastYear ? byItem(input.lastYear.results) : undefined;
  const due = planItems(plan).filter((item) =>
    reportingPeriods(plan, item).some((p) => p.id === input.period.id),
  );
  const unitsOf = (item: PlanItem): Unit[] =>
    reportingUnitIds(plan, item).flatMap((id) =>
      unitsById.has(id) ? [unitsById.get(id) as Unit] : [],
    );

  const areas: AreaSummary[] = plan.goalAreas.flatMap((area) => {
    const goals: GoalSummary[] = area.goals.flatMap((goal) => {
      const items = due.filter((item) => item.goalId === goal.id && item.goalAreaId === area.id);
      if (items.length === 0) return [];
      const indicators = items.flatMap((item) =>
        item.kind === "indicator"
          ? [
              summariseIndicator({
                plan,
                indicator: item,
                units: unitsOf(item),
                current: current.get(item.id) ?? new Map(),
                previous: previous?.get(item.id),
                lastYear: lastYear?.get(item.id),
                periodId: input.period.id,
                comparisons: input.comparisons,
              }),
            ]
          : [],
      );
      const counts = indicators.reduce(
        (sum, indicator) => addCounts(sum, indicator.counts),
        emptyCounts(),
      );
      return [
        {
          id: goal.id,
          name: goal.name,
          counts,
          indicators,
          activities: summariseActivities(items, unitsOf, current, {
            periodId: input.period.id,
            order: plan.periods.map((period) => period.id),
          }),
          narratives: items.flatMap((item) =>
            item.kind === "question" ? [summariseNarrative(item, unitsOf(item), current)] : [],
          ),
        },
      ];
    });
    if (goals.length === 0) return [];
    const counts = goals.reduce((sum, goal) => addCounts(sum, goal.counts), emptyCounts());
    return [{ id: area.id, name: area.name, counts, goals }];
  });

  // A unit is expected to report what its own reporters report; what a role reports is the role's.
  const expected = new Set(due.flatMap((item) => unitReportingUnitIds(plan, item)));
  const names = new Map(plan.people.map((person) => [person.upn.toLowerCase(), person.name]));
  const missingUnits = [...expected]
    .filter((id) => !input.submittedUnits.has(id))
    .flatMap((id) => {
      const unit = unitsById.get(id);
      return unit
        ? [
            {
              unitId: id,
              name: unit.name,
              reporters: unit.reporters.map((upn) => names.get(upn.toLowerCase()) ?? upn),
            },
          ]
        : [];
    });

  const rolesIn = input.submittedRoles ?? new Set(input.current.flatMap((r) => r.role ?? []));
  const missingRoles = plan.roles
    .filter((role) => !rolesIn.has(role.id))
    .flatMap((role) => {
      const units = new Set(
        due.filter((item) => item.reporterRole === role.id).flatMap((i) => roleUnitIds(plan, i)),
      );
      if (units.size === 0) return [];
      const people = role.people.map((upn) => names.get(upn.toLowerCase()) ?? upn);
      return [{ roleId: role.id, name: roleName(role), people, units: units.size }];
    });

  return {
    planId: plan.id,
    planName: plan.name,
    periodId: input.period.id,
    periodLabel: input.period.label,
    previousLabel: input.previous?.label,
    totals: areas.reduce((sum, area) => addCounts(sum, area.counts), emptyCounts()),
    missingUnits,
    missingRoles,
    reportedUnits: [...expected].filter((id) => input.submittedUnits.has(id)).length,
    expectedUnits: expected.size,
    changes: changesSince(
      areas.flatMap((a) => a.goals.flatMap((g) => g.indicators)),
      previous,
    ),
    areas,
  };
}

function byItem(results: ReportedResult[]): ByItem {
  const map: ByItem = new Map();
  for (const result of results) {
    const units = map.get(result.itemId) ?? new Map<string, ReportedResult>();
    units.set(result.unitId, result);
    map.set(result.itemId, units);
  }
  return map;
}

function summariseActivities(
  items: PlanItem[],
  unitsOf: (item: PlanItem) => Unit[],
  current: ByItem,
  at: { periodId: string; order: string[] },
): ActivitySummary {
  const missedMilestones: ActivitySummary["missedMilestones"] = [];
  const counts = Object.fromEntries(
    [...activityStates, "notReported"].map((s) => [s, 0]),
  ) as ActivitySummary["counts"];
  const delayed: ActivitySummary["delayed"] = [];
  for (const item of items) {
    if (item.kind !== "activity") continue;
    for (const unit of unitsOf(item)) {
      const result = current.get(item.id)?.get(unit.id);
      const state: ActivityState | "notReported" = result?.state ?? "notReported";
      counts[state] += 1;
      if (state === "delayed")
        delayed.push({
          itemId: item.id,
          name: item.name,
          unitName: unit.name,
          comment: result?.comment,
        });
      if (!result) continue; // not reported at all: the unit is listed as missing
      // Due now, and those still late from before that the report was asked about again.
      const late = pastDue(item, at.order, at.order.indexOf(at.periodId)).filter(
        (milestone) => result.milestoneStates?.[milestone.key] !== undefined,
      );
      for (const milestone of [...milestonesIn(item, at.periodId, at.order), ...late]) {
        const reported = result.milestoneStates?.[milestone.key];
        if (!milestone.due || reported === "done") continue;
        missedMilestones.push({
          itemId: item.id,
          name: item.name,
          unitId: unit.id,
          unitName: unit.name,
          text: milestone.text,
          period: milestone.period,
          state: reported,
        });
      }
    }
  }
  return { counts, delayed, missedMilestones };
}

function summariseNarrative(
  item: Extract<PlanItem, { kind: "question" }>,
  units: Unit[],
  current: ByItem,
): NarrativeSummary {
  const answers = units.flatMap((unit) => {
    const result = current.get(item.id)?.get(unit.id);
    return result?.answer
      ? [{ unitId: unit.id, unitName: unit.name, by: result.by, answer: result.answer }]
      : [];
  });
  return { itemId: item.id, text: item.text, answers, missing: units.length - answers.length };
}

const RANK: Record<Status | "notReported", number> = {
  red: 1,
  yellow: 2,
  green: 3,
  none: 0,
  notReported: 0,
};

function changesSince(
  indicators: IndicatorSummary[],
  previous: ByItem | undefined,
): PeriodSummary["changes"] {
  const changes: PeriodSummary["changes"] = { newReds: [], worse: [], better: [] };
  if (!previous) return changes;
  const classify = (change: StatusChange) => {
    const { before, after } = change;
    if (after === "red" && before !== "red") changes.newReds.push(change);
    else if (RANK[before] > 0 && RANK[after] > 0 && RANK[after] < RANK[before])
      changes.worse.push(change);
    else if (RANK[before] > 0 && RANK[after] > 0 && RANK[after] > RANK[before])
      changes.better.push(change);
  };
  for (const indicator of indicators) {
    const named = { indicatorId: indicator.id, indicatorName: indicator.name };
    // An organisation's target changes as a whole; its units have no colour of their own.
    if (indicator.rollup.targetFor === "organisation") {
      if (indicator.previousStatus !== undefined)
        classify({
          ...named,
          unitId: "",
          unitName: "Hela organisationen",
          before: indicator.previousStatus,
          after: indicator.status,
        });
      continue;
    }
    for (const unit of indicator.units) {
      classify({
        ...named,
        unitId: unit.unitId,
        unitName: unit.unitName,
        before: previous.get(indicator.id)?.get(unit.unitId)?.status ?? "notReported",
        after: unit.status,
      });
    }
  }
  return changes;
}
