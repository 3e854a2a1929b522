// A reporter role's report (HR, Handläggare …): one card with a section per unit the role reports
// its items for, checked exactly as a unit's report (each unit's rules, unit types, earlier
// results and comparison values), a draft kept across pages and refused submits, and one submit
// that writes every unit's results under the role's own report row and ETag (role-report-store.ts).
// Who may act and on what: role-scope.ts; the card's answers: role-inputs.ts; the card: role-view.ts.
import { DomainError, isDomainError } from "../errors";
import { itemResult, sameResult } from "./item-result";
import type { Reporter, Result, UnitReport } from "./report-model";
import type { ReportSubmission } from "./report-input";
import type { ReportingDeps } from "./report-scope";
import type { ReportChange } from "./report-store";
import { errorCount, type ItemView } from "./report-view";
import { notOpenMessage } from "./report-window";
import { keepRoleDrafts, roleInputs } from "./role-inputs";
import { commitRoleReport, deleteRoleDrafts } from "./role-report-store";
import {
  assertRoleWritable,
  loadRoleScope,
  roleIds,
  roleRequest,
  roleWindow,
  type RoleScope,
} from "./role-scope";
import {
  readRoleScopeState,
  roleConflict,
  roleReportView,
  roleSections,
  roleView,
  type RoleReportView,
} from "./role-view";

export { CELL_SEPARATOR } from "./role-inputs";
export { inRole, loadRoleScope, roleForm, type RoleScope } from "./role-scope";
export type { RoleReportView } from "./role-view";

export async function openRoleReport(
  deps: ReportingDeps,
  request: { planId: string; periodId: string; roleId: string; page?: number },
  reporter: Reporter,
): Promise<RoleReportView> {
  const scope = await loadRoleScope(deps, request, reporter, "role.open");
  const state = await readRoleScopeState(deps, scope);
  const window = roleWindow(deps, scope);
  if (window === "notOpen") throw new DomainError("PERIOD_CLOSED", notOpenMessage(scope.period));
  return roleReportView(deps, scope, state, window, "draft", { kind: "opened" }, request.page ?? 0);
}

export async function saveRoleDraft(
  deps: ReportingDeps,
  submission: ReportSubmission,
  reporter: Reporter,
): Promise<RoleReportView> {
  const action = submission.target === undefined ? "role.draft" : "role.page";
  const scope = await loadRoleScope(deps, roleRequest(submission), reporter, action);
  const sent = await roleInputs(deps, scope, submission, reporter, action);
  const state = await readRoleScopeState(deps, scope);
  const window = roleWindow(deps, scope);
  await assertRoleWritable(deps, scope, window, reporter, action);
  if (submission.baseVersion !== (state.report?.version ?? 0)) {
    return roleReportView(deps, scope, state, window, "draft", roleConflict(), submission.page);
  }
  await keepRoleDrafts(deps, scope, state, sent, reporter);
  return roleReportView(
    deps,
    scope,
    state,
    window,
    "draft",
    submission.target === undefined ? { kind: "draftSaved" } : { kind: "opened" },
    submission.target ?? submission.page,
  );
}

export async function submitRoleReport(
  deps: ReportingDeps,
  submission: ReportSubmission,
  reporter: Reporter,
): Promise<RoleReportView> {
  const scope = await loadRoleScope(deps, roleRequest(submission), reporter, "role.submit");
  const sent = await roleInputs(deps, scope, submission, reporter, "role.submit");
  const state = await readRoleScopeState(deps, scope);
  const window = roleWindow(deps, scope);
  await assertRoleWritable(deps, scope, window, reporter, "role.submit");
  const version = state.report?.version ?? 0;
  if (submission.baseVersion !== version) {
    return roleReportView(deps, scope, state, window, "draft", roleConflict(), submission.page);
  }
  const checked = await roleSections(
    deps,
    scope,
    state,
    window,
    "submit",
    { kind: "opened" },
    submission.page,
    sent,
  );
  const errors = checked.reduce((sum, section) => sum + errorCount(section), 0);
  if (errors > 0) {
    await keepRoleDrafts(deps, scope, state, sent, reporter);
    return roleView(
      scope,
      state,
      window,
      checked.map((s) => ({ ...s, outcome: { kind: "invalid", errorCount: errors } })),
      {
        kind: "invalid",
        errorCount: errors,
      },
      submission.page,
    );
  }
  const at = deps.now().toISOString();
  const next: UnitReport = {
    unitId: scope.role.id,
    version: version + 1,
    submittedAt: at,
    submittedBy: reporter.id,
    submittedByName: reporter.name,
  };
  const changes: ReportChange[] = checked.flatMap((section) =>
    section.items
      .map((item) => ({
        before: state.units.get(section.unit.id)?.results.get(item.form.item.id),
        after: roleResult(scope, section.unit.id, item, reporter, at, next.version),
      }))
      .filter(({ before, after }) => !sameResult(before, after)),
  );
  let committed: UnitReport;
  try {
    committed = await commitRoleReport(deps.store, {
      planId: scope.plan.id,
      periodId: scope.period.id,
      roleId: scope.role.id,
      current: state.report,
      next,
      changes,
    });
  } catch (error) {
    if (!isDomainError(error, "CONFLICT")) throw error;
    const fresh = await readRoleScopeState(deps, scope);
    return roleReportView(deps, scope, fresh, window, "draft", roleConflict(), submission.page);
  }
  await deleteRoleDrafts(deps.store, roleIds(scope), committed.version).catch((error: unknown) =>
    deps.logger.warn({ module: "reporting", err: error }, "role drafts not deleted after submit"),
  );
  const units = new Map(
    [...state.units].map(([unitId, unitState]) => {
      const results = new Map(unitState.results);
      for (const { after } of changes)
        if (after.unitId === unitId) results.set(after.itemId, after);
      return [unitId, { report: committed, results, drafts: new Map() }];
    }),
  );
  return roleReportView(
    deps,
    scope,
    { report: committed, units },
    window,
    "draft",
    { kind: "submitted", changed: changes.length },
    submission.page,
  );
}

function roleResult(
  scope: RoleScope,
  unitId: string,
  view: ItemView,
  reporter: Reporter,
  at: string,
  version: number,
): Result {
  const where = { planId: scope.plan.id, periodId: scope.period.id, unitId };
  return { ...itemResult(where, view, reporter, at, version), role: scope.role.id };
}
