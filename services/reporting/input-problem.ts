// The checks of a card's inputs against the form (only the unit's items, only their fields, no
// text longer than the inputs allow) that refuse the whole action, in Swedish, before anything is
// stored.
import { DomainError } from "../errors";
import { itemTitle } from "../plan";
import { formatNumber } from "../rules";
import { partsOf } from "../plan/breakdown";
import { ALL_FIELDS, FIELDS, type AnswerField } from "./answer-fields";
import { MAX_TEXT_LENGTH, MAX_VALUE_LENGTH, type Answer } from "./report-model";
import type { FormItem } from "./report-form";

type Item = FormItem["item"];

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
      return wrongField(itemId, item);
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
      return wrongField(itemId, item);
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

const FIELD_NAME: Record<AnswerField, string> = {
  value: "Värdet för",
  state: "Statusen för",
  comment: "Kommentaren till",
  text: "Svaret på",
};

function wrongField(itemId: string, item: Item): InputProblem {
  return {
    reason: "wrongField",
    itemId,
    error: new DomainError(
      "BAD_ARGUMENT",
      `Kortet skickade fel sorts svar för ”${itemTitle(item)}”. Inget sparades. Skriv rapportera för att öppna rapporten igen.`,
    ),
  };
}
