// The result a checked item of a submitted card becomes, and whether it differs from the one stored:
// the same for a unit's report (submit-report.ts) and a role's (role-report.ts), which marks its
// results with the role.
import { activityStates, type ActivityState } from "../plan/plan-schema";
import type { Reporter, Result } from "./report-model";
import type { ItemView } from "./report-view";

/** The result of one item for the unit `where.unitId`, written by `reporter` at `at`. */
export function itemResult(
  where: { planId: string; periodId: string; unitId: string },
  view: ItemView,
  reporter: Reporter,
  at: string,
  version: number,
): Result {
  const { item } = view.form;
  const { answer, judgement, number, yes, parts } = view.checked;
  const milestoneStates =
    item.kind === "activity" ? knownStates(answer.milestones, view.form.milestones) : undefined;
  return {
    planId: where.planId,
    periodId: where.periodId,
    unitId: where.unitId,
    itemId: item.id,
    kind: item.kind,
    value: item.kind === "indicator" ? (answer.value ?? "") : "",
    number,
    yes,
    status: judgement?.status ?? "none",
    explanation: judgement?.explanation ?? "",
    activityState: activityStates.find((state) => state === answer.state),
    ...(item.kind === "indicator" && parts && { parts }),
    ...(milestoneStates && { milestoneStates }),
    comment: item.kind === "question" ? "" : (answer.comment ?? ""),
    text: item.kind === "question" ? (answer.text ?? "") : "",
    by: reporter.id,
    byName: reporter.name,
    at,
    version,
  };
}

/** Whether `after` says what `before` said (who wrote it and when aside): then it is not written. */
export function sameResult(before: Result | undefined, after: Result): boolean {
  if (!before) return false;
  return (
    before.role === after.role &&
    JSON.stringify(before.parts ?? {}) === JSON.stringify(after.parts ?? {}) &&
    JSON.stringify(before.milestoneStates ?? {}) === JSON.stringify(after.milestoneStates ?? {}) &&
    before.value === after.value &&
    before.status === after.status &&
    before.explanation === after.explanation &&
    before.activityState === after.activityState &&
    before.comment === after.comment &&
    before.text === after.text
  );
}

/** The states chosen for the milestones the card asked about; undefined when none was chosen. */
function knownStates(
  chosen: Record<string, string> | undefined,
  asked: { key: string }[],
): Record<string, ActivityState> | undefined {
  const states: Record<string, ActivityState> = {};
  for (const { key } of asked) {
    const state = activityStates.find((candidate) => candidate === chosen?.[key]);
    if (state) states[key] = state;
  }
  return Object.keys(states).length > 0 ? states : undefined;
}
