// What other parts of the product ask of a rule without judging a value: which way it counts as
// better, which unit types it names, and whether a baseline must be fetched to judge it.
import type { Direction, StatusRule } from "./status-rule";

/** What the text itself says of higher or lower being better; undefined when it does not say. */
export function ruleDirection(rule: StatusRule): Direction | undefined {
  switch (rule.kind) {
    case "thresholds":
    case "perUnitType":
      return rule.direction;
    case "ranking":
      return "lower";
    case "comparison":
      return rule.comparator.startsWith(">") ? "higher" : "lower";
    case "direction":
      return rule.goal === "increase" ? "higher" : rule.goal === "decrease" ? "lower" : undefined;
    case "none":
    case "yesNo":
    case "target":
      return undefined;
  }
}

/** Canonical unit types (`HTJ`, `SÄBO`) a per-unit-type rule has thresholds for; [] otherwise. */
export function ruleUnitTypes(rule: StatusRule): string[] {
  return rule.kind === "perUnitType" ? rule.thresholds.map((t) => t.unitType) : [];
}

/** True when judging needs the earlier value: changes and directions. */
export function ruleNeedsBaseline(rule: StatusRule): boolean {
  if (rule.kind === "direction") return true;
  return (rule.kind === "thresholds" || rule.kind === "comparison") && rule.measure !== "value";
}
