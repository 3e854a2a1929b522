// Every card verb, what it needs of the access policy, and its handler. Typed by `Verb`, so a verb
// added to cards/verbs.ts without a row here (and so without an access) does not compile.
import { VERBS, type Verb } from "../../cards/verbs";
import type { CardActionSpec } from "./card-action-router";
import { choosePlanAction } from "./plan-actions";
import { refreshReminder } from "./reminder-actions";
import { installApp } from "./responsibles-actions";
import {
  openRoleReportAction,
  saveRoleDraftAction,
  submitRoleReportAction,
} from "./role-report-actions";
import { openReportAction, pageAction, saveDraftAction, submitAction } from "./report-actions";
import {
  answers,
  area,
  indicator,
  missing,
  overview,
  remindMissing,
  unit,
} from "./summary-actions";

export const CARD_ACTIONS: Record<Verb, CardActionSpec> = {
  [VERBS.reportOpen]: { access: "report", handler: openReportAction },
  [VERBS.reportDraft]: { access: "report", handler: saveDraftAction },
  [VERBS.reportPage]: { access: "report", handler: pageAction },
  [VERBS.reportSubmit]: { access: "report", handler: submitAction },
  // The reminder names several units (unitIds): a reporter of any; the handler shows only theirs.
  [VERBS.reminderRefresh]: { access: "report", handler: refreshReminder },
  [VERBS.summaryOverview]: { access: "summary", handler: overview },
  [VERBS.summaryArea]: { access: "summary", handler: area },
  [VERBS.summaryUnit]: { access: "summary", handler: unit },
  [VERBS.summaryIndicator]: { access: "summary", handler: indicator },
  [VERBS.summaryAnswers]: { access: "summary", handler: answers },
  [VERBS.summaryMissing]: { access: "summary", handler: missing },
  [VERBS.summaryRemindMissing]: { access: "administer", handler: remindMissing },
  [VERBS.responsiblesInstallApp]: { access: "administer", handler: installApp },
  // A role's card names the role (roleId, or unitId on the form): a person of that role.
  [VERBS.roleReportOpen]: { access: "report", handler: openRoleReportAction, subject: "role" },
  [VERBS.roleReportDraft]: { access: "report", handler: saveRoleDraftAction, subject: "role" },
  [VERBS.roleReportPage]: { access: "report", handler: saveRoleDraftAction, subject: "role" },
  [VERBS.roleReportSubmit]: { access: "report", handler: submitRoleReportAction, subject: "role" },
  [VERBS.planChoose]: { access: "administer", handler: choosePlanAction },
};

export function cardAction(verb: unknown): CardActionSpec | undefined {
  return typeof verb === "string" && Object.hasOwn(CARD_ACTIONS, verb)
    ? CARD_ACTIONS[verb as Verb]
    : undefined;
}
