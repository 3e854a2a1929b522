// What a unit is asked in a period: the plan's items due in that period (reportingPeriods) that the
// unit reports (reportingUnitIds), in plan order, with the goal area and goal they belong to.
import { DomainError } from "../errors";
import { findUnit } from "../plan/assign-reporter";
import { planItems, reportingPeriods, type Plan, type PlanItem, type Unit } from "../plan";
import { unitReportingUnitIds } from "../plan/reporter-roles";

export interface FormItem {
  item: PlanItem;
  goalAreaName: string;
  goalName: string;
  /** Activity: the milestones of this period (or during the year), each asked for its state. */
  milestones: FormMilestone[];
}

/** A milestone as a report asks about it. */
export interface FormMilestone {
  /** Stable within the activity: the plan's id, else its place in the list (1, 2, …). */
  key: string;
  text: string;
  /** The period it is due in; undefined = by the end of the year. */
  period?: string;
  /** The first period of one that spans several (Q1-Q4). */
  from?: string;
  /** Due in the period reported (not only under way); a late one is due too. */
  due: boolean;
  /** Not reached in the period it was due in (that period's id): asked again until it is. */
  late?: string;
}

/** The key results store a milestone's state under. */
export function milestoneKey(milestone: { id?: string }, index: number): string {
  return milestone.id ?? String(index + 1);
}

/** The items `unitId`'s own reporters report in `periodId`, in plan order (a role's are not theirs). */
export function reportForm(plan: Plan, periodId: string, unitId: string): FormItem[] {
  return formItems(
    plan,
    periodId,
    planItems(plan)
      .filter((item) => reportingPeriods(plan, item).some((period) => period.id === periodId))
      .filter((item) => unitReportingUnitIds(plan, item).includes(unitId)),
  );
}

/** The items as a form shows them: with their goal area's and goal's names and the due milestones. */
export function formItems(plan: Plan, periodId: string, items: PlanItem[]): FormItem[] {
  const areas = new Map(plan.goalAreas.map((area) => [area.id, area]));
  const order = plan.periods.map((period) => period.id);
  return items.map((item) => {
    const area = areas.get(item.goalAreaId);
    const goal = area?.goals.find((candidate) => candidate.id === item.goalId);
    return {
      item,
      goalAreaName: area?.name ?? item.goalAreaId,
      goalName: goal?.name ?? item.goalId,
      milestones: item.kind === "activity" ? milestonesIn(item, periodId, order) : [],
    };
  });
}

/** Units whose own reporters report anything in the period. */
export function unitsReportingIn(plan: Plan, periodId: string): Unit[] {
  const ids = new Set<string>();
  for (const item of planItems(plan)) {
    if (reportingPeriods(plan, item).some((period) => period.id === periodId)) {
      for (const id of unitReportingUnitIds(plan, item)) ids.add(id);
    }
  }
  return plan.units.filter((unit) => ids.has(unit.id));
}

/** The plan's unit with this exact id; NOT_FOUND otherwise (card data names units by id). */
export function unitById(plan: Plan, unitId: string): Unit {
  const unit = plan.units.find((candidate) => candidate.id === unitId);
  if (!unit) {
    throw new DomainError("NOT_FOUND", `Enheten ${unitId} finns inte i planen ${plan.name}.`);
  }
  return unit;
}

/** A unit as a person writes it: id or name, any case; the error lists the units. */
export function unitByText(plan: Plan, text: string): Unit {
  return findUnit(plan, text);
}

/** The activity's milestones shown in `periodId` (from their first period to the one they are due in). */
export function milestonesIn(
  item: Pick<Extract<PlanItem, { kind: "activity" }>, "milestones">,
  periodId: string,
  order: string[],
): FormMilestone[] {
  const at = order.indexOf(periodId);
  const last = order.length - 1;
  return item.milestones.flatMap((milestone, index) => {
    const end = milestone.period ? order.indexOf(milestone.period) : last;
    const start = milestone.from ? order.indexOf(milestone.from) : milestone.period ? end : 0;
    if (at < start || at > end) return [];
    return [
      {
        key: milestoneKey(milestone, index),
        text: milestone.text,
        period: milestone.period,
        ...(milestone.from && { from: milestone.from }),
        due: at === end,
      },
    ];
  });
}
