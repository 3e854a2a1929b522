// A milestone not reached by the period it was due in is asked again in the activity's next
// reports, marked late, until a report says it is reached (done) or dropped (cancelled). What the
// unit said of it is read from the activity's previous report this year (earlier-results.ts): a
// late milestone must be given a state, so each report carries what the next one needs. With no
// previous report this year, every milestone past its period is asked: nobody said it was reached.
import type { Plan } from "../plan";
import type { EarlierResults } from "./earlier-results";
import { milestoneKey, type FormItem, type FormMilestone } from "./report-form";

const SETTLED = new Set(["done", "cancelled"]);

/** Whether any of the form's activities has a milestone whose period is before this one. */
export function hasPastMilestones(
  plan: Plan,
  periodId: string,
  form: readonly FormItem[],
): boolean {
  const order = plan.periods.map((period) => period.id);
  const at = order.indexOf(periodId);
  return form.some(({ item }) => item.kind === "activity" && pastDue(item, order, at).length > 0);
}

/** The form with each activity's late milestones after those of this period. */
export function withLateMilestones(
  plan: Plan,
  periodId: string,
  form: readonly FormItem[],
  earlier: ReadonlyMap<string, EarlierResults>,
): FormItem[] {
  const order = plan.periods.map((period) => period.id);
  const at = order.indexOf(periodId);
  return form.map((entry) => {
    const { item } = entry;
    if (item.kind !== "activity") return entry;
    const previous = earlier.get(item.id)?.previous;
    const said = previous?.planId === plan.id ? previous.milestones : undefined;
    const late = pastDue(item, order, at).filter(({ key }) => {
      if (!previous || previous.planId !== plan.id) return true;
      const state = said?.[key];
      return state !== undefined && !SETTLED.has(state);
    });
    return late.length > 0 ? { ...entry, milestones: [...entry.milestones, ...late] } : entry;
  });
}

/** The activity's milestones whose period is before `at` (in the plan's order), marked late. */
export function pastDue(
  item: Pick<Extract<FormItem["item"], { kind: "activity" }>, "milestones">,
  order: readonly string[],
  at: number,
): FormMilestone[] {
  return item.milestones.flatMap((milestone, index) => {
    const end = milestone.period ? order.indexOf(milestone.period) : order.length - 1;
    if (!milestone.period || end < 0 || end >= at) return [];
    return [
      {
        key: milestoneKey(milestone, index),
        text: milestone.text,
        period: milestone.period,
        ...(milestone.from && { from: milestone.from }),
        due: true,
        late: milestone.period,
      },
    ];
  });
}
