// A reporter role's report (HR, Handläggare …): one card with a section per unit the role reports
// its items for, checked exactly as a unit's report (each unit's rules, unit types, earlier
// results and comparison values), a draft kept across pages and refused submits, and one submit
// that writes every unit's results under the role's own report row and ETag (role-report-store.ts).
// A card's input names the unit and the item: `v:<unit>/<item>` (ids never hold a `/`).
import type { ReportingPeriod } from "../calendar";
import { DomainError, isDomainError } from "../errors";
import { loadPlan, planItems, reportingPeriods, type Plan, type ReporterRole } from "../plan";
import { roleUnitIds } from "../plan/reporter-roles";
import { activityStates } from "../plan/plan-schema";
import { draftsToSave, effectiveAnswers, inputProblem } from "./answers";
import { earlierFor } from "./earlier-results";
import type { Answer, Reporter, Result, UnitReport } from "./report-model";
import { formItems, type FormItem } from "./report-form";
import type { ReportSubmission } from "./report-input";
import { refusal, resolvePeriods, type ReportingDeps, type ReportScope } from "./report-scope";
import type { ReportChange } from "./report-store";
import {
  buildView,
  errorCount,
  type ItemView,
  type ReportOutcome,
  type ReportView,
} from "./report-view";
import {
  closedMessage,
  isWritable,
  notOpenMessage,
  reportWindow,
  type ReportWindow,
} from "./report-window";
import {
  commitRoleReport,
  deleteRoleDrafts,
  readRoleState,
  saveRoleDrafts,
  type RoleState,
} from "./role-report-store";

export const CELL_SEPARATOR = "/";

export interface RoleScope {
  plan: Plan;
  periods: ReportingPeriod[];
  period: ReportingPeriod;
  role: ReporterRole;
  /** One per unit the role reports for in the period, in plan order; `form` is the role's items. */
  sections: ReportScope[];
}

export interface RoleReportView {
  plan: Pick<Plan, "id" | "name" | "organisation" | "year">;
  period: ReportingPeriod;
  role: { id: string; name: string };
  window: ReportWindow;
  report?: UnitReport;
  version: number;
  /** Each unit's part of the card, as a unit report's view. */
  sections: ReportView[];
  page: number;
  outcome: ReportOutcome;
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
  const refuse = async (reason: Parameters<typeof refusal>[1]["reason"], error: DomainError) =>
    refusal(deps, { ...attempt, reporter, action, reason }, error);
  const plan = await loadPlan(deps.store, request.planId);
  if (!plan) {
    throw await refuse(
      "unknownPlan",
      new DomainError(
        "NOT_FOUND",
        "Planen som kortet gäller finns inte längre. Skriv rapportera för att öppna den aktuella rapporten.",
      ),
    );
  }
  const periods = await resolvePeriods(deps, plan);
  const period = periods.find((candidate) => candidate.id === request.periodId);
  if (!period) {
    throw await refuse(
      "unknownPeriod",
      new DomainError("BAD_ARGUMENT", `Perioden ${request.periodId} finns inte i ${plan.name}.`),
    );
  }
  const role = plan.roles.find((candidate) => candidate.id === request.roleId);
  if (!role) {
    throw await refuse(
      "unknownUnit",
      new DomainError(
        "NOT_FOUND",
        `Rollen ${request.roleId} finns inte i ${plan.name}. Inget sparades.`,
      ),
    );
  }
  if (!reporter.isAdmin && !inRole(role, reporter)) {
    throw await refuse(
      "notReporter",
      new DomainError(
        "FORBIDDEN",
        `Du ingår inte i rollen ${role.name || role.id}, så du kan inte öppna eller skicka in dess rapport. Inget sparades. Be en administratör om hjälp om det är fel.`,
      ),
    );
  }
  const units = new Map(plan.units.map((unit) => [unit.id, unit]));
  const sections = [...roleForm(plan, period.id, role.id)].flatMap(([unitId, form]) => {
    const unit = units.get(unitId);
    return unit ? [{ plan, periods, period, unit, form }] : [];
  });
  if (sections.length === 0) {
    throw await refuse(
      "nothingToReport",
      new DomainError(
        "NOT_FOUND",
        `Rollen ${role.name || role.id} har inget att rapportera för ${period.label}.`,
      ),
    );
  }
  return { plan, periods, period, role, sections };
}

