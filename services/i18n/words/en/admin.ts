// English for sv/admin.ts: the same keys (a missing or extra key does not compile).
import type { admin as sv } from "../sv/admin";
import type { Translation } from "../join-areas";

export const admin: Translation<typeof sv> = {
  "export.noFileConsent":
    "This client (the Agents Playground) cannot receive files from me, so no file was sent. Get the same workbook where the bot runs with: {command}",
  "export.description": "{plan}, {period}: results per unit with status, comments, who and when.",
  "publish.posted":
    "The summary of {label} is posted in {channel, select, none {the leadership channel} other {{channel}}}.",
  "publish.updated":
    "The summary of {label} in {channel, select, none {the leadership channel} other {{channel}}} is updated.",
  "publish.unchanged": "The summary of {label} is already posted and up to date.",
  "publish.busy": "The summary is being posted right now.",
  "publish.noChannel":
    "No leadership channel is set, so here it is. An admin writes @Uppföljningsboten leadership channel in the team channel that should receive it.",
  "leadership.role": "leadership",
  "leadership.already": "{person} is already leadership. Nothing changed.",
  "leadership.added": "Leadership added",
  "leadership.addedSummary": "They see the summaries and can drill into them.",
  "leadership.notNamed": "{person} is not named leadership. Nothing changed.",
  "leadership.removed": "Leadership removed",
  "leadership.list": "Named leadership (besides the leadership channel's members):",
  "admin.added": "Administrator added",
  "admin.removed": "Administrator removed",
  "admin.role": "administrator",
  "admin.already": "{person} is an administrator already. Nothing was changed.",
  "admin.notAdmin": "{person} is not an administrator. Nothing was changed.",
  "admin.list": "Administrators:",
  "admin.fromConfiguration": " (from the setting BOT_ADMINS)",
  "admin.none": "- none",
  "leadershipChannel.this": "this channel",
  "leadershipChannel.set": "Leadership channel set",
  "leadershipChannel.summary": "Summaries of the follow-up will be posted here.",
  "leadershipChannel.summaryPlan": "Summaries of this plan will be posted here.",
  "leadershipChannel.field": "Leadership channel",
  "comparison.set": "Comparison value set",
  "comparison.wholeOrganisation": "the whole organisation",
  "comparison.field": "Comparison value",
  "comparison.footer": "Reports are judged against it from now on. The change is in the audit log.",
  "reopen.title": "{label} reopened for {unit}",
  "reopen.field": "Can be changed until",
  "reopen.closed": "Closed",
  "reopen.footer":
    "The unit's reporters can change and submit the report for {days, plural, one {# working day} other {# working days}} (write report {periodId}). The change is in the audit log.",
};
