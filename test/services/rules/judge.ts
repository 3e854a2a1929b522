// Shared by the rule tests: judge a value by a rule text in one call.
import {
  evaluateStatus,
  parseStatusRule,
  type RuleContext,
  type Status,
} from "../../../services/rules";

export function statusOf(
  ruleText: string,
  value: number | boolean | string | null | undefined,
  context?: RuleContext,
): Status {
  return evaluateStatus(parseStatusRule(ruleText), value, context).status;
}

export function explanationOf(
  ruleText: string,
  value: number | boolean | string | null | undefined,
  context?: RuleContext,
): string {
  return evaluateStatus(parseStatusRule(ruleText), value, context).explanation;
}

/** Swedish puts a non-breaking space before %; tests write a plain one for readability. */
export function nb(sentence: string): string {
  return sentence.replace(/ %/g, "\u00a0%");
}
