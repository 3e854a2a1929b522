// The items to follow up, flat, with the goal they belong to; and the defaults a plan leaves
// implicit: an item without periods is reported in every period, one without reporting units by
// every leaf unit of the tree.
import type { Activity, Indicator, NarrativeQuestion, Plan, PlanPeriod, Unit } from "./plan-schema";

interface ItemPlace {
  goalAreaId: string;
  goalId: string;
}

export type PlanItem =
  | ({ kind: "indicator" } & ItemPlace & Indicator)
  | ({ kind: "activity" } & ItemPlace & Activity)
  | ({ kind: "question" } & ItemPlace & NarrativeQuestion);

export type ItemKind = PlanItem["kind"];

/** Every indicator, activity and question of the plan, in plan order. */
export function planItems(plan: Plan): PlanItem[] {
  const items: PlanItem[] = [];
  for (const area of plan.goalAreas) {
    for (const goal of area.goals) {
      const place = { goalAreaId: area.id, goalId: goal.id };
      for (const indicator of goal.indicators)
        items.push({ kind: "indicator", ...place, ...indicator });
      for (const activity of goal.activities)
        items.push({ kind: "activity", ...place, ...activity });
      for (const question of goal.questions)
        items.push({ kind: "question", ...place, ...question });
    }
  }
  return items;
}

/** Units that no other unit names as parent: where the work is done. */
export function leafUnits(plan: Pick<Plan, "units">): Unit[] {
  const parents = new Set(plan.units.map((unit) => unit.parent).filter((id) => id !== undefined));
  return plan.units.filter((unit) => !parents.has(unit.id));
}

type WithReporting = Pick<Indicator, "periods" | "reportingUnits">;

/** Ids of the units that report the item. */
export function reportingUnitIds(plan: Pick<Plan, "units">, item: WithReporting): string[] {
  return item.reportingUnits ?? leafUnits(plan).map((unit) => unit.id);
}

/** The periods the item is reported in, in plan order. */
export function reportingPeriods(plan: Pick<Plan, "periods">, item: WithReporting): PlanPeriod[] {
  if (!item.periods) return plan.periods;
  const wanted = new Set(item.periods);
  return plan.periods.filter((period) => wanted.has(period.id));
}

/** What a plan calls an item in a sentence: its name, or a question's text. */
export function itemTitle(item: PlanItem): string {
  return item.kind === "question" ? item.text : item.name;
}
