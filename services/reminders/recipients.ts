// Who a period's reminder goes to: the reporters of every unit that reports something in the
// period, one message per person covering all their units, with how many items each unit reports.
// For the "missing" steps, units that have submitted are left out, and so is a person whose units
// have all submitted.
import { planItems, reportingPeriods, reportingUnitIds, type Plan } from "../plan";

export interface ReminderUnit {
  id: string;
  name: string;
  /** Indicators, activities and questions the unit reports in the period. */
  items: number;
  /** Set when the unit is another plan's than its job's (a merged step, merge-steps.ts). */
  planId?: string;
  periodId?: string;
}

export interface Recipient {
  /** The UPN or e-mail the plan names the person by, lower case: the person part of the key. */
  key: string;
  name: string;
  units: ReminderUnit[];
}

export interface RecipientList {
  recipients: Recipient[];
  /** People left out because every unit of theirs has submitted. */
  alreadyReported: number;
  /** Their keys. */
  reportedKeys: string[];
  /** Units that report in the period but have no reporter: nobody to remind. */
  withoutReporter: ReminderUnit[];
}

/** Unit id → how many items it reports in the period, in plan order. */
export function unitsReportingIn(plan: Plan, periodId: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of planItems(plan)) {
    if (!reportingPeriods(plan, item).some((period) => period.id === periodId)) continue;
    for (const unitId of reportingUnitIds(plan, item)) {
      counts.set(unitId, (counts.get(unitId) ?? 0) + 1);
    }
  }
  const order = new Map(plan.units.map((unit, index) => [unit.id, index]));
  return new Map([...counts].sort(([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0)));
}

export function recipientsFor(
  plan: Plan,
  periodId: string,
  submitted: ReadonlySet<string> = new Set(),
): RecipientList {
  const names = new Map(plan.people.map((person) => [person.upn.toLowerCase(), person.name]));
  const unitsById = new Map(plan.units.map((unit) => [unit.id, unit]));
  const byPerson = new Map<string, { all: number; missing: ReminderUnit[] }>();
  const withoutReporter: ReminderUnit[] = [];
  for (const [unitId, items] of unitsReportingIn(plan, periodId)) {
    const unit = unitsById.get(unitId);
    if (!unit) continue;
    const entry: ReminderUnit = { id: unit.id, name: unit.name, items };
    if (unit.reporters.length === 0) {
      if (!submitted.has(unitId)) withoutReporter.push(entry);
      continue;
    }
    for (const reporter of new Set(unit.reporters.map((upn) => upn.toLowerCase()))) {
      const person = byPerson.get(reporter) ?? { all: 0, missing: [] };
      person.all += 1;
      if (!submitted.has(unitId)) person.missing.push(entry);
      byPerson.set(reporter, person);
    }
  }
  const recipients: Recipient[] = [];
  const reportedKeys: string[] = [];
  for (const [key, { missing }] of byPerson) {
    if (missing.length === 0) reportedKeys.push(key);
    else recipients.push({ key, name: names.get(key) ?? key, units: missing });
  }
  return { recipients, alreadyReported: reportedKeys.length, reportedKeys, withoutReporter };
}
