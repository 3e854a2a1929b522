// English for sv/plans.ts: the same keys (a missing or extra key does not compile).
import type { plans as sv } from "../sv/plans";
import type { Translation } from "../join-areas";

export const plans: Translation<typeof sv> = {
  "plans.title": "Plans",
  "plans.whichPlan": "Which plan?",
  "plans.whichForChannel":
    "Several plans have no leadership channel. Choose the plan whose summaries are posted in this channel. Nothing was changed.",
  "plans.whichToWorkOn":
    "Several plans are followed now, and you have not chosen one. Choose the plan to work on{command, select, none {} other {; {command} then runs on it}}. Nothing was changed yet.",
  "plans.noneLoaded":
    "No plan is loaded yet (or none of your förvaltningar). Send me the plan file with the words import plan.",
  "plans.chosen": "Your plan is chosen",
  "plans.chosenSummary":
    "Your admin commands (deadline, remind, summary, reporters …) work on this plan until you choose another.",
  "plans.archivedNote": "The plan is archived: it gets no reminders.",
  "plans.planField": "Plan",
  "plans.alreadyArchived": "{plan} is archived already. Nothing was changed.",
  "plans.archived": "Plan archived",
  "plans.archivedSummary":
    "No more reminders or summary posts for it. Its reports, summaries and audit log are kept.",
  "plans.stateField": "State",
  "plans.followed": "followed",
  "plans.archivedState": "archived",
  "plans.archivedFooter": "The change is in the audit log. Undo with restore plan {id}.",
  "plans.notArchived": "{plan} is not archived. Nothing was changed.",
  "plans.restored": "Plan followed again",
  "plans.restoredSummary":
    "Reminders and summaries for the plan's coming steps go out as usual; a step whose day has passed is not sent afterwards.",
  "plans.restoredFooter": "The change is in the audit log.",
  "plans.everyPlan": "every plan",
  "plans.scopeSet": "Administrator's förvaltningar set",
  "plans.scopeFooter":
    "They administer only the plans of these förvaltningar (the plan file's organisationUnit). Adding them as an admin is separate: admin add.",
  "plans.button.channel": "Post this plan's summaries here",
  "plans.button.work": "Work on this plan",
  "plans.footer":
    "Write plan <name> to choose the plan your commands work on, archive plan <name> to stop one.",
  "plans.more": "{count, plural, one {… and # more plan.} other {… and # more plans.}}",
  "plans.state.archived": "■ Archived: no reminders",
  "plans.state.notLive": "○ No open or coming period",
  "plans.state.open": "▶ Open: {periods}",
  "plans.state.followed":
    "◷ Followed; next: {next, select, none {the period after the deadline} other {{next}}}",
};
