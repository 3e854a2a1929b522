// What an import changed compared with the plan stored before it: items, units, people, periods
// and goals added, changed or removed, by id, with names for people to read.
import { isDeepStrictEqual } from "node:util";
import type { Plan } from "./plan-schema";
import { itemTitle, planItems } from "./plan-items";

export interface Changed {
  id: string;
  name: string;
}

export interface ChangeList {
  added: Changed[];
  changed: Changed[];
  removed: Changed[];
}

export interface PlanChanges {
  /** True when there was no plan with this id before. */
  created: boolean;
  items: ChangeList;
  units: ChangeList;
  people: ChangeList;
  periods: ChangeList;
  goals: ChangeList;
}

export function planChanges(before: Plan | undefined, after: Plan): PlanChanges {
  const old = before ?? { ...after, periods: [], people: [], units: [], goalAreas: [], admins: [] };
  const goalsOf = (plan: Plan) =>
    plan.goalAreas.flatMap((area) =>
      area.goals.map(({ indicators: _i, activities: _a, questions: _q, ...goal }) => ({
        ...goal,
        goalAreaId: area.id,
      })),
    );
  return {
    created: before === undefined,
    items: compare(planItems(old), planItems(after), (item) => item.id, itemTitle),
    units: compare(
      old.units,
      after.units,
      (unit) => unit.id,
      (unit) => unit.name,
    ),
    people: compare(
      peopleOf(old),
      peopleOf(after),
      (person) => person.upn.toLowerCase(),
      (person) => person.name,
    ),
    periods: compare(
      old.periods,
      after.periods,
      (period) => period.id,
      (period) => period.label ?? period.id,
    ),
    goals: compare(
      goalsOf(old),
      goalsOf(after),
      (goal) => goal.id,
      (goal) => goal.name,
    ),
  };
}

/** People with what they are responsible for, so that a new role counts as a change. */
function peopleOf(plan: Plan) {
  const is = (list: string[], upn: string) =>
    list.some((u) => u.toLowerCase() === upn.toLowerCase());
  return plan.people.map((person) => ({
    ...person,
    admin: is(plan.admins, person.upn),
    reporterFor: plan.units.filter((unit) => is(unit.reporters, person.upn)).map((unit) => unit.id),
    ownerFor: plan.units.filter((unit) => is(unit.owners, person.upn)).map((unit) => unit.id),
  }));
}

function compare<T>(
  before: T[],
  after: T[],
  idOf: (x: T) => string,
  nameOf: (x: T) => string,
): ChangeList {
  const old = new Map(before.map((x) => [idOf(x), x]));
  const now = new Set(after.map(idOf));
  const list: ChangeList = { added: [], changed: [], removed: [] };
  for (const x of after) {
    const previous = old.get(idOf(x));
    const entry = { id: idOf(x), name: nameOf(x) };
    if (previous === undefined) list.added.push(entry);
    else if (!isDeepStrictEqual(previous, x)) list.changed.push(entry);
  }
  for (const x of before)
    if (!now.has(idOf(x))) list.removed.push({ id: idOf(x), name: nameOf(x) });
  return list;
}

export function hasChanges(changes: PlanChanges): boolean {
  return [changes.items, changes.units, changes.people, changes.periods, changes.goals].some(
    (list) => list.added.length + list.changed.length + list.removed.length > 0,
  );
}

const SHOWN = 8;

/** Swedish lines for the command line and the bot's reply: one per kind of part that changed. */
export function describeChanges(changes: PlanChanges): string[] {
  if (changes.created) return ["Ny plan: inget fanns sparat under detta id."];
  if (!hasChanges(changes)) return ["Inga ändringar jämfört med den sparade planen."];
  const lines = [
    line("Punkter att följa upp", changes.items),
    line("Enheter", changes.units),
    line("Personer", changes.people),
    line("Perioder", changes.periods),
    line("Mål", changes.goals),
  ].filter((text): text is string => text !== undefined);
  if (changes.items.removed.length > 0 || changes.units.removed.length > 0) {
    lines.push(
      "Resultat som redan rapporterats för borttagna punkter och enheter finns kvar, men följs inte längre upp.",
    );
  }
  return lines;
}

function line(label: string, list: ChangeList): string | undefined {
  const parts = [
    part(list.added, "ny", "nya"),
    part(list.changed, "ändrad", "ändrade"),
    part(list.removed, "borttagen", "borttagna"),
  ].filter((text): text is string => text !== undefined);
  return parts.length === 0 ? undefined : `${label}: ${parts.join("; ")}.`;
}

function part(entries: Changed[], one: string, many: string): string | undefined {
  if (entries.length === 0) return undefined;
  const shown = entries.slice(0, SHOWN).map((entry) => entry.id);
  const more = entries.length > SHOWN ? ` och ${entries.length - SHOWN} till` : "";
  return `${entries.length} ${entries.length === 1 ? one : many} (${shown.join(", ")}${more})`;
}
