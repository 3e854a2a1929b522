// `Skicka in`: checks every answer of the unit's report (the card's, over the draft, over what was
// submitted); with any error nothing is submitted, the answers are kept as a draft and the card
// comes back with each error beside its field. Otherwise the changed results are written with a
// new version of the report, ETag-guarded: when someone else submitted first, the person sees their
// values and is told which of their own answers were not saved. The same submit twice (a double
// click) gets the receipt, not a conflict.
import { isDomainError } from "../errors";
import { answerOfResult, effectiveAnswers, sameAnswer } from "./answers";
import { itemResult, sameResult } from "./item-result";
import { keepAsDrafts } from "./save-draft";
import { earlierFor, type EarlierResults } from "./earlier-results";
import type { Reporter, UnitReport } from "./report-model";
import type { ReportSubmission } from "./report-input";
import { windowOf } from "./open-report";
import { assertInputsAllowed, assertWritable, conflictView } from "./report-guards";
import { actingReporter, loadScope, type ReportingDeps, type ReportScope } from "./report-scope";
import { deleteDrafts } from "./draft-store";
import { commitReport, readUnitState, type ReportChange, type UnitState } from "./report-store";
import { buildView, errorCount, type ReportOutcome, type ReportView } from "./report-view";

const ATTEMPTS = 2;

export async function submitReport(
  deps: ReportingDeps,
  submission: ReportSubmission,
  person: Reporter,
): Promise<ReportView> {
  const scope = await loadScope(deps, submission, person, "report.submit");
  const reporter = actingReporter(scope, person);
  await assertInputsAllowed(deps, scope, submission, reporter, "report.submit");
  const earlier = await earlierFor(deps.store, scope);
  for (let attempt = 1; ; attempt += 1) {
    const state = await readUnitState(deps.store, scope.plan.id, scope.period.id, scope.unit.id);
    const window = windowOf(deps, scope, state);
    await assertWritable(deps, scope, window, reporter, "report.submit");
    const version = state.report?.version ?? 0;
    if (submission.baseVersion !== version) {
      if (version > 0 && sameAsSubmitted(scope, state, submission)) {
        return receipt(scope, state, earlier, window, 0, submission.page);
      }
      return conflictView(deps, scope, state, window, submission, reporter);
    }

    const answers = effectiveAnswers(scope.form, state, submission.answers);
    const checkedView = (outcome: ReportOutcome) =>
      buildView({
        scope,
        state,
        earlier,
        answers,
        mode: "submit",
        window,
        outcome,
        page: submission.page,
      });
    const checked = checkedView({ kind: "opened" });
    const errors = errorCount(checked);
    if (errors > 0) {
      // Nothing half-valid is submitted, but nothing typed is lost either: it is kept as a draft.
      await keepAsDrafts(deps, scope, state, submission.answers, reporter);
      return checkedView({ kind: "invalid", errorCount: errors });
    }

    const at = deps.now().toISOString();
    const next: UnitReport = {
      ...state.report,
      unitId: scope.unit.id,
      version: version + 1,
      submittedAt: at,
      submittedBy: reporter.id,
      submittedByName: reporter.name,
    };
    const changes: ReportChange[] = checked.items
      .map((item) => ({
        before: state.results.get(item.form.item.id),
        after: itemResult(ids(scope), item, reporter, at, next.version),
      }))
      .filter(({ before, after }) => !sameResult(before, after));
    let committed: UnitReport;
    try {
      committed = await commitReport(deps.store, {
        planId: scope.plan.id,
        periodId: scope.period.id,
        current: state.report,
        next,
        changes,
        stored: state.results,
      });
    } catch (error) {
      // Lost the race: read again; a changed version is a conflict, else (a reopen) try again.
      if (isDomainError(error, "CONFLICT") && attempt < ATTEMPTS) continue;
      throw error;
    }
    if (scope.deputyFor) {
      // The report's history names the deputy; the audit log says whom they reported for.
      await deps.audit.record({
        scope: scope.plan.id,
        actor: person.id,
        action: "report.submitAsDeputy",
        before: null,
        after: {
          periodId: scope.period.id,
          unitId: scope.unit.id,
          version: committed.version,
          by: reporter.name,
        },
      });
    }
    // No drafts when the unit was read: nothing to clean (one saved since is older than this
    // version, and drafts older than the report's version are never shown).
    if (state.drafts.size > 0) {
      await deleteDrafts(
        deps.store,
        scope.plan.id,
        scope.period.id,
        scope.unit.id,
        committed.version,
      ).catch((error: unknown) =>
        // Harmless, for the same reason.
        deps.logger.warn({ module: "reporting", err: error }, "drafts not deleted after submit"),
      );
    }
    const results = new Map(state.results);
    for (const { after } of changes) results.set(after.itemId, after);
    return receipt(
      scope,
      { report: committed, results, drafts: new Map() },
      earlier,
      window,
      changes.length,
      submission.page,
    );
  }
}

function receipt(
  scope: ReportScope,
  state: UnitState,
  earlier: Map<string, EarlierResults>,
  window: ReportView["window"],
  changed: number,
  page: number,
): ReportView {
  return buildView({
    scope,
    state,
    earlier,
    answers: new Map(
      scope.form.map(({ item }) => [item.id, answerOfResult(state.results.get(item.id))]),
    ),
    mode: "draft",
    window,
    outcome: { kind: "submitted", changed },
    page,
  });
}

/** The card's answers are exactly what is submitted now (a second click of the same card). */
function sameAsSubmitted(
  scope: ReportScope,
  state: UnitState,
  submission: ReportSubmission,
): boolean {
  return scope.form.every(({ item }) => {
    const sent = submission.answers.get(item.id);
    const stored = answerOfResult(state.results.get(item.id));
    return !sent || sameAnswer(item.kind, { ...stored, ...sent }, stored);
  });
}

function ids(scope: ReportScope) {
  return { planId: scope.plan.id, periodId: scope.period.id, unitId: scope.unit.id };
}
