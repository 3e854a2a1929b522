// Plans: the model, reading plan files (YAML and Excel), checking them, and keeping them in
// storage. What the rest of the product (bot, CLI, reporting, reminders, summaries) imports.
export type {
  Activity,
  ActivityState,
  Goal,
  GoalArea,
  Indicator,
  Milestone,
  NarrativeQuestion,
  PeriodKind,
  Person,
  Plan,
  PlanInput,
  PlanPeriod,
  ReporterRole,
  Unit,
} from "./plan-schema";
export { planSchema } from "./plan-schema";
export type { ItemKind, PlanItem } from "./plan-items";
export { itemTitle, leafUnits, planItems, reportingPeriods, reportingUnitIds } from "./plan-items";
export type { ImportError, PlanFile } from "./plan-file";
export type { PlanSummary } from "./plan-summary";
export { summarisePlan, summaryLine } from "./plan-summary";
export type { ChangeList, Changed, PlanChanges } from "./plan-changes";
export { describeChanges, hasChanges } from "./plan-changes";
export type { ImportOptions, PlanImportResult, PlanValidationResult } from "./import-plan";
export { importPlan, validatePlanFile } from "./import-plan";
export type { PlanListing, StoredPlan } from "./plan-store";
export {
  itemsForUnit,
  listPlans,
  loadPlan,
  readStoredPlan,
  requirePlan,
  savePlan,
  unitsForReporter,
} from "./plan-store";
export type { PlanPath, PlanProblem } from "./plan-problem";
export type { PlanValidation } from "./validate-plan";
export { validatePlanData } from "./validate-plan";
export { planOutline } from "./plan-outline";
export type { ValueRange } from "./value-range";
export { isWithin, possibleRange } from "./value-range";
export { findLastYearPlanId } from "./last-year-plan";
export { writeYamlPlan } from "./yaml-plan-file";
export { writePlanTemplate, writePlanWorkbook } from "./excel/lazy-workbooks";
export { rollupMethod, type RollupKind, type RollupMethod } from "./rollup-method";
export { roleName, rolesOf, roleUnitIds, unitReportingUnitIds } from "./reporter-roles";
