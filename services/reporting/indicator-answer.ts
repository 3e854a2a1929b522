// Checks an indicator's answer: its value read, in range and judged (a red one needs a comment),
// and the parts of its breakdown against the total.
import type { Answer } from "./report-model";
import { checkParts } from "./breakdown-check";
import type { AnswerContext, CheckedAnswer } from "./checked-answer";
import { judge } from "./judge-answer";
import { readValue } from "./read-answer-value";
import type { FormItem } from "./report-form";

export function checkIndicatorAnswer(
  form: FormItem,
  trimmed: Answer,
  checked: CheckedAnswer,
  submit: boolean,
  context: AnswerContext,
): void {
  const { item } = form;
  if (item.kind !== "indicator") return;
  checkValue(form, trimmed, checked, submit, context);
  if (item.breakdown) {
    const parts = checkParts(item, trimmed, checked.number, submit, (text) =>
      readValue(item, text),
    );
    Object.assign(checked.errors, parts.errors);
    if (parts.parts) checked.parts = parts.parts;
  }
}

/** The indicator's value: read, in range, judged with the plan's rule; a red one needs a comment. */
function checkValue(
  form: FormItem,
  trimmed: Answer,
  checked: CheckedAnswer,
  submit: boolean,
  context: AnswerContext,
): void {
  const { item } = form;
  if (item.kind !== "indicator") return;
  const comment = trimmed.comment ?? "";

  const value = trimmed.value ?? "";
  if (value === "") {
    if (submit && item.required) checked.errors.value = "Fyll i ett värde.";
    return;
  }
  const reading = readValue(item, value);
  if (typeof reading === "string") {
    checked.errors.value = reading;
    return;
  }
  if (typeof reading === "number") checked.number = reading;
  else checked.yes = reading;
  const judged = judge(item, reading, context);
  if (typeof judged === "string") {
    checked.errors.value = judged;
    return;
  }
  checked.judgement = judged;
  if (submit && checked.judgement?.status === "red" && comment === "") {
    checked.errors.comment = "Värdet är rött: skriv orsaken och vad ni planerar att göra.";
  }
  return;
}
