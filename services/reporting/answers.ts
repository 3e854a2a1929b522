// Putting answers together: what a card sent, over the unit's draft, over what was submitted; and
// the checks of a card's inputs against the form (only the unit's items, only their fields, no text
// longer than the inputs allow) that refuse the whole action before anything is stored.
import { DomainError } from "../errors";
import { itemTitle, type ItemKind } from "../plan";
import { formatNumber } from "../rules";
import { partsOf, type PartId } from "../plan/breakdown";
import {
  MAX_TEXT_LENGTH,
  MAX_VALUE_LENGTH,
  type Answer,
  type DraftAnswer,
  type Reporter,
  type Result,
} from "./report-model";
import type { FormItem } from "./report-form";
import type { UnitState } from "./report-store";

const ALL_FIELDS = ["value", "state", "comment", "text"] as const;

const FIELDS: Record<ItemKind, readonly (typeof ALL_FIELDS)[number][]> = {
  indicator: ["value", "comment"],
  activity: ["state", "comment"],
  question: ["text"],
};

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

export type InputProblem =
  | { reason: "unknownItem"; itemId: string; error: DomainError }
  | { reason: "wrongField"; itemId: string; error: DomainError }
  | { reason: "tooLong"; itemId: string; error: DomainError };

/** The first thing in the card's inputs that refuses the whole action, or undefined. */
export function inputProblem(
  form: FormItem[],
  sent: ReadonlyMap<string, Answer>,
  unitName: string,
): InputProblem | undefined {
  const items = new Map(form.map((entry) => [entry.item.id, entry.item]));
  for (const [itemId, answer] of sent) {
    const item = items.get(itemId);
    if (!item) {
      return {
        reason: "unknownItem",
        itemId,
        error: new DomainError(
          "BAD_ARGUMENT",
          `Kortet innehåller något som inte ingår i rapporten för ${unitName}. Inget sparades. Skriv rapportera för att öppna rapporten igen.`,
        ),
      };
    }
    const allowed = FIELDS[item.kind];
    const fields = ALL_FIELDS.filter((field) => answer[field] !== undefined);
    if (fields.some((field) => !allowed.includes(field))) {
      return {
        reason: "wrongField",
        itemId,
        error: new DomainError(
          "BAD_ARGUMENT",
          `Kortet skickade fel sorts svar för ”${itemTitle(item)}”. Inget sparades. Skriv rapportera för att öppna rapporten igen.`,
        ),
      };
    }
    const parts = Object.keys(answer.parts ?? {});
    const allowedParts: string[] = item.kind === "indicator" ? partsOf(item) : [];
    const keys = Object.keys(answer.milestones ?? {});
    const allowedKeys = new Set(
      (form.find((entry) => entry.item.id === itemId)?.milestones ?? []).map((m) => m.key),
    );
    if (
      parts.some((part) => !allowedParts.includes(part)) ||
      keys.some((key) => !allowedKeys.has(key))
    ) {
      return {
        reason: "wrongField",
        itemId,
        error: new DomainError(
          "BAD_ARGUMENT",
          `Kortet skickade fel sorts svar för ”${itemTitle(item)}”. Inget sparades. Skriv rapportera för att öppna rapporten igen.`,
        ),
      };
    }
    const partTooLong = Object.values(answer.parts ?? {}).find(
      (text) => (text ?? "").length > MAX_VALUE_LENGTH,
    );
    if (partTooLong !== undefined) {
      return {
        reason: "tooLong",
        itemId,
        error: new DomainError(
          "BAD_ARGUMENT",
          `En del av värdet för ”${itemTitle(item)}” är ${formatNumber(partTooLong.length)} tecken lång; högst ${formatNumber(MAX_VALUE_LENGTH)} tecken får plats. Korta texten och försök igen. Inget sparades.`,
        ),
      };
    }
    for (const field of fields) {
      const text = answer[field] ?? "";
      const limit = field === "value" ? MAX_VALUE_LENGTH : MAX_TEXT_LENGTH;
      if (text.length > limit) {
        return {
          reason: "tooLong",
          itemId,
          error: new DomainError(
            "BAD_ARGUMENT",
            `${FIELD_NAME[field]} ”${itemTitle(item)}” är ${formatNumber(text.length)} tecken lång; högst ${formatNumber(limit)} tecken får plats. Korta texten och försök igen. Inget sparades.`,
          ),
        };
      }
    }
  }
  return undefined;
}

const FIELD_NAME: Record<(typeof ALL_FIELDS)[number], string> = {
  value: "Värdet för",
  state: "Statusen för",
  comment: "Kommentaren till",
  text: "Svaret på",
};
