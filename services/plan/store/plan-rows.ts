// A plan as Table Storage rows, and back. Every table is partitioned by plan, so a plan, or one
// unit's items, is one partition query. Large parts are JSON split over properties
// (json-properties.ts); what comes back is checked with the plan's own schema.
import { escapeKey } from "../../storage/tables";
import {
  activitySchema,
  indicatorSchema,
  narrativeQuestionSchema,
  planSchema,
  unitSchema,
  type Plan,
  type Unit,
} from "../plan-schema";
import { leafUnits, planItems, type PlanItem } from "../plan-items";
import { summarisePlan } from "../plan-summary";
import { jsonProperties, readJsonProperties } from "./json-properties";

export const TABLES = {
  plans: "Plans",
  items: "PlanItems",
  units: "PlanUnits",
  people: "PlanPeople",
} as const;

/** All plans' header rows share one partition: listing plans is one partition query. */
export const PLANS_PARTITION = "plan";

export type Row = Record<string, string | number | boolean> & {
  partitionKey: string;
  rowKey: string;
};

export interface PlanRows {
  header: Row;
  items: Row[];
  units: Row[];
  people: Row[];
}

export interface ImportStamp {
  importedAt: string;
  importedBy: string;
}

export function planPartition(planId: string): string {
  return escapeKey(planId);
}

export function personKey(upnOrEmail: string): string {
  return escapeKey(upnOrEmail.trim().toLowerCase());
}

export function planToRows(plan: Plan, stamp: ImportStamp): PlanRows {
  const partitionKey = planPartition(plan.id);
  const { people, units, goalAreas, ...planFields } = plan;
  const outline = goalAreas.map((area) => ({
    ...area,
    goals: area.goals.map(({ indicators: _i, activities: _a, questions: _q, ...goal }) => goal),
  }));
  const header: Row = {
    partitionKey: PLANS_PARTITION,
    rowKey: escapeKey(plan.id),
    planId: plan.id,
    organisation: plan.organisation,
    year: plan.year,
    name: plan.name,
    importedAt: stamp.importedAt,
    importedBy: stamp.importedBy,
    ...jsonProperties("summary", summarisePlan(plan), "Sammanfattningen"),
    ...jsonProperties("plan", { ...planFields, goalAreas: outline }, "Planens perioder och mål"),
    // The order of items, units and people lives here, so a row changes only when its own content does.
    ...jsonProperties("order", planOrder(plan), "Planens ordning"),
  };
  const items = planItems(plan).map((planItem): Row => {
    const { kind, goalAreaId, goalId, ...item } = planItem;
    return {
      partitionKey,
      rowKey: escapeKey(item.id),
      itemId: item.id,
      kind,
      goalAreaId,
      goalId,
      ...jsonProperties("item", item, `Punkten ${item.id}`),
    };
  });
  const leaves = new Set(leafUnits(plan).map((unit) => unit.id));
  const unitRows = units.map((unit): Row => ({
    partitionKey,
    rowKey: escapeKey(unit.id),
    unitId: unit.id,
    name: unit.name,
    leaf: leaves.has(unit.id),
    ...jsonProperties("unit", unit, `Enheten ${unit.id}`),
  }));
  const admins = new Set(plan.admins.map((upn) => upn.toLowerCase()));
  const unitsOf = (role: "reporters" | "owners", upn: string) =>
    units
      .filter((unit) => unit[role].some((u) => u.toLowerCase() === upn.toLowerCase()))
      .map((unit) => unit.id);
  const peopleRows = people.map((person): Row => ({
    partitionKey,
    rowKey: personKey(person.upn),
    upn: person.upn,
    name: person.name,
    admin: admins.has(person.upn.toLowerCase()),
    ...jsonProperties(
      "reporterFor",
      unitsOf("reporters", person.upn),
      `Enheterna för ${person.upn}`,
    ),
    ...jsonProperties("ownerFor", unitsOf("owners", person.upn), `Enheterna för ${person.upn}`),
  }));
  return { header, items, units: unitRows, people: peopleRows };
}

type Entity = Record<string, unknown>;

export interface PlanOrder {
  items: string[];
  units: string[];
  people: string[];
}

function planOrder(plan: Plan): PlanOrder {
  return {
    items: planItems(plan).map((item) => item.id),
    units: plan.units.map((unit) => unit.id),
    people: plan.people.map((person) => person.upn.toLowerCase()),
  };
}

/** The stored order of the plan's rows; empty lists when the header row has none. */
export function readOrder(header: Entity | undefined): PlanOrder {
  const order = header ? readJsonProperties(header, "order") : undefined;
  const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
  return isRecord(order)
    ? { items: list(order.items), units: list(order.units), people: list(order.people) }
    : { items: [], units: [], people: [] };
}

/** Rows in the stored order, by an id property of theirs; rows the order does not know go last. */
export function inOrder(rows: Entity[], order: string[], idOf: (row: Entity) => string): Entity[] {
  const index = new Map(order.map((id, i) => [id, i]));
  const at = (row: Entity) => index.get(idOf(row)) ?? Number.MAX_SAFE_INTEGER;
  return [...rows].sort((a, b) => at(a) - at(b));
}

/** Builds the plan from its rows and checks it with the schema; throws if the rows do not make a plan. */
export function rowsToPlan(
  header: Entity,
  items: Entity[],
  units: Entity[],
  people: Entity[],
): Plan {
  const base = readJsonProperties(header, "plan");
  if (!isRecord(base) || !Array.isArray(base.goalAreas))
    throw new Error(`Plan row ${String(header.rowKey)} has no plan.`);
  const goals = new Map<string, Entity>();
  for (const area of base.goalAreas) {
    if (!isRecord(area) || !Array.isArray(area.goals)) continue;
    for (const goal of area.goals) {
      if (!isRecord(goal)) continue;
      Object.assign(goal, { indicators: [], activities: [], questions: [] });
      goals.set(String(goal.id), goal);
    }
  }
  const order = readOrder(header);
  const lists = { indicator: "indicators", activity: "activities", question: "questions" } as const;
  for (const row of inOrder(items, order.items, (r) => String(r.itemId))) {
    const goal = goals.get(String(row.goalId));
    const kind = row.kind;
    const list =
      kind === "indicator" || kind === "activity" || kind === "question"
        ? goal?.[lists[kind]]
        : undefined;
    if (Array.isArray(list)) list.push(readJsonProperties(row, "item"));
  }
  return planSchema.parse({
    ...base,
    units: inOrder(units, order.units, (r) => String(r.unitId)).map((row) =>
      readJsonProperties(row, "unit"),
    ),
    people: inOrder(people, order.people, (r) => String(r.upn).toLowerCase()).map((row) => ({
      upn: row.upn,
      name: row.name,
    })),
  });
}

/** One item row as the plan item it stores, with its kind and goal. */
export function rowToItem(row: Entity): PlanItem | undefined {
  const item = readJsonProperties(row, "item");
  const place = { goalAreaId: String(row.goalAreaId), goalId: String(row.goalId) };
  switch (row.kind) {
    case "indicator":
      return { kind: "indicator", ...place, ...indicatorSchema.parse(item) };
    case "activity":
      return { kind: "activity", ...place, ...activitySchema.parse(item) };
    case "question":
      return { kind: "question", ...place, ...narrativeQuestionSchema.parse(item) };
    default:
      return undefined;
  }
}

export function rowToUnit(row: Entity): Unit {
  return unitSchema.parse(readJsonProperties(row, "unit"));
}

function isRecord(value: unknown): value is Entity {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
