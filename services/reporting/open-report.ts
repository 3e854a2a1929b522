// Opening one unit's report for a period: the form with what was submitted or drafted, earlier
// results beside each item and the status of each value already given. After the deadline the
// same view is read-only (the card says so); before the period opens it is refused.
import { DomainError } from "../errors";
import { earlierFor } from "./earlier-results";
import { effectiveAnswers } from "./answers";
import type { Reporter } from "./report-model";
import { loadScope, type ReportingDeps, type ReportScope } from "./report-scope";
import { readUnitState, type UnitState } from "./report-store";
import { buildView, type ReportOutcome, type ReportView } from "./report-view";
import { isWritable, notOpenMessage, reportWindow, type ReportWindow } from "./report-window";

export async function openReport(
  deps: ReportingDeps,
  request: { planId: string; periodId: string; unitId: string; page?: number },
  reporter: Reporter,
): Promise<ReportView> {
  const scope = await loadScope(deps, request, reporter, "report.open");
  const state = await readUnitState(deps.store, scope.plan.id, scope.period.id, scope.unit.id);
  const window = windowOf(deps, scope, state);
  if (window === "notOpen") throw new DomainError("PERIOD_CLOSED", notOpenMessage(scope.period));
  return viewOf(deps, scope, state, window, { kind: "opened" }, request.page ?? 0);
}

export function windowOf(deps: ReportingDeps, scope: ReportScope, state: UnitState): ReportWindow {
  return reportWindow(scope.period, deps.now(), deps.workingHours.timeZone, state.report);
}

/** The view of the unit's stored state: drafts and results when writable, results only when not. */
export async function viewOf(
  deps: ReportingDeps,
  scope: ReportScope,
  state: UnitState,
  window: ReportWindow,
  outcome: ReportOutcome,
  page: number,
): Promise<ReportView> {
  const earlier = await earlierFor(deps.store, scope);
  const shown = isWritable(window) ? state : { ...state, drafts: new Map() };
  return buildView({
    scope,
    state: shown,
    earlier,
    answers: effectiveAnswers(scope.form, shown),
    mode: "draft",
    window,
    outcome,
    page,
  });
}
