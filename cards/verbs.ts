// The verbs of Action.Execute (and the `verb` field of the Action.Submit fallback): shared by the card
// templates' data and the bot's handlers, so a card and its handler can never disagree.
export const VERBS = {
  /** Opens the report card: data { planId, periodId, unitId? }. Used by reminders' "Rapportera nu". */
  reportOpen: "report.open",
  /** Report card: keeps the inputs as a draft and shows each value's status. */
  reportDraft: "report.draft",
  /** Report card: checks and submits; the answer is the receipt, or the card with its errors. */
  reportSubmit: "report.submit",
  /** Report card of a large plan: keeps the inputs as a draft and shows page `target`. */
  reportPage: "report.page",
  /**
   * The reminder's Universal Actions refresh, asked by Teams when its recipient sees it: data
   * { planId, periodId, unitIds }; the answer is the card as it is now (reported or not).
   */
  reminderRefresh: "reminder.refresh",
  /** The leadership summary: data { planId, periodId } plus what to show. */
  summaryOverview: "summary.overview",
  summaryArea: "summary.area",
  summaryUnit: "summary.unit",
  summaryIndicator: "summary.indicator",
  summaryAnswers: "summary.answers",
  summaryMissing: "summary.missing",
  summaryRemindMissing: "summary.remindMissing",
  /** `ansvariga`, admins only: installs the app through Graph for the reporters without it. Data { planId }. */
  responsiblesInstallApp: "responsibles.installApp",
  /** A reporter role's card (HR …): data { planId, periodId, roleId }; opens the role's report. */
  roleReportOpen: "role.open",
  /** The role's card: data { planId, periodId, unitId: <role id>, version, page }; as the report card's. */
  roleReportDraft: "role.draft",
  roleReportSubmit: "role.submit",
  roleReportPage: "role.page",
  /** Chooses the plan an admin works on, or the plan a channel posts: data { planId, purpose, command }. */
  planChoose: "plan.choose",
} as const satisfies Record<string, string>;

export type Verb = (typeof VERBS)[keyof typeof VERBS];
