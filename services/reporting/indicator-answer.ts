// Checks an indicator's answer: its value read, in range and judged (a red one needs a comment),
// and the parts of its breakdown against the total.
import type { Indicator } from "../plan";
import { checkParts } from "./breakdown-check";
import type { AnswerContext, CheckedAnswer } from "./checked-answer";
import { judge } from "./judge-answer";
import { readValue } from "./read-answer-value";
import type { FormItem } from "./report-form";

/** Fills in `checked` (its answer trimmed): the value's reading, judgement and errors. */
export function checkIndicatorAnswer(
  form: FormItem,
  checked: CheckedAnswer,
  submit: boolean,
  context: AnswerContext,
): void {
  const { item } = form;
  if (item.kind !== "indicator") return;
  const { answer } = checked;
  const value = answer.value ?? "";
  if (value !== "") judgeValue(item, value, checked, context);
  else if (submit && item.required) checked.errors.value = "Fyll i ett värde.";
  if (submit && checked.judgement?.status === "red" && (answer.comment ?? "") === "") {
    checked.errors.comment = "Värdet är rött: skriv orsaken och vad ni planerar att göra.";
  }
  if (item.breakdown) {
    const parts = checkParts(item, answer, checked.number, submit, (text) => readValue(item, text));
    Object.assign(checked.errors, parts.errors);
    if (parts.parts) checked.parts = parts.parts;
  }
}

/** The value read, in range and judged with the plan's rule; or the sentence why it cannot be. */
function judgeValue(
  indicator: Indicator,
  value: string,
  checked: CheckedAnswer,
  context: AnswerContext,
): void {
  const reading = readValue(indicator, value);
  if (typeof reading === "string") {
    checked.errors.value = reading;
    return;
  }
  if (typeof reading === "number") checked.number = reading;
  else checked.yes = reading;
  const judged = judge(indicator, reading, context);
  if (typeof judged === "string") checked.errors.value = judged;
  else checked.judgement = judged;
}
