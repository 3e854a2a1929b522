// A goal area's activities in words: "⚠ 4 aktiviteter: 1 försenad, 3 pågår", the most pressing
// state first, for the overview's list and the chart's note.
import type { Locale } from "../../services/i18n/locale";
import type { AreaSummary } from "../../services/summary/period-summary";
import { t } from "../words/t";

type ActivityCount = keyof AreaSummary["goals"][number]["activities"]["counts"];

// Most pressing first: leadership reads "1 försenad" before "3 klara".
const ORDER: ActivityCount[] = [
  "delayed",
  "cancelled",
  "notReported",
  "notStarted",
  "inProgress",
  "done",
];

type ActivityCounts = Record<ActivityCount, number>;

/** "4 aktiviteter: 1 försenad, 3 pågår", or "" when the area has no activities due. */
export function activitiesText(area: AreaSummary, locale: Locale): string {
  const counts = Object.fromEntries(ORDER.map((state) => [state, 0])) as ActivityCounts;
  for (const goal of area.goals)
    for (const state of ORDER) counts[state] += goal.activities.counts[state];
  return activityCountsText(counts, locale);
}

/** The same words for one goal's activities, on the goal area's drill-down. */
export function activityCountsText(counts: ActivityCounts, locale: Locale): string {
  const total = ORDER.reduce((sum, state) => sum + counts[state], 0);
  if (total === 0) return "";
  const parts = ORDER.filter((state) => counts[state] > 0).map((state) =>
    t(locale, `summary.activity.${state}`, { count: counts[state] }),
  );
  const noun = t(locale, "summary.activities", { count: total });
  return `${counts.delayed > 0 ? "⚠ " : ""}${noun}: ${parts.join(", ")}`;
}
