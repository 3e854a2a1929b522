// Checks an activity's answer: a state when required, a comment saying why when it is delayed or
// cancelled, and a state for each milestone due in the period.
import type { CheckedAnswer } from "./checked-answer";
import type { FormItem } from "./report-form";

/** Fills in `checked` (its answer trimmed): the errors of the state, comment and milestones. */
export function checkActivityAnswer(form: FormItem, checked: CheckedAnswer, submit: boolean): void {
  const { item } = form;
  const trimmed = checked.answer;
  const comment = trimmed.comment ?? "";
  const state = trimmed.state ?? "";
  if (state === "" && submit && item.required) checked.errors.state = "Välj status.";
  if (submit && comment === "" && state === "delayed") {
    checked.errors.comment = "Aktiviteten är försenad: skriv orsaken och vad ni planerar att göra.";
  }
  if (submit && comment === "" && state === "cancelled") {
    checked.errors.comment = "Aktiviteten är avbruten: skriv varför och vad som händer i stället.";
  }
  const unanswered = form.milestones.filter(
    (milestone) => milestone.due && (trimmed.milestones?.[milestone.key] ?? "") === "",
  );
  if (submit && item.required && unanswered.length > 0) {
    checked.errors.milestones = `Välj status för ${unanswered.length === 1 ? "delmålet som ska vara nått" : "delmålen som ska vara nådda"} nu: ${unanswered.map((m) => `”${m.text}”`).join(", ")}.`;
  }
}
