// The checks every write of a report passes before anything is stored: the card's inputs name only
// the unit's items and their fields, within the length limits, and the report is open for writing.
// Each refusal is logged and audited (report-scope.ts). And the view a person gets when someone else
// submitted since their card was opened: the fresh values, with their own unsent answers listed.
import type { ReportingPeriod } from "../calendar";
import { activityStates } from "../plan/plan-schema";
import { partLabel, partIds } from "../plan/breakdown";
import { DomainError } from "../errors";
import { itemTitle } from "../plan";
import { effectiveAnswers, sameAnswer } from "./answers";
import { inputProblem } from "./input-problem";
import { earlierFor } from "./earlier-results";
import { activityStateLabel, type Answer, type Reporter } from "./report-model";
import type { ReportSubmission } from "./report-input";
import { refusal, type ReportingDeps, type ReportScope } from "./report-scope";
import type { UnitState } from "./report-store";
import { buildView, type ReportView } from "./report-view";
import { closedMessage, isWritable, notOpenMessage, type ReportWindow } from "./report-window";

export async function assertInputsAllowed(
  deps: ReportingDeps,
  scope: ReportScope,
  submission: ReportSubmission,
  reporter: Reporter,
  action: string,
): Promise<void> {
  const problem = inputProblem(scope.form, submission.answers, scope.unit.name);
  if (!problem) return;
  throw await refusal(
    deps,
    { ...ids(scope), reporter, action, reason: problem.reason, itemId: problem.itemId },
    problem.error,
  );
}

export async function assertWritable(
  deps: ReportingDeps,
  scope: ReportScope,
  window: ReportWindow,
  reporter: Reporter,
  action: string,
): Promise<void> {
  await assertOpenForWriting(deps, { ...ids(scope), reporter, action }, scope.period, window);
}

/** Refuses a write outside the period's window (a unit's or a role's report), saying why. */
export async function assertOpenForWriting(
  deps: ReportingDeps,
  attempt: { planId: string; periodId: string; unitId: string; reporter: Reporter; action: string },
  period: ReportingPeriod,
  window: ReportWindow,
): Promise<void> {
  if (isWritable(window)) return;
  const closed = window === "closed";
  throw await refusal(
    deps,
    { ...attempt, reason: closed ? "periodClosed" : "notOpenYet" },
    new DomainError(
      "PERIOD_CLOSED",
      `${closed ? closedMessage(period) : notOpenMessage(period)} Inget sparades.`,
    ),
  );
}

/**
 * The unit's fresh state, with what this person wrote but could not save listed beside it: the
 * card's answers, and their own drafts on other pages made before someone else's submit.
 */
export async function conflictView(
  deps: ReportingDeps,
  scope: ReportScope,
  state: UnitState,
  window: ReportWindow,
  submission: ReportSubmission,
  reporter: Reporter,
): Promise<ReportView> {
  const fresh = effectiveAnswers(scope.form, state);
  const unsent = scope.form.flatMap(({ item }) => {
    const draft = state.drafts.get(item.id);
    const ownStaleDraft =
      draft?.savedBy === reporter.id && draft.baseVersion === submission.baseVersion
        ? draft.answer
        : undefined;
    const yours = submission.answers.get(item.id) ?? ownStaleDraft;
    const merged = { ...fresh.get(item.id), ...yours };
    if (!yours || sameAnswer(item.kind, merged, fresh.get(item.id) ?? {})) return [];
    return [{ title: itemTitle(item), yours: describeAnswer(merged) }];
  });
  const earlier = await earlierFor(deps.store, scope);
  return buildView({
    scope,
    state,
    earlier,
    answers: fresh,
    mode: "draft",
    window,
    outcome: { kind: "conflict", unsent },
    page: submission.page,
  });
}

/** An answer in one line: "7,2 – Hög korttidsfrånvaro i mars", "Pågår", the start of a text. */
export function describeAnswer(answer: Answer): string {
  const state = activityStates.find((candidate) => candidate === answer.state?.trim());
  const written = partIds
    .filter((part) => (answer.parts?.[part] ?? "").trim() !== "")
    .map(
      (part) => `${partLabel(part, "sv").toLocaleLowerCase("sv")} ${answer.parts?.[part]?.trim()}`,
    );
  const milestones = Object.entries(answer.milestones ?? {}).flatMap(([key, chosen]) => {
    const known = activityStates.find((candidate) => candidate === chosen?.trim());
    return known ? [`delmål ${key}: ${activityStateLabel(known, "sv")}`] : [];
  });
  const parts = [
    answer.value?.trim(),
    written.length > 0 ? `(${written.join(", ")})` : undefined,
    state ? activityStateLabel(state, "sv") : undefined,
    milestones.length > 0 ? milestones.join(", ") : undefined,
    answer.comment?.trim(),
    answer.text?.trim(),
  ].filter((part): part is string => Boolean(part));
  const line = parts.join(" – ") || "(tomt)";
  return line.length > 200 ? `${line.slice(0, 197)}…` : line;
}

function ids(scope: ReportScope) {
  return { planId: scope.plan.id, periodId: scope.period.id, unitId: scope.unit.id };
}
