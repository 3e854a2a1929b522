// English, the second language: the same keys as sv.ts (a missing or extra key does not compile).
import type { WordKey } from "./sv";

export const en: Record<WordKey, string> = {
  // Shared
  "common.more": "… and {count, number} more.",
  "common.moreUnits": "{count, plural, one {… and # more unit.} other {… and # more units.}}",
  "common.refresh": "Refresh",
  "common.back": "Back",
  "common.previous": "Previous",
  "common.next": "Next",
  "common.yes": "Yes",
  "common.no": "No",
  "common.page": "page {page, number}/{pages, number}",
  "common.units": "{count, plural, one {# unit} other {# units}}",
  "common.greeting": "Hi {name}!",
  "change.what": "What",
  "change.before": "Before",
  "change.after": "After",

  // Reminders (cards/reminder-messages.ts)
  "reminder.days": "{count, plural, one {# day} other {# days}}",
  "reminder.lastDayToday": "today is the last day",
  "reminder.deadlinePassed": "the deadline passed {count, plural, one {# day} other {# days}} ago",
  "reminder.title.opening": "Time to report: {label}",
  "reminder.title.before": "Reminder: report {label}",
  "reminder.title.deadline": "Last day today: {label}",
  "reminder.title.after": "Your report for {label} is missing",
  "reminder.title.manual": "Reminder: report {label}",
  "reminder.intro.opening": "Reporting for {label} is open. The last day is {deadline}.",
  "reminder.intro.before":
    "Your report for {label} is not complete yet. The last day is {deadline}.",
  "reminder.intro.deadline": "Today is the last day to report for {label}.",
  "reminder.intro.after":
    "The last day to report for {label} was {deadline}. Please report as soon as you can.",
  "reminder.intro.manual":
    "Your administrator reminds you to report for {label}. The last day is {deadline}.",
  "reminder.fact.period": "Period",
  "reminder.fact.lastDay": "Last day",
  "reminder.fact.timeLeft": "Time left",
  "reminder.fact.toReport": "To report",
  "reminder.toReport":
    "{items, plural, one {# item} other {# items}}, {units, plural, one {# unit} other {# units}}",
  "reminder.itemsToReport": "{count, plural, one {# item to report} other {# items to report}}",
  "reminder.unitsHeading": "{count, plural, one {Your unit} other {Your units}}",
  "reminder.reportNow": "Report now",
  "reminder.footer":
    "You get this because you report for {count, plural, one {this unit} other {these units}}. Questions? Ask your administrator.",
  "reminder.text": "{title} (last day {day})",
  "reach.reason.noAddress": "has not added Uppföljningsboten and is in no team the bot is in",
  "reach.reason.blocked": "Teams refused (blocked, app removed or not allowed)",
  "reach.reason.uninstalled": "has removed the app",
  "reach.reason.notFound": "the chat no longer exists",
  "progress.title": "Reminders: {label}",
  "progress.done": "Done: sent {sent, number} of {total, number}.",
  "progress.running": "Sent {sent, number} of {total, number} …",
  "progress.sent": "Sent",
  "progress.alreadyReported": "Already reported",
  "progress.alreadyReminded": "Already reminded today",
  "progress.unreachable": "Could not be reached",
  "progress.failed": "Failed",
  "progress.listHeading": "Could not be reached:",
  "progress.footer":
    "They need to add Uppföljningsboten in Teams (Apps → search → Add), or be in a team the bot is in. Type reporters for the full list.",
  "digest.title": "Missing reports: {label}",
  "digest.allReported":
    "{count, plural, one {The unit has reported.} other {All # units have reported.}}",
  "digest.missing":
    "{missing, number} of {units, plural, one {# unit} other {# units}} have not reported. The last day was {deadline}.",
  "digest.reporters": "{count, plural, one {Reporter} other {Reporters}}: {names}",
  "digest.noReporter": "No reporter: name one with reporter <unit> <person>",
  "digest.footer": "They have been reminded. Remind them again with: påminn {periodId}",
  "unreachable.title": "Could not reach {count, plural, one {# person} other {# people}}",
  "unreachable.summary":
    "The reminder for {label} did not reach {count, plural, one {them} other {them}}:",
  "unreachable.footer":
    "They need to add Uppföljningsboten in Teams again (Apps → search → Add) or unblock it. Type reporters to see everyone.",
  // The summary (cards/summary/)
  "summary.title": "Follow-up: {plan}",
  "summary.reported":
    "{reported, number} of {units, plural, one {# unit} other {# units}} have reported.",
  "summary.chartAlt": "Statuses per goal area and period",
  "summary.since": "Since {label}",
  "summary.newRed": "New red",
  "summary.areasHeading": "Goal areas (select one to see its indicators)",
  "summary.roleScope":
    "for {units, plural, one {# unit} other {# units}}{people, select, none {} other { ({people})}}",
  "summary.roleAndReporters": "Role and reporters",
  "summary.missingCount":
    "{units, plural, one {# unit} other {# units}}{roles, plural, =0 {} one { and # role} other { and # roles}}",
  "summary.missingHeading": "Not reported yet",
  "summary.allMissing": "All who are missing",
  "summary.remindMissing": "Remind them",
  "summary.footer":
    "✔ green ▲ yellow ✖ red ○ not reported – not judged. One count per unit and indicator{totals, select, yes {; Σ: a target for the whole organisation, one count for the total} other {}}. Updated {updated}{posted, select, none {} other { (first posted {posted})}}.",
  "summary.trend.better": "↗ better",
  "summary.trend.same": "→ unchanged",
  "summary.trend.worse": "↘ worse",
  "summary.vsPrevious": "vs previous: {trend}",
  "summary.vsLastYear": "vs last year: {trend}",
  "summary.target": "Target: {target}",
  "summary.inTotal": "Σ in the total",
  "summary.moreUnitRows":
    "{count, plural, one {… and # more unit: select to see all} other {… and # more units: select to see all}}",
  "summary.units": "Units",
  "summary.indicators": "Indicators",
  "summary.activitiesOf": "Activities · {goal}",
  "summary.activityCounts":
    "Not started {notStarted, number}, in progress {inProgress, number}, done {done, number}, delayed {delayed, number}, cancelled {cancelled, number}, not reported {notReported, number}.",
  "summary.delayed": "⚠ Delayed: {name} – {unit}",
  "summary.question": "Question · {text}",
  "summary.answered": "{answered, number} answered ({units}), {missing, number} not yet.",
  "summary.nobody": "none",
  "summary.readAnswers": "Read answers",
  "summary.unitAndReporter": "Unit and reporter",
  "summary.activities": "{count, plural, one {# activity} other {# activities}}",
  "summary.activity.delayed": "{count, number} delayed",
  "summary.activity.cancelled": "{count, number} cancelled",
  "summary.activity.notReported": "{count, number} not reported",
  "summary.activity.notStarted": "{count, number} not started",
  "summary.activity.inProgress": "{count, number} in progress",
  "summary.activity.done": "{count, number} done",
  "chart.legend.green": "Green",
  "chart.legend.yellow": "Yellow",
  "chart.legend.red": "Red",
  "chart.legend.notJudged": "Not judged",
  "chart.legend.notReported": "Not reported",
  "chart.trendTitle": "Share green per period",
  "chart.nothingDue": "Nothing to report this period",
  // The calendar (cards/periods-view.ts, period-change-view.ts)
  "periods.title": "Reporting periods: {plan}",
  "periods.covers": "Covers",
  "periods.opens": "Opens",
  "periods.deadline": "Deadline",
  "periods.reminders": "Reminders",
  "periods.reported": "Reported",
  "periods.reportedCount": "{done, number} of {units, plural, one {# unit} other {# units}}",
  "periods.toTheLate": "to those who have not reported: {times}",
  "periods.closed": "■ Closed",
  "periods.open": "▶ Open",
  "periods.upcoming": "◷ Upcoming",
  "periods.footer":
    "Change with e.g. deadline {sample} 2025-05-15, öppna {sample} 2025-05-02 or påminnelser {sample} 7 3 1. Dates: {examples}.",
  "periodChange.changed": "{label} changed",
  "periodChange.unchanged": "{label}: nothing to change",
  "periodChange.footer": "Reminders go out on working days, within working hours, Swedish time.",

  // Reporters (cards/responsibles-view.ts)
  "reach.reachable": "✔ Reachable",
  "reach.notInstalled": "✖ Has not installed the app",
  "reach.uninstalled": "✖ Has removed the app",
  "reach.blocked": "✖ Blocked",
  "responsibles.title": "Reporters: {plan}",
  "responsibles.summary":
    "{reporters, plural, one {# reporter} other {# reporters}} for {units, plural, one {# unit} other {# units}}; {unreachable, plural, =0 {I can reach them all.} other {# cannot be reached yet.}}",
  "responsibles.none": "– none –",
  "responsibles.unit": "Unit",
  "responsibles.reporter": "Reporter",
  "responsibles.reach": "Reach",
  "responsibles.install": "Install the app for them",
  "responsibles.adviceInstall":
    "Those marked ✖ cannot be reached yet. Install the app for them adds Uppföljningsboten in Teams for everyone who has not blocked me; or they add it themselves (Apps → search → Add).",
  "responsibles.advice":
    "Those marked ✖ must install Uppföljningsboten in Teams (Apps → search → Add), or be in a team where the bot is installed, before reminders can reach them.",
  "responsibles.moreRows": "{count, plural, one {… and # more row.} other {… and # more rows.}}",
  "responsibles.changeTitle": "Reporter for {unit}",
  "responsibles.notReachable":
    "{person} cannot be reached by me yet: they need to add Uppföljningsboten in Teams.",

  // Help (cards/help-view.ts)
  "help.title": "Uppföljningsboten (follow-up bot)",
  "help.intro":
    "I help you follow up the operational plan: I remind you when it is time to report, collect your results and summarise them for leadership.",
  "help.everyone": "Commands",
  "help.admins": "For administrators",
  "help.footer": "Type the command here in the chat. Case and extra spaces do not matter.",
  // Reports (cards/report-*-view.ts, reminder-status-card.ts)
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
  "install.title": "Installing the app",
  "install.summary":
    "{installed, number} installed, {already, number} already had it, {notDone, number} not done.",
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
  // Replies of bot/commands/handlers
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
  "common.noneListed": "- none",
  "admin.added": "Administrator added",
  "admin.removed": "Administrator removed",
  "admin.role": "administrator",
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
  "noneOpen.next":
    "No period is open for reporting now. Next: {label} opens {opens} (deadline {deadline}). I will remind you.",
  "noneOpen.allClosed": "Every period of the plan is closed.",
  "noneOpen.allClosedLast":
    "Every period of the plan is closed; the last one, {label}, closed {deadline}. Write report {periodId} to see what was reported.",
  "remind.running":
    "Reminders for {label} are being sent right now: the message above shows how far they have come.",
  "remind.nobody": "Nobody to remind for {label}: every unit that reports has reported.",
  "install.everyoneHasIt": "Everyone who reports has the app already.",
  "remindMissing.started":
    "Reminding {count, plural, one {# person} other {# people}} for {label}; the progress is in your chat with me.",
  "remindMissing.running": "Those reminders are being sent right now.",
  "remindMissing.nobody": "Everyone has reported: nobody to remind.",
  "channel.greeting":
    "Hi! I am Uppföljningsboten. An administrator can make this the leadership channel for summaries.",
  "greeting.reporter":
    "I will remind you here when it is time to report, and you report on a card right in the chat.",
  "greeting.firstAdmin":
    "Start by sending me the plan: write import plan and attach the .xlsx or .yaml file.",
  "greeting.other":
    "I help you follow up the operational plan: reminders, reports and summaries for leadership.",
  "notUnderstood.didYouMean": "I did not understand “{typed}”. Did you mean **{words}**?",
  "notUnderstood.help": "I did not understand “{typed}”. Type **help** to see what I can do.",
  "notUnderstood.orChoose": "Or choose:",
  "notUnderstood.youCan": "You can:",
  // Breakdowns, milestones and activity states
  "part.women": "Women",
  "part.men": "Men",
  "part.own": "Own provision",
  "part.private": "Private providers",
  "breakdown.sex": "sex",
  "breakdown.provider": "provider",
  "breakdown.label":
    "Split by {kind}{required, select, yes {} other { (where possible)}}: {rule, select, sum {{parts} must add up to the total} other {the total must lie between {parts}}}.",
  "activityState.notStarted": "Not started",
  "activityState.inProgress": "In progress",
  "activityState.done": "Done",
  "activityState.delayed": "Delayed",
  "activityState.cancelled": "Cancelled",
  "milestone.label":
    "{period, select, none {Milestone during the year} other {Milestone {period}}}",
  "milestone.field": "{label}{due, select, yes { – due now} other {}}: {text}",
  "milestone.receipt": "{label}: {text} – {state}",
  "milestone.missed": "⚑ {label} missed: {text} – {name}, {unit} ({state})",
  "milestone.noState": "no state given",
  "error.storage": "Something went wrong with the storage, please try again in a while.",
  "error.unexpected":
    "Sorry, something went wrong on my side. Nothing you sent was lost: please try again in a minute, and tell your administrator if it keeps happening.",
  "rollup.count":
    "{partial, select, yes {{units, number} of } other {}}{of, plural, one {# unit} other {# units}}",
  "rollup.sum": "Sum of {count}",
  "rollup.mean": "Mean of {count}",
  "rollup.weighted": "Weighted by number of {weight} ({count})",
  "rollup.perUnit": "{green, number} of {judged, plural, one {# unit} other {# units}} green",
  "rollup.targetForOrganisation": "target for the whole organisation",
  "summary.headline":
    "{period}: {green, number} green, {yellow, number} yellow, {red, number} red, {notReported, number} not reported{notJudged, plural, =0 {} other {, # not judged}}",
  "deputy.none": "No deputies in {plan} now. Name one: deputy <unit> <person> [until <date>].",
  "deputy.list": "Deputies in {plan}:",
  "deputy.line":
    "- {unit}: {name} ({upn}){forWhom, select, none {} other { for {forWhom}}}, {until}",
  "deputy.until": "{date, select, none {until replaced} other {until {date}}}",
  "deputy.shown": "{name}, {until}",
  "deputy.title": "Deputy for {unit}",
  "deputy.field": "Deputy",
  "deputy.footer":
    "{name} is reminded for {unit} and may report for it while the deputy lasts, beside its own reporters. The change is in the audit log.",
  "deputy.removedTitle": "Deputy removed for {unit}",
  "deputy.removedFooter":
    "{names} is no longer reminded for {unit} and may no longer report for it. The unit's reporters stay. The change is in the audit log.",
  "absence.endedTitle": "Your absence has ended",
  "absence.endedFooter":
    "You are reminded for your units again.{names, select, none {} other { {names} is no longer reminded for them and may no longer report for them.}} The change is in the audit log.",
  "absence.title": "Away until {until}",
  "absence.reportsFor": "Reports for",
  "absence.reminders": "Reminders to you",
  "absence.noneUntil": "None until {until}",
  "absence.footer":
    "{name} is reminded and may report for your units until {until}. The change is in the audit log.",
  "roleReport.scope": "{role} reports for {units, plural, one {# unit} other {# units}}.",
  "roleReport.page": "Page {page, number} of {pages, number}: {first} – {last}",
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
  "reminder.also": "Also",
  "reminder.aboutPlan": "{plan}: {label}, last day {day}",
  "reminder.andAlso": " and {label} ({plan})",
  "reportText.title": "Report {period}: {unit}",
  "reportText.deadline": "Deadline",
  "reportText.previous": "← Previous",
  "reportText.next": "Next →",
  "reportText.draft": "Save draft",
  "reportText.submit": "Submit",
  "reportText.edit": "Change",
  "reportText.choose": "Choose a state",
  "reportText.yes": "Yes",
  "reportText.no": "No",
  "reportText.unit": "Measure",
  "reportText.target": "Target",
  "reportText.rule": "Rule",
  "reportText.milestones": "Milestones",
  "reportText.lastPeriod": "Last period ({label})",
  "reportText.lastYear": "Last year ({label})",
  "reportText.baseline": "Compared with",
  "reportText.source": "Source",
  "reportText.missing": "Missing",
  "reportText.koladaOffer": "(filled in: confirm or change)",
  "reportText.value": "Result {period}{unit, select, none {} other { ({unit})}}",
  "reportText.optional": " – optional",
  "reportText.numberPlaceholder": "e.g. 6,5 or 12 559",
  "reportText.percentPlaceholder": "e.g. 87 or 87 %",
  "reportText.state": "State",
  "reportText.indicatorComment": "Comment (if red: the reason and the planned action)",
  "reportText.activityComment": "Comment (if delayed or cancelled: the reason and the action)",
  "reportText.answer": "Your answer",
  "reportText.lowerBetter": "lower is better",
  "reportText.higherBetter": "higher is better",
  "reportText.numbersHint": "Write numbers as 6,5, 12 559 or 87 %.",
  "reportText.footer":
    "Save a draft to see each value's status; nothing is submitted until you press Submit.",
  "reportText.comment": "Comment",
  "install.installed.result": "✔ Installed",
  "install.installed.step":
    "Teams gives me the chat with them within a few minutes; reminders reach them then.",
  "install.alreadyInstalled.result": "✔ Already has the app",
  "install.alreadyInstalled.step":
    "But I have no chat with them yet: ask them to open Uppföljningsboten in Teams and write help.",
  "install.noLicence.result": "✖ No Teams licence, or the app is not allowed for them",
  "install.noLicence.step":
    "Ask IT to give them a Teams licence and to allow Uppföljningsboten in their app permission policy (Teams admin center → Teams apps).",
  "install.userNotFound.result": "✖ Not found in the organisation's directory",
  "install.userNotFound.step":
    "Check the address in the plan and correct it with reporter <unit> <person>.",
  "install.consentMissing.result": "✖ The app lacks its Microsoft Graph permission",
  "install.consentMissing.step":
    "Ask IT to grant the app TeamsAppInstallation.ReadWriteSelfForUser.All with admin consent (the deployment guide, step 6), and try again.",
  "install.failed.result": "✖ Did not work just now",
  "install.failed.step":
    "Microsoft Graph did not answer, or asked me to wait. Try again in a while.",
  "greeting.button.report": "Report",
  "greeting.button.listPeriods": "Periods",
  "greeting.button.listResponsibles": "Reporters",
  "greeting.button.help": "Everything I can do",
  "invoke.unsupported.title": "Uppföljningsboten cannot do that here",
  "invoke.unsupported.text":
    "I remind you to report, take your reports and show summaries in the chat with me. Write help to me in the chat to see what you can do.",
  "invoke.malformed":
    "I did not understand this request from Teams. Write help to me in the chat to see what you can do.",
  "status.green": "Green",
  "status.yellow": "Yellow",
  "status.red": "Red",
  "status.none": "Not judged",
  "status.notReported": "Not reported",
  "parts.heading": "Parts: {groups}",
  "parts.total": "{line} ({units, number} of {of, plural, one {# unit} other {# units}})",
};
