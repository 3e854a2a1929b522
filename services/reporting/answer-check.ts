// Checks one answer against its item: the kind's own check (indicator-answer.ts,
// activity-answer.ts; a question needs only its text), on the answer trimmed. Pure: the same check
// runs when a draft is saved (errors shown as hints, nothing required) and when a report is
// submitted (every error blocks it).
import { checkActivityAnswer } from "./activity-answer";
import type { AnswerContext, CheckMode, CheckedAnswer } from "./checked-answer";
import { checkIndicatorAnswer } from "./indicator-answer";
import type { Answer } from "./report-model";
import type { FormItem } from "./report-form";

export function checkAnswer(
  form: FormItem,
  answer: Answer,
  mode: CheckMode,
  context: AnswerContext,
): CheckedAnswer {
  const { item } = form;
  const trimmed: Answer = {
    value: answer.value?.trim(),
    state: answer.state?.trim(),
    comment: answer.comment?.trim(),
    text: answer.text?.trim(),
    ...(answer.parts && { parts: trimTexts(answer.parts) }),
    ...(answer.milestones && { milestones: trimTexts(answer.milestones) }),
  };
  const checked: CheckedAnswer = { itemId: item.id, answer: trimmed, errors: {} };
  const submit = mode === "submit";

  switch (item.kind) {
    case "indicator":
      checkIndicatorAnswer(form, checked, submit, context);
      return checked;
    case "activity":
      checkActivityAnswer(form, checked, submit);
      return checked;
    case "question": {
      if (submit && item.required && (trimmed.text ?? "") === "") {
        checked.errors.text = "Skriv ett svar.";
      }
      return checked;
    }
  }
}

function trimTexts<T extends Partial<Record<string, string>>>(texts: T): T {
  return Object.fromEntries(
    Object.entries(texts).map(([key, text]) => [key, (text ?? "").trim()]),
  ) as T;
}
