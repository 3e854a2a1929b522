// Reporters by role: an item with a `reporterRole` is reported by that role's people for the units
// in `roleUnits` (default: every unit that reports the item), and those units' own reporters are
// not asked for it. Pure questions on the plan, asked by the forms, reminders and checks.
import type { Plan, ReporterRole } from "./plan-schema";
import { reportingUnitIds } from "./plan-items";

interface RoleReported {
  reporterRole?: string;
  roleUnits?: string[];
  reportingUnits?: string[];
}

/** The units the item's role reports it for; [] when no role reports it. */
export function roleUnitIds(plan: Pick<Plan, "units">, item: RoleReported): string[] {
  if (item.reporterRole === undefined) return [];
  const reporting = reportingUnitIds(plan, item);
  return item.roleUnits ? item.roleUnits.filter((id) => reporting.includes(id)) : reporting;
}

/** Whether the unit's own reporters report the item (not a role for them). */
export function reportedByUnit(
  plan: Pick<Plan, "units">,
  item: RoleReported,
  unitId: string,
): boolean {
  return !roleUnitIds(plan, item).includes(unitId);
}

/** The units whose own reporters report the item. */
export function unitReportingUnitIds(plan: Pick<Plan, "units">, item: RoleReported): string[] {
  const byRole = new Set(roleUnitIds(plan, item));
  return reportingUnitIds(plan, item).filter((id) => !byRole.has(id));
}

/** What the role is called where people read it. */
export function roleName(role: ReporterRole): string {
  return role.name || role.id;
}

/** The plan's roles that one of these identifiers (lower case UPN/e-mail) is in. */
export function rolesOf(plan: Pick<Plan, "roles">, identifiers: readonly string[]): ReporterRole[] {
  return plan.roles.filter((role) =>
    role.people.some((upn) => identifiers.includes(upn.toLowerCase())),
  );
}
