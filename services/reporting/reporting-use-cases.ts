// The reporting use cases as the bot calls them: each bound once, in the composition root
// (services/compose.ts), to the stores, clock, calendar, refusal tally and deputies it needs, so a
// handler or card action passes only what the person asked for.
import type { ReportingDeps } from "./report-scope";
import { chooseReport } from "./choose-report";
import { openReport } from "./open-report";
import { reopenReport } from "./reopen-report";
import { listReports, submittedUnitsByPeriod } from "./report-store";
import { openRoleReport, saveRoleDraft, submitRoleReport } from "./role-report";
import { saveDraft } from "./save-draft";
import { submitReport } from "./submit-report";

/** A use case without its first argument, the deps. */
type Bound<F> = F extends (deps: ReportingDeps, ...args: infer A) => infer R
  ? (...args: A) => R
  : never;

export interface ReportingUseCases {
  /** `rapportera [period] [enhet]`: which period and units (and roles) the person reports now. */
  choose: Bound<typeof chooseReport>;
  open: Bound<typeof openReport>;
  saveDraft: Bound<typeof saveDraft>;
  submit: Bound<typeof submitReport>;
  /** `öppna rapport <period> <enhet>`: an admin reopens a closed report. */
  reopen: Bound<typeof reopenReport>;
  openRole: Bound<typeof openRoleReport>;
  saveRoleDraft: Bound<typeof saveRoleDraft>;
  submitRole: Bound<typeof submitRoleReport>;
  /** The units' reports of a period (their own columns: who submitted, when). */
  reports(planId: string, periodId: string): ReturnType<typeof listReports>;
  /** `perioder`: the units that have submitted, by period (one read shared by close turns). */
  submittedByPeriod(planId: string): ReturnType<typeof submittedUnitsByPeriod>;
}

export function reportingUseCases(deps: ReportingDeps): ReportingUseCases {
  return {
    choose: (...args) => chooseReport(deps, ...args),
    open: (...args) => openReport(deps, ...args),
    saveDraft: (...args) => saveDraft(deps, ...args),
    submit: (...args) => submitReport(deps, ...args),
    reopen: (...args) => reopenReport(deps, ...args),
    openRole: (...args) => openRoleReport(deps, ...args),
    saveRoleDraft: (...args) => saveRoleDraft(deps, ...args),
    submitRole: (...args) => submitRoleReport(deps, ...args),
    reports: (planId, periodId) => listReports(deps.store, planId, periodId),
    submittedByPeriod: (planId) => submittedUnitsByPeriod(deps.store, planId),
  };
}
