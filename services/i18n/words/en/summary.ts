// English for sv/summary.ts: the same keys (a missing or extra key does not compile).
import type { summary as sv } from "../sv/summary";
import type { Translation } from "../join-areas";

export const summary: Translation<typeof sv> = {
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
};