export async function openRoleReport(
  deps: ReportingDeps,
  request: { planId: string; periodId: string; roleId: string; page?: number },
  reporter: Reporter,
): Promise<RoleReportView> {
  const scope = await loadRoleScope(deps, request, reporter, "role.open");
  const state = await readState(deps, scope);
  const window = windowOf(deps, scope);
  if (window === "notOpen") throw new DomainError("PERIOD_CLOSED", notOpenMessage(scope.period));
  return view(deps, scope, state, window, "draft", { kind: "opened" }, request.page ?? 0);
}

export async function saveRoleDraft(
  deps: ReportingDeps,
  submission: ReportSubmission,
  reporter: Reporter,
): Promise<RoleReportView> {
  const action = submission.target === undefined ? "role.draft" : "role.page";
  const scope = await loadRoleScope(deps, roleRequest(submission), reporter, action);
  const sent = await checkedInputs(deps, scope, submission, reporter, action);
  const state = await readState(deps, scope);
  const window = windowOf(deps, scope);
  await assertRoleWritable(deps, scope, window, reporter, action);
  if (submission.baseVersion !== (state.report?.version ?? 0)) {
    return view(deps, scope, state, window, "draft", conflict(), submission.page);
  }
  await keepRoleDrafts(deps, scope, state, sent, reporter);
  return view(
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
  const sent = await checkedInputs(deps, scope, submission, reporter, "role.submit");
  const state = await readState(deps, scope);
  const window = windowOf(deps, scope);
  await assertRoleWritable(deps, scope, window, reporter, "role.submit");
  const version = state.report?.version ?? 0;
  if (submission.baseVersion !== version) {
    return view(deps, scope, state, window, "draft", conflict(), submission.page);
  }
  const checked = await sectionsOf(
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
        after: toResult(scope, section.unit.id, item, reporter, at, next.version),
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
    const fresh = await readState(deps, scope);
    return view(deps, scope, fresh, window, "draft", conflict(), submission.page);
  }
  await deleteRoleDrafts(deps.store, ids(scope), committed.version).catch((error: unknown) =>
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
  return view(
    deps,
    scope,
    { report: committed, units },
    window,
    "draft",
    { kind: "submitted", changed: changes.length },
    submission.page,
  );
}

/** The card's `unitId` field carries the role's id on a role report card. */
function roleRequest(submission: ReportSubmission) {
  return { planId: submission.planId, periodId: submission.periodId, roleId: submission.unitId };
}

function ids(scope: RoleScope) {
  return { planId: scope.plan.id, periodId: scope.period.id, roleId: scope.role.id };
}

function readState(deps: ReportingDeps, scope: RoleScope): Promise<RoleState> {
  const cells = new Map(
    scope.sections.map((section) => [
      section.unit.id,
      new Set(section.form.map((form) => form.item.id)),
    ]),
  );
  return readRoleState(deps.store, { ...ids(scope), cells });
}

function windowOf(deps: ReportingDeps, scope: RoleScope): ReportWindow {
  return reportWindow(scope.period, deps.now(), deps.workingHours.timeZone);
}

async function assertRoleWritable(
  deps: ReportingDeps,
  scope: RoleScope,
  window: ReportWindow,
  reporter: Reporter,
  action: string,
): Promise<void> {
  if (isWritable(window)) return;
  const closed = window === "closed";
  throw await refusal(
    deps,
    {
      planId: scope.plan.id,
      periodId: scope.period.id,
      unitId: `role:${scope.role.id}`,
      reporter,
      action,
      reason: closed ? "periodClosed" : "notOpenYet",
    },
    new DomainError(
      "PERIOD_CLOSED",
      `${closed ? closedMessage(scope.period) : notOpenMessage(scope.period)} Inget sparades.`,
    ),
  );
}

/** The card's answers by unit; refuses a card that names a unit or an item the role does not report. */
async function checkedInputs(
  deps: ReportingDeps,
  scope: RoleScope,
  submission: ReportSubmission,
  reporter: Reporter,
  action: string,
): Promise<Map<string, Map<string, Answer>>> {
  const byUnit = new Map<string, Map<string, Answer>>();
  const sections = new Map(scope.sections.map((section) => [section.unit.id, section]));
  const refuse = async (
    itemId: string,
    reason: "unknownItem" | "wrongField" | "tooLong",
    error: DomainError,
  ) =>
    refusal(
      deps,
      { ...ids(scope), unitId: `role:${scope.role.id}`, reporter, action, reason, itemId },
      error,
    );
  for (const [key, answer] of submission.answers) {
    const at = key.indexOf(CELL_SEPARATOR);
    const section = at > 0 ? sections.get(key.slice(0, at)) : undefined;
    if (!section) {
      throw await refuse(
        key,
        "unknownItem",
        new DomainError(
          "BAD_ARGUMENT",
          `Kortet innehåller något som inte ingår i rollens rapport. Inget sparades. Skriv rapportera för att öppna rapporten igen.`,
        ),
      );
    }
    const answers = byUnit.get(section.unit.id) ?? new Map<string, Answer>();
    answers.set(key.slice(at + 1), answer);
    byUnit.set(section.unit.id, answers);
  }
  for (const section of scope.sections) {
    const problem = inputProblem(
      section.form,
      byUnit.get(section.unit.id) ?? new Map(),
      section.unit.name,
    );
    if (problem)
      throw await refuse(`${section.unit.id}/${problem.itemId}`, problem.reason, problem.error);
  }
  return byUnit;
}

async function keepRoleDrafts(
  deps: ReportingDeps,
  scope: RoleScope,
  state: RoleState,
  sent: Map<string, Map<string, Answer>>,
  reporter: Reporter,
): Promise<void> {
  const savedAt = deps.now().toISOString();
  const drafts = scope.sections.flatMap((section) => {
    const unitState = state.units.get(section.unit.id);
    const answers = sent.get(section.unit.id);
    if (!unitState || !answers) return [];
    return draftsToSave(section.form, unitState, answers, reporter, savedAt).map((draft) => ({
      unitId: section.unit.id,
      draft,
    }));
  });
  await saveRoleDrafts(deps.store, ids(scope), drafts);
  for (const { unitId, draft } of drafts) state.units.get(unitId)?.drafts.set(draft.itemId, draft);
}

async function sectionsOf(
  deps: ReportingDeps,
  scope: RoleScope,
  state: RoleState,
  window: ReportWindow,
  mode: "draft" | "submit",
  outcome: ReportOutcome,
  page: number,
  sent: Map<string, Map<string, Answer>> = new Map(),
): Promise<ReportView[]> {
  const writable = isWritable(window);
  return Promise.all(
    scope.sections.map(async (section) => {
      const unitState = state.units.get(section.unit.id) ?? {
        report: state.report,
        results: new Map(),
        drafts: new Map(),
      };
      const shown = writable ? unitState : { ...unitState, drafts: new Map() };
      return buildView({
        scope: section,
        state: shown,
        earlier: await earlierFor(deps.store, section),
        answers: effectiveAnswers(section.form, shown, sent.get(section.unit.id)),
        mode,
        window,
        outcome,
        page,
      });
    }),
  );
}

async function view(
  deps: ReportingDeps,
  scope: RoleScope,
  state: RoleState,
  window: ReportWindow,
  mode: "draft" | "submit",
  outcome: ReportOutcome,
  page: number,
): Promise<RoleReportView> {
  const sections = await sectionsOf(deps, scope, state, window, mode, outcome, page);
  return roleView(scope, state, window, sections, outcome, page);
}

function roleView(
  scope: RoleScope,
  state: RoleState,
  window: ReportWindow,
  sections: ReportView[],
  outcome: ReportOutcome,
  page: number,
): RoleReportView {
  const { id, name, organisation, year } = scope.plan;
  return {
    plan: { id, name, organisation, year },
    period: scope.period,
    role: { id: scope.role.id, name: scope.role.name || scope.role.id },
    window,
    report: state.report,
    version: state.report?.version ?? 0,
    sections,
    page,
    outcome,
  };
}

function conflict(): ReportOutcome {
  return { kind: "conflict", unsent: [] };
}

function toResult(
  scope: RoleScope,
  unitId: string,
  view: ItemView,
  reporter: Reporter,
  at: string,
  version: number,
): Result {
  const { item } = view.form;
  const { answer, judgement, number, yes } = view.checked;
  return {
    planId: scope.plan.id,
    periodId: scope.period.id,
    unitId,
    itemId: item.id,
    kind: item.kind,
    value: item.kind === "indicator" ? (answer.value ?? "") : "",
    number,
    yes,
    status: judgement?.status ?? "none",
    explanation: judgement?.explanation ?? "",
    activityState: activityStates.find((state) => state === answer.state),
    comment: item.kind === "question" ? "" : (answer.comment ?? ""),
    text: item.kind === "question" ? (answer.text ?? "") : "",
    by: reporter.id,
    byName: reporter.name,
    at,
    version,
    role: scope.role.id,
  };
}

function sameResult(before: Result | undefined, after: Result): boolean {
  if (!before) return false;
  return (
    before.role === after.role &&
    before.value === after.value &&
    before.status === after.status &&
    before.explanation === after.explanation &&
    before.activityState === after.activityState &&
    before.comment === after.comment &&
    before.text === after.text
  );
}
