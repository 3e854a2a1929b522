// `Spara utkast`, and moving between the pages of a large report: the card's answers are kept as a
// draft (apart from submitted results, shared by the unit's reporters, last writer wins per item),
// and the card comes back with each value's status so the person sees at once what is red.
import type { Answer, Reporter } from "./report-model";
import { draftsToSave, effectiveAnswers } from "./answers";
import { earlierFor } from "./earlier-results";
import type { ReportSubmission } from "./report-input";
import { windowOf } from "./open-report";
import { assertInputsAllowed, assertWritable, conflictView } from "./report-guards";
import { actingReporter, loadScope, type ReportingDeps, type ReportScope } from "./report-scope";
import { saveDrafts } from "./draft-store";
import { readUnitState, type UnitState } from "./report-store";
import { buildView, type ReportView } from "./report-view";

export async function saveDraft(
  deps: ReportingDeps,
  submission: ReportSubmission,
  person: Reporter,
): Promise<ReportView> {
  const action = submission.target === undefined ? "report.draft" : "report.page";
  const scope = await loadScope(deps, submission, person, action);
  const reporter = actingReporter(scope, person);
  await assertInputsAllowed(deps, scope, submission, reporter, action);
  const state = await readUnitState(deps.store, scope.plan.id, scope.period.id, scope.unit.id);
  const window = windowOf(deps, scope, state);
  await assertWritable(deps, scope, window, reporter, action);
  if (submission.baseVersion !== (state.report?.version ?? 0)) {
    return conflictView(deps, scope, state, window, submission, reporter);
  }

  await keepAsDrafts(deps, scope, state, submission.answers, reporter);

  const earlier = await earlierFor(deps.store, scope);
  return buildView({
    scope,
    state,
    earlier,
    answers: effectiveAnswers(scope.form, state),
    mode: "draft",
    window,
    outcome: submission.target === undefined ? { kind: "draftSaved" } : { kind: "opened" },
    page: submission.target ?? submission.page,
  });
}

/** Saves the card's answers that differ from what the unit has as drafts, and into `state` too. */
export async function keepAsDrafts(
  deps: ReportingDeps,
  scope: ReportScope,
  state: UnitState,
  answers: ReadonlyMap<string, Answer>,
  reporter: Reporter,
): Promise<void> {
  const changed = draftsToSave(scope.form, state, answers, reporter, deps.now().toISOString());
  await saveDrafts(deps.store, scope.plan.id, scope.period.id, scope.unit.id, changed);
  for (const draft of changed) state.drafts.set(draft.itemId, draft);
}
