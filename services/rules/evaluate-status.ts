// Judges one reported value by one rule: green, yellow, red, or none when there is nothing to
// judge by (no rule, no value, a change without a baseline), always with a sentence saying why.
import { NO_VALUE, explainNoRule, explainYesNo } from "./explain";
import { judgeChange, judgeDirection } from "./judge-change";
import {
  judgeComparison,
  judgeLevelThresholds,
  judgePerUnitType,
  judgeRanking,
  judgeTarget,
} from "./judge-level";
import { readBaseline, readReported, requireAnswer, requireNumber } from "./reported-value";
import type { Judgement, RuleContext, StatusRule } from "./status-rule";

export function evaluateStatus(
  rule: StatusRule,
  value: number | boolean | string | null | undefined,
  context: RuleContext = {},
): Judgement {
  const reported = readReported(value);
  if (rule.kind === "none") return { status: "none", explanation: explainNoRule(rule) };
  if (reported === undefined) return { status: "none", explanation: NO_VALUE };
  if (rule.kind === "yesNo") {
    const answer = requireAnswer(rule, reported);
    return {
      status: answer === rule.greenAnswer ? "green" : "red",
      explanation: explainYesNo(answer, rule.greenAnswer),
    };
  }
  const number = requireNumber(rule, reported);
  switch (rule.kind) {
    case "thresholds":
      return rule.measure === "value"
        ? judgeLevelThresholds(rule, number)
        : judgeChange(rule, rule.measure, number, readBaseline(context.baseline));
    case "comparison":
      return rule.measure === "value"
        ? judgeComparison(rule, number)
        : judgeChange(rule, rule.measure, number, readBaseline(context.baseline));
    case "target":
      return judgeTarget(rule, number, context.direction);
    case "ranking":
      return judgeRanking(rule, number);
    case "perUnitType":
      return judgePerUnitType(rule, number, context.unitType);
    case "direction":
      return judgeDirection(rule, number, readBaseline(context.baseline), context.direction);
  }
}
