// An indicator's rule as the rest of the product judges with it. A plan checks its rules at
// import, so an unreadable one here (an old stored plan) judges nothing rather than failing a turn.
import { isDomainError } from "../errors";
import type { Indicator } from "../plan";
import { parseStatusRule, type StatusRule } from "../rules";

const NO_RULE = parseStatusRule("");

export function ruleOf(indicator: Pick<Indicator, "rule">): StatusRule {
  try {
    return parseStatusRule(indicator.rule ?? "");
  } catch (error) {
    if (isDomainError(error, "RULE_UNREADABLE")) return NO_RULE;
    throw error;
  }
}
