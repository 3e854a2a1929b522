// Reporting: what a unit is asked in a period, drafts and submits of its answers with the plan's
// rules judging each value, results and their history in storage, and who may report what. What the
// bot, reminders and summaries import. Tables: docs/storage.md, section "Reporting".
export type { Answer, Answers, DraftAnswer, Reporter, Result, UnitReport } from "./report-model";
export { activityStateLabel, MAX_TEXT_LENGTH, MAX_VALUE_LENGTH } from "./report-model";
export type { FormItem } from "./report-form";
export { reportForm, unitsReportingIn } from "./report-form";
export type { EarlierResult, EarlierResults } from "./earlier-results";
export type { CheckedAnswer, FieldErrors } from "./checked-answer";
export type { Baseline } from "./comparison-baseline";
export type { ReportOpenRequest, ReportSubmission } from "./report-input";
export { parseOpenRequest, parseSubmission } from "./report-input";
export type { ReportingDeps } from "./report-scope";
export { reporterFrom } from "./report-scope";
export type { ReportWindow } from "./report-window";
export { closedMessage, isWritable, notOpenMessage, reportWindow } from "./report-window";
export type { PeriodChoice } from "./current-period";
export { currentPeriod } from "./current-period";
export type { ItemView, ReportOutcome, ReportView } from "./report-view";
export type { ReportChoice } from "./choose-report";
export { chooseReport, splitReportArguments } from "./choose-report";
export { openReport } from "./open-report";
export { saveDraft } from "./save-draft";
export { submitReport } from "./submit-report";
export type { Reopening } from "./reopen-report";
export { REOPEN_WORKING_DAYS, reopenReport } from "./reopen-report";
export {
  listReports,
  listResults,
  listUnitResults,
  readUnitState,
  reportHistory,
  submittedUnits,
  submittedUnitsByPeriod,
} from "./report-store";
export type { UnitState } from "./report-store";
export type { SubmittedResults } from "./period-results";
export { submittedResults } from "./period-results";
export type { RoleReportView } from "./role-report";
export { inRole, openRoleReport, roleForm, saveRoleDraft, submitRoleReport } from "./role-report";
export type { ReportingUseCases } from "./reporting-use-cases";
export { reportingUseCases } from "./reporting-use-cases";
