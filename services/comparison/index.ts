// Comparison values: what changes and directions are judged against, where each came from, and
// whether every indicator of a period can be judged. What reporting, summaries, the bot and the
// command line import.
export type { ComparisonOrigin, ComparisonPeriod, ComparisonValue } from "./comparison-value";
export { describeComparison, indicatorComparisons, planComparisons } from "./comparison-value";
export { slotLabel, slotOf } from "./period-slot";
export type { ComparisonLookup, ComparisonQuery } from "./find-comparison";
export { findComparison, koladaOutcome } from "./find-comparison";
export { ruleOf } from "./indicator-rule";
export type { Coverage, CoverageCell } from "./coverage";
export { planCoverage } from "./coverage";
export {
  COMPARISON_TABLE,
  listComparisons,
  readComparison,
  saveComparisons,
} from "./comparison-store";
export { planWarnings } from "./plan-warnings";
export type { CarryResult } from "./carry-forward";
export { carryForward } from "./carry-forward";
export type { CarryingImportResult } from "./import-plan-carrying";
export { carriedLine, importPlanCarrying } from "./import-plan-carrying";
export type { ComparisonChange } from "./set-comparison";
export { SET_COMPARISON_USAGE, setComparison } from "./set-comparison";
export { coverageOfPlan } from "./unjudged-cells";
