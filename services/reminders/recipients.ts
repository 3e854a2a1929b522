// Who a period's reminder goes to: the reporters of every unit that reports something in the
// period, one message per person covering all their units, with how many items each unit reports.
// For the "missing" steps, units that have submitted are left out, and so is a person whose units
// have all submitted.
import { planItems, reportingPeriods, type Plan } from "../plan";
import { roleName, roleUnitIds, unitReportingUnitIds } from "../plan/reporter-roles";

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

/** Deputies, absences and roles' submits: what changes who is reminded (docs/reminders.md). */
export interface ReminderCover {
  /** Deputies that last today: they are reminded for the unit beside its reporters. */
  deputies: { unitId: string; deputy: string; deputyName: string }[];
  /** UPNs (lower case) of people away today: not reminded, not even as a deputy. */
  absent: ReadonlySet<string>;
  /** Ids of the reporter roles that have submitted for the period. */
  submittedRoles: ReadonlySet<string>;
}

export const NO_COVER: ReminderCover = {
  deputies: [],
  absent: new Set(),
  submittedRoles: new Set(),
};

/** A role's entry in a reminder: its id prefixed, so it is never taken for a unit's. */
export const ROLE_ENTRY_PREFIX = "role:";

export interface RecipientList {
  recipients: Recipient[];
  /** People left out because every unit of theirs has submitted. */
  alreadyReported: number;
  /** Their keys. */
  reportedKeys: string[];
  /** Units that report in the period but have no reporter: nobody to remind. */
  withoutReporter: ReminderUnit[];
}

/** Unit id → how many items its own reporters report in the period (a role's not), in plan order. */
export function unitsReportingIn(plan: Plan, periodId: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of planItems(plan)) {
    if (!reportingPeriods(plan, item).some((period) => period.id === periodId)) continue;
    for (const unitId of unitReportingUnitIds(plan, item)) {
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
  cover: ReminderCover = NO_COVER,
): RecipientList {
  const names = new Map(plan.people.map((person) => [person.upn.toLowerCase(), person.name]));
  for (const deputy of cover.deputies) {
    if (!names.has(deputy.deputy)) names.set(deputy.deputy, deputy.deputyName || deputy.deputy);
  }
  const unitsById = new Map(plan.units.map((unit) => [unit.id, unit]));
  const byPerson = new Map<string, { all: number; missing: ReminderUnit[] }>();
  const withoutReporter: ReminderUnit[] = [];
  for (const [unitId, items] of unitsReportingIn(plan, periodId)) {
    const unit = unitsById.get(unitId);
    if (!unit) continue;
    const entry: ReminderUnit = { id: unit.id, name: unit.name, items };
    const deputies = cover.deputies.filter((d) => d.unitId === unitId).map((d) => d.deputy);
    const reporters = [...unit.reporters.map((upn) => upn.toLowerCase()), ...deputies];
    if (reporters.length === 0) {
      if (!submitted.has(unitId)) withoutReporter.push(entry);
      continue;
    }
    for (const reporter of new Set(reporters.filter((upn) => !cover.absent.has(upn)))) {
      const person = byPerson.get(reporter) ?? { all: 0, missing: [] };
      person.all += 1;
      if (!submitted.has(unitId)) person.missing.push(entry);
      byPerson.set(reporter, person);
    }
  }
  for (const [role, entry] of rolesReportingIn(plan, periodId)) {
    for (const upn of new Set(role.people.map((p) => p.toLowerCase()))) {
      if (cover.absent.has(upn)) continue;
      const person = byPerson.get(upn) ?? { all: 0, missing: [] };
      person.all += 1;
      if (!cover.submittedRoles.has(role.id)) person.missing.push(entry);
      byPerson.set(upn, person);
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

/** The roles with items due in the period, each as a reminder entry: "HR (4 enheter)". */
function rolesReportingIn(plan: Plan, periodId: string): [Plan["roles"][number], ReminderUnit][] {
  return plan.roles.flatMap((role): [Plan["roles"][number], ReminderUnit][] => {
    const cells = planItems(plan)
      .filter((item) => item.reporterRole === role.id)
      .filter((item) => reportingPeriods(plan, item).some((period) => period.id === periodId))
      .map((item) => roleUnitIds(plan, item));
    const units = new Set(cells.flat());
    if (units.size === 0) return [];
    const name = `${roleName(role)} (${units.size} ${units.size === 1 ? "enhet" : "enheter"})`;
    const items = cells.reduce((sum, ids) => sum + ids.length, 0);
    return [[role, { id: `${ROLE_ENTRY_PREFIX}${role.id}`, name, items }]];
  });
}
