// Status rules: how the plans say a value is judged green, yellow or red, read into a typed rule
// and applied to reported values. Pure domain code: no Teams, no storage.
export type {
  Comparator,
  ComparisonRule,
  Direction,
  DirectionRule,
  Judgement,
  Measure,
  NoRule,
  PerUnitTypeRule,
  RankingRule,
  RuleContext,
  Status,
  StatusRule,
  TargetRule,
  ThresholdsRule,
  UnitTypeThreshold,
  YesNoRule,
} from "./status-rule";
export { parseStatusRule } from "./parse-status-rule";
export { parseValue } from "./parse-value";
export { evaluateStatus } from "./evaluate-status";
export { ruleDirection, ruleNeedsBaseline, ruleUnitTypes } from "./rule-facts";
export { formatNumber } from "./format-number";
export type { ShownStatus } from "./status-label";
export { NOT_REPORTED, STATUS_LABEL, statusWord } from "./status-label";
export { KNOWN_UNIT_TYPES, canonicalUnitType } from "./unit-types";
