// Summaries for leadership: one period of a plan, its statuses, trends and who has not reported.
export type * from "./period-summary";
export { buildPeriodSummary, type SummaryInput } from "./build-summary";
export { headline } from "./headline";
export { exportSummaryWorkbook, type ExportNames } from "./lazy-export-workbook";
export { rollupText, targetForText } from "./rollup-text";
export { rollupMethod, type RollupKind, type RollupMethod } from "./rollup";
