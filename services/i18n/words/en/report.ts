// English for sv/report.ts: the same keys (a missing or extra key does not compile).
import type { report as sv } from "../sv/report";
import type { Translation } from "../join-areas";

export const report: Translation<typeof sv> = {
  "report.reportPeriod": "Report {label}",
  "report.report": "Report",
  "report.submittedAt": "✔ Submitted {when}",
  "report.submittedAtBy": "✔ Submitted {when} by {name}",
  "report.notSubmitted": "○ Not submitted yet",
  "report.openReport": "Open the report",
  "report.unitsIntro":
    "You report for {units, plural, one {# unit} other {# units}}; {left, plural, =0 {all are submitted.} other {# not submitted yet.}} Choose one:",
  "report.unitsMore": "… and {count, number} more: write report {periodId} <unit>. ",
  "report.page": "Page {page, number} of {pages, number}: {first}",
  "report.submittedTitle": "✔ Report submitted: {label} · {unit}",
  "report.closed": " (closed)",
  "report.notAnswered": "– Not answered",
  "reminderStatus.allIn": "✔ Reported: {label}",
  "reminderStatus.allInSummary":
    "Thank you: the report is in. You can change it until the deadline.",
  "reminderStatus.someIn":
    "{done, number} of {units, number} reported. The last day is {deadline}.",
  "reminderStatus.footer": "This card shows the reports as they are now.",
  "report.submittedLine": "Submitted {when} by {name} (version {version, number}).",
  "report.canResubmit": "You can change it and submit again until the deadline.",
  "report.noneSubmitted": "No report was submitted.",
  "report.closedNotice":
    "The deadline for {label} was {deadline}, so the report is closed. An administrator can reopen it: öppna rapport {periodId} {unit}.",
  "report.moreAnswers":
    "{count, plural, one {… and # more answer.} other {… and # more answers.}} Press {edit} to see them all.",
  "report.changeUntil": "You can change the report until {deadline}.",
  "report.notSubmittedYet": "Not submitted yet.",
  "report.draftSavedBy": "Draft saved {when} by {name}.",
  "report.onBehalf":
    "You are reporting for {unit} as an administrator{who, select, none {} other {, for {who}}}.",
  "report.reopenedUntil": "Reopened by an administrator until {when}.",
  "report.draftSaved":
    "✔ Draft saved. Each value's status is shown below it. Submit when you are done.",
  "report.invalid":
    "✖ {count, plural, one {# field needs} other {# fields need}} correcting before the report can be submitted. Nothing was submitted; what you wrote is kept as a draft.",
  "report.conflict":
    "▲ Someone else submitted this report after you opened the card. The card now shows what is submitted. What you wrote below was not saved: enter it again if it should stay.",
  "noneOpen.next":
    "No period is open for reporting now. Next: {label} opens {opens} (deadline {deadline}). I will remind you.",
  "noneOpen.allClosed": "Every period of the plan is closed.",
  "noneOpen.allClosedLast":
    "Every period of the plan is closed; the last one, {label}, closed {deadline}. Write report {periodId} to see what was reported.",
  "roleReport.scope": "{role} reports for {units, plural, one {# unit} other {# units}}.",
  "roleReport.page": "Page {page, number} of {pages, number}: {first} – {last}",
};
