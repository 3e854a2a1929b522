// What a role report's card shows: each unit's section built as a unit report's view (report-view.ts)
// over the role's stored state, drafts shown only while the period is open for writing.
import type { ReportingPeriod } from "../calendar";
import type { Plan } from "../plan";
import { effectiveAnswers } from "./answers";
import { earlierFor } from "./earlier-results";
import type { Answer, UnitReport } from "./report-model";
import type { ReportingDeps } from "./report-scope";
import { buildView, type ReportOutcome, type ReportView } from "./report-view";
import { isWritable, type ReportWindow } from "./report-window";
import { readRoleState, type RoleState } from "./role-report-store";
import { roleIds, type RoleScope } from "./role-scope";

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

export function readRoleScopeState(deps: ReportingDeps, scope: RoleScope): Promise<RoleState> {
  const cells = new Map(
    scope.sections.map((section) => [
      section.unit.id,
      new Set(section.form.map((form) => form.item.id)),
    ]),
  );
  return readRoleState(deps.store, { ...roleIds(scope), cells });
}

export async function roleSections(
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

export async function roleReportView(
  deps: ReportingDeps,
  scope: RoleScope,
  state: RoleState,
  window: ReportWindow,
  mode: "draft" | "submit",
  outcome: ReportOutcome,
  page: number,
): Promise<RoleReportView> {
  const sections = await roleSections(deps, scope, state, window, mode, outcome, page);
  return roleView(scope, state, window, sections, outcome, page);
}

export function roleView(
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

export function roleConflict(): ReportOutcome {
  return { kind: "conflict", unsent: [] };
}
