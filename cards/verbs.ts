// The verbs of Action.Execute (and the `verb` field of the Action.Submit fallback): shared by the card
// templates' data and the bot's handlers, so a card and its handler can never disagree.
export const VERBS = {
  /** Opens the report card: data { planId, periodId, unitId? }. Used by reminders' "Rapportera nu". */
  reportOpen: "report.open",
} as const satisfies Record<string, string>;

export type Verb = (typeof VERBS)[keyof typeof VERBS];
