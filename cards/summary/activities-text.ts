// A goal area's activities in words: "⚠ 4 aktiviteter: 1 försenad, 3 pågår", the most pressing
// state first, for the overview's list and the chart's note.
import type { Locale } from "../../services/i18n/locale";
import type { AreaSummary } from "../../services/summary/period-summary";

type ActivityCount = keyof AreaSummary["goals"][number]["activities"]["counts"];

// Most pressing first: leadership reads "1 försenad" before "3 klara".
const ACTIVITY_WORDS: [ActivityCount, Record<Locale, [string, string]>][] = [
  ["delayed", { sv: ["försenad", "försenade"], en: ["delayed", "delayed"] }],
  ["cancelled", { sv: ["avbruten", "avbrutna"], en: ["cancelled", "cancelled"] }],
  [
    "notReported",
    { sv: ["ej rapporterad", "ej rapporterade"], en: ["not reported", "not reported"] },
  ],
  ["notStarted", { sv: ["ej påbörjad", "ej påbörjade"], en: ["not started", "not started"] }],
  ["inProgress", { sv: ["pågår", "pågår"], en: ["in progress", "in progress"] }],
  ["done", { sv: ["klar", "klara"], en: ["done", "done"] }],
];

/** "4 aktiviteter: 1 försenad, 3 pågår", or "" when the area has no activities due. */
export function activitiesText(area: AreaSummary, locale: Locale): string {
  const counts = Object.fromEntries(ACTIVITY_WORDS.map(([state]) => [state, 0])) as Record<
    ActivityCount,
    number
  >;
  for (const goal of area.goals)
    for (const [state] of ACTIVITY_WORDS) counts[state] += goal.activities.counts[state];
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  if (total === 0) return "";
  const parts = ACTIVITY_WORDS.filter(([state]) => counts[state] > 0).map(
    ([state, words]) => `${counts[state]} ${words[locale][counts[state] === 1 ? 0 : 1]}`,
  );
  const noun =
    locale === "en"
      ? total === 1
        ? "activity"
        : "activities"
      : total === 1
        ? "aktivitet"
        : "aktiviteter";
  return `${counts.delayed > 0 ? "⚠ " : ""}${total} ${noun}: ${parts.join(", ")}`;
}
