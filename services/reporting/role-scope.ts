// Which plan, period and role a role report's action is about, checked before anything is read or
// written: the plan and period exist (as for a unit's report, report-scope.ts), the role is in the
// plan, the person is one of its people (or an admin), the role reports something in the period,
// and the period is open for writing. Each unit the role reports for is one section, a unit's scope.
import type { ReportingPeriod } from "../calendar";
import { DomainError, type ErrorCode } from "../errors";
import { planItems, reportingPeriods, type Plan, type ReporterRole } from "../plan";
import { roleUnitIds } from "../plan/reporter-roles";
import type { Reporter } from "./report-model";
import { formItems, type FormItem } from "./report-form";
import type { ReportSubmission } from "./report-input";
import {
  planAndPeriod,
  refusal,
  type RefusalReason,
  type ReportingDeps,
  type ReportScope,
  withLateAsked,
} from "./report-scope";
import { assertOpenForWriting } from "./report-guards";
import { reportWindow, type ReportWindow } from "./report-window";

export interface RoleScope {
  plan: Plan;
  periods: ReportingPeriod[];
  period: ReportingPeriod;
  role: ReporterRole;
  /** One per unit the role reports for in the period, in plan order; `form` is the role's items. */
  sections: ReportScope[];
}

/** The role's items due in the period, by unit, in plan order; units without any left out. */
export function roleForm(plan: Plan, periodId: string, roleId: string): Map<string, FormItem[]> {
  const due = planItems(plan).filter(
    (item) =>
      item.reporterRole === roleId &&
      reportingPeriods(plan, item).some((period) => period.id === periodId),
  );
  const byUnit = new Map<string, FormItem[]>();
  for (const unit of plan.units) {
    const items = due.filter((item) => roleUnitIds(plan, item).includes(unit.id));
    if (items.length > 0) byUnit.set(unit.id, formItems(plan, periodId, items));
  }
  return byUnit;
}

/** Whether the person is one of the role's people. */
export function inRole(role: ReporterRole, reporter: Reporter): boolean {
  return role.people.some((upn) => reporter.identifiers.includes(upn.toLowerCase()));
}

export async function loadRoleScope(
  deps: ReportingDeps,
  request: { planId: string; periodId: string; roleId: string },
  reporter: Reporter,
  action: string,
): Promise<RoleScope> {
  const attempt = {
    planId: request.planId,
    periodId: request.periodId,
    unitId: `role:${request.roleId}`,
  };
  const refuse = (reason: RefusalReason, code: ErrorCode, message: string) =>
    refusal(deps, { ...attempt, reporter, action, reason }, new DomainError(code, message));
  const { plan, periods, period } = await planAndPeriod(deps, request, refuse);
  const role = plan.roles.find((candidate) => candidate.id === request.roleId);
  if (!role) {
    throw await refuse(
      "unknownUnit",
      "NOT_FOUND",
      `Rollen ${request.roleId} finns inte i ${plan.name}. Inget sparades.`,
    );
  }
  if (!reporter.isAdmin && !inRole(role, reporter)) {
    throw await refuse(
      "notReporter",
      "FORBIDDEN",
      `Du ingår inte i rollen ${role.name || role.id}, så du kan inte öppna eller skicka in dess rapport. Inget sparades. Be en administratör om hjälp om det är fel.`,
    );
  }
  const units = new Map(plan.units.map((unit) => [unit.id, unit]));
  const sections = await Promise.all(
    [...roleForm(plan, period.id, role.id)].flatMap(([unitId, asked]) => {
      const unit = units.get(unitId);
      if (!unit) return [];
      const section = { plan, periods, period, unit, form: asked };
      return [withLateAsked(deps, section).then((late) => ({ ...section, ...late }))];
    }),
  );
  if (sections.length === 0) {
    throw await refuse(
      "nothingToReport",
      "NOT_FOUND",
      `Rollen ${role.name || role.id} har inget att rapportera för ${period.label}.`,
    );
  }
  return { plan, periods, period, role, sections };
}

/** The card's `unitId` field carries the role's id on a role report card. */
export function roleRequest(submission: ReportSubmission) {
  return { planId: submission.planId, periodId: submission.periodId, roleId: submission.unitId };
}

export function roleIds(scope: RoleScope) {
  return { planId: scope.plan.id, periodId: scope.period.id, roleId: scope.role.id };
}

export function roleWindow(deps: ReportingDeps, scope: RoleScope): ReportWindow {
  return reportWindow(scope.period, deps.now(), deps.workingHours.timeZone);
}

export async function assertRoleWritable(
  deps: ReportingDeps,
  scope: RoleScope,
  window: ReportWindow,
  reporter: Reporter,
  action: string,
): Promise<void> {
  const attempt = {
    planId: scope.plan.id,
    periodId: scope.period.id,
    unitId: `role:${scope.role.id}`,
    reporter,
    action,
  };
  await assertOpenForWriting(deps, attempt, scope.period, window);
}
