// English for sv/reminders.ts: the same keys (a missing or extra key does not compile).
import type { reminders as sv } from "../sv/reminders";
import type { Translation } from "../join-areas";

export const reminders: Translation<typeof sv> = {
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
  "reminder.also": "Also",
  "reminder.aboutPlan": "{plan}: {label}, last day {day}",
  "reminder.andAlso": " and {label} ({plan})",
};
