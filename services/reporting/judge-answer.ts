// Judges an indicator's value with the plan's rule, against the comparison value when the rule
// needs one, and says why; or a sentence when the rule refuses the value.
import { isDomainError } from "../errors";
import { rollupMethod, type Indicator } from "../plan";
import { evaluateStatus, type Judgement } from "../rules";
import { ruleOf } from "../comparison";
import type { AnswerContext } from "./checked-answer";

/** The judgement, or a sentence when the rule refuses the value (a yes/no rule given a number). */
export function judge(
  indicator: Indicator,
  reading: number | boolean,
  context: AnswerContext,
): Judgement | string {
  // An organisation's target (Halland's +1000 listade) is met by the total, not by one unit.
  if (rollupMethod(indicator).targetFor === "organisation") {
    return {
      status: "none",
      explanation:
        "Målet gäller hela organisationen: värdet bedöms i sammanställningen, i totalen.",
    };
  }
  try {
    const judged = evaluateStatus(ruleOf(indicator), reading, {
      unitType: context.unitType,
      baseline: context.baseline?.value,
      direction: indicator.direction,
    });
    // "Jämförelsevärde saknas" alone tells nobody what to do: say which value, and who adds it.
    if (judged.status === "none" && context.missing) {
      return { ...judged, explanation: context.missing };
    }
    // Kolada's terms ask for attribution wherever its figures are shown: the explanation is kept
    // with the result and shown in summaries and exports.
    return context.baseline?.kolada && judged.status !== "none"
      ? {
          ...judged,
          explanation: `${judged.explanation} (${context.baseline.source}. Källa: Kolada)`,
        }
      : judged;
  } catch (error) {
    if (isDomainError(error, "VALUE_UNREADABLE")) return error.message;
    // Not the person's fault (a unit without the type the rule needs): leave it unjudged.
    if (isDomainError(error, "UNKNOWN_UNIT_TYPE"))
      return { status: "none", explanation: error.message };
    throw error;
  }
}
