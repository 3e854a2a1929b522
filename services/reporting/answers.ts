// Putting answers together: what a card sent, over the unit's draft, over what was submitted; and
// whether two answers are the same. The checks of a card's inputs are in input-problem.ts.
import type { ItemKind } from "../plan";
import { formatNumber } from "../rules";
import type { PartId } from "../plan/breakdown";
import { FIELDS } from "./answer-fields";
import type { Answer, DraftAnswer, Reporter, Result } from "./report-model";
import type { FormItem } from "./report-form";
import type { UnitState } from "./report-store";

export function answerOfResult(result: Result | undefined): Answer {
  if (!result) return {};
  switch (result.kind) {
    case "indicator":
      return result.parts
        ? { value: result.value, comment: result.comment, parts: partTexts(result.parts) }
        : { value: result.value, comment: result.comment };
    case "activity":
      return result.milestoneStates
        ? {
            state: result.activityState ?? "",
            comment: result.comment,
            milestones: { ...result.milestoneStates },
          }
        : { state: result.activityState ?? "", comment: result.comment };
    case "question":
      return { text: result.text };
  }
}

/** A draft counts only if it was started after the last submit. */
export function currentDrafts(state: UnitState): Map<string, Answer> {
  const version = state.report?.version ?? 0;
  return new Map(
    [...state.drafts.values()]
      .filter((draft) => draft.baseVersion === version)
      .map((draft) => [draft.itemId, draft.answer]),
  );
}

/** For each item: the card's fields, else the draft's, else the submitted result's. */
export function effectiveAnswers(
  form: FormItem[],
  state: UnitState,
  sent: ReadonlyMap<string, Answer> = new Map(),
): Map<string, Answer> {
  const drafts = currentDrafts(state);
  return new Map(
    form.map(({ item }) => {
      const base = drafts.get(item.id) ?? answerOfResult(state.results.get(item.id));
      const card = sent.get(item.id) ?? {};
      const defined: Answer = Object.fromEntries(
        Object.entries(card).filter(([, value]) => value !== undefined),
      );
      // A page of the card sends the parts and milestones it shows: the others are kept.
      const merged: Answer = { ...base, ...defined };
      if (card.parts) merged.parts = { ...base.parts, ...card.parts };
      if (card.milestones) merged.milestones = { ...base.milestones, ...card.milestones };
      return [item.id, merged];
    }),
  );
}

/** The card's answers that differ from what the unit has now, as drafts to save. */
export function draftsToSave(
  form: FormItem[],
  state: UnitState,
  sent: ReadonlyMap<string, Answer>,
  reporter: Reporter,
  savedAt: string,
): DraftAnswer[] {
  const before = effectiveAnswers(form, state);
  const after = effectiveAnswers(form, state, sent);
  return form
    .filter(({ item }) => sent.has(item.id))
    .filter(
      ({ item }) => !sameAnswer(item.kind, after.get(item.id) ?? {}, before.get(item.id) ?? {}),
    )
    .map(({ item }) => ({
      itemId: item.id,
      answer: after.get(item.id) ?? {},
      baseVersion: state.report?.version ?? 0,
      savedBy: reporter.id,
      savedByName: reporter.name,
      savedAt,
    }));
}

/** True when the two answers say the same (blank and missing are the same). */
export function sameAnswer(kind: ItemKind, a: Answer, b: Answer): boolean {
  return (
    FIELDS[kind].every((field) => (a[field] ?? "").trim() === (b[field] ?? "").trim()) &&
    sameTexts(a.parts, b.parts) &&
    sameTexts(a.milestones, b.milestones)
  );
}

function sameTexts(
  a: Readonly<Record<string, string | undefined>> | undefined,
  b: Readonly<Record<string, string | undefined>> | undefined,
): boolean {
  const keys = new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})]);
  return [...keys].every((key) => (a?.[key] ?? "").trim() === (b?.[key] ?? "").trim());
}

/** Stored parts as the inputs show them again ("12 559"). */
function partTexts(parts: Partial<Record<PartId, number>>): Partial<Record<PartId, string>> {
  return Object.fromEntries(
    Object.entries(parts).map(([part, value]) => [part, formatNumber(value)]),
  );
}
