// Turns a period summary into the data of its cards, in the reader's language: every status as a
// symbol and a word, never colour alone; long lists cut to fit Teams, with what was left out counted.
import type { CardAction, SummaryDetailData, SummaryOverviewData } from "../../cards/summary-card";
import { VERBS } from "../../cards/verbs";
import type { Locale } from "../../services/i18n/locale";
import { formatNumber, statusWord } from "../../services/rules";
import {
  headline,
  rollupText,
  targetForText,
  type AreaSummary,
  type IndicatorSummary,
  type PeriodSummary,
  type StatusCounts,
  type Trend,
} from "../../services/summary";
import { partsTotalLine, withParts } from "../../cards/summary-breakdown-view";
import { missedMilestoneLines } from "../../cards/summary-milestones-view";

export function countsText(counts: StatusCounts): string {
  const parts = [
    `✔ ${counts.green}`,
    `▲ ${counts.yellow}`,
    `✖ ${counts.red}`,
    `○ ${counts.notReported}`,
  ];
  if (counts.notJudged > 0) parts.push(`– ${counts.notJudged}`);
  return parts.join("  ");
}

const TREND: Record<Trend, { sv: string; en: string }> = {
  better: { sv: "↗ bättre", en: "↗ better" },
  same: { sv: "→ oförändrat", en: "→ unchanged" },
  worse: { sv: "↘ sämre", en: "↘ worse" },
  unknown: { sv: "", en: "" },
};

export function valueText(
  value: number | boolean | null | undefined,
  unit: string | undefined,
  locale: Locale,
): string {
  if (typeof value === "boolean")
    return value ? (locale === "en" ? "Yes" : "Ja") : locale === "en" ? "No" : "Nej";
  if (typeof value !== "number") return "–";
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}

const ids = (s: PeriodSummary) => ({ planId: s.planId, periodId: s.periodId });

export interface OverviewOptions {
  chartUrl?: string;
  updatedAt: string;
  /** Lines kept on the overview before "… och N till". */
  maxLines?: number;
  /** Set when the card updates a post in place: when that post was first made. */
  postedAt?: string;
}

export function overviewData(
  s: PeriodSummary,
  locale: Locale,
  options: OverviewOptions,
): SummaryOverviewData {
  const en = locale === "en";
  const max = options.maxLines ?? 15;
  const changeLines = [
    ...s.changes.newReds.map(
      (c) => `✖ ${en ? "New red" : "Ny röd"}: ${c.indicatorName} – ${c.unitName}`,
    ),
    ...s.changes.worse.map(
      (c) =>
        `↘ ${c.indicatorName} – ${c.unitName}: ${statusWord(c.before, locale)} → ${statusWord(c.after, locale)}`,
    ),
    ...s.changes.better.map(
      (c) =>
        `↗ ${c.indicatorName} – ${c.unitName}: ${statusWord(c.before, locale)} → ${statusWord(c.after, locale)}`,
    ),
  ];
  const missingLines = s.missingUnits.map(
    (u) => `○ ${u.name}${u.reporters.length ? ` (${u.reporters.join(", ")})` : ""}`,
  );
  const totals = s.areas.some((a) =>
    a.goals.some((g) => g.indicators.some((i) => i.rollup.targetFor === "organisation")),
  );
  const actions: CardAction[] = [];
  if (s.missingUnits.length > max) {
    actions.push({
      title: en ? "All who are missing" : "Alla som saknas",
      verb: VERBS.summaryMissing,
      actionData: { ...ids(s), page: 0 },
    });
  }
  if (s.missingUnits.length > 0) {
    actions.push({
      title: en ? "Remind them" : "Påminn dessa",
      verb: VERBS.summaryRemindMissing,
      actionData: ids(s),
    });
  }
  return {
    title: en ? `Follow-up: ${s.planName}` : `Uppföljning: ${s.planName}`,
    headline: headline(s, locale),
    reported: en
      ? `${s.reportedUnits} of ${s.expectedUnits} units have reported.`
      : `${s.reportedUnits} av ${s.expectedUnits} enheter har rapporterat.`,
    chartUrl: options.chartUrl ?? "",
    chartAlt: en ? "Statuses per goal area and period" : "Status per målområde och period",
    changesHeading: s.previousLabel
      ? en
        ? `Since ${s.previousLabel}`
        : `Sedan ${s.previousLabel}`
      : "",
    changes: changeLines.slice(0, max).map((line) => ({ line })),
    changesMore: more(changeLines.length - max, locale),
    areasHeading: en
      ? "Goal areas (select one to see its indicators)"
      : "Målområden (välj ett för att se indikatorerna)",
    areas: s.areas.map((area) => ({
      name: area.name,
      counts: areaCountsText(area, locale),
      verb: VERBS.summaryArea,
      actionData: { ...ids(s), areaId: area.id, page: 0 },
    })),
    missingHeading: en ? "Not reported yet" : "Har inte rapporterat än",
    missing: missingLines.slice(0, max).map((line) => ({ line })),
    missingMore: more(missingLines.length - max, locale),
    footer: en
      ? `✔ green ▲ yellow ✖ red ○ not reported – not judged. One count per unit and indicator${totals ? "; Σ: a target for the whole organisation, one count for the total" : ""}. Updated ${options.updatedAt}${options.postedAt ? ` (first posted ${options.postedAt})` : ""}.`
      : `✔ grön ▲ gul ✖ röd ○ ej rapporterad – ej bedömd. En räkning per enhet och indikator${totals ? "; Σ: mål för hela organisationen, en räkning för totalen" : ""}. Uppdaterad ${options.updatedAt}${options.postedAt ? ` (först publicerad ${options.postedAt})` : ""}.`,
    actions,
  };
}

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

/** A goal area's line on the overview: its indicators' counts and its activities' states. */
function areaCountsText(area: AreaSummary, locale: Locale): string {
  const c = area.counts;
  const indicators = c.green + c.yellow + c.red + c.notJudged + c.notReported;
  return [indicators > 0 ? countsText(c) : "", activitiesText(area, locale)]
    .filter(Boolean)
    .join(" · ");
}

function more(count: number, locale: Locale): string {
  if (count <= 0) return "";
  return locale === "en" ? `… and ${count} more.` : `… och ${count} till.`;
}

/** Föregående / Nästa for a paged view: the same verb and data with the page before or after. */
function pager(
  s: PeriodSummary,
  locale: Locale,
  verb: string,
  data: Record<string, unknown>,
  page: number,
  pageSize: number,
  total: number,
): CardAction[] {
  const en = locale === "en";
  const actions: CardAction[] = [];
  if (page > 0)
    actions.push({
      title: en ? "Previous" : "Föregående",
      verb,
      actionData: { ...ids(s), ...data, page: page - 1 },
    });
  if ((page + 1) * pageSize < total)
    actions.push({
      title: en ? "Next" : "Nästa",
      verb,
      actionData: { ...ids(s), ...data, page: page + 1 },
    });
  return actions;
}

function back(s: PeriodSummary, locale: Locale): CardAction {
  return {
    title: locale === "en" ? "Back" : "Tillbaka",
    verb: VERBS.summaryOverview,
    actionData: ids(s),
  };
}

/** Units shown under an indicator on the goal-area view; the rest are one selection away. */
export const UNIT_ROWS_PER_INDICATOR = 12;

const SEVERITY: Record<string, number> = { red: 0, yellow: 1, notReported: 2, none: 3, green: 4 };

/** A unit under an organisation's target has no colour of its own: it is part of the total. */
function unitStatusText(unit: IndicatorSummary["units"][number], locale: Locale): string {
  if (unit.inTotal) return locale === "en" ? "Σ in the total" : "Σ ingår i totalen";
  return statusWord(unit.status, locale);
}

function unitRow(
  unit: IndicatorSummary["units"][number],
  indicator: IndicatorSummary,
  locale: Locale,
) {
  return {
    label: unit.unitName,
    value: withParts(
      valueText(unit.value, indicator.unitOfMeasure, locale),
      unit.parts,
      indicator.unitOfMeasure,
      locale,
    ),
    status: unitStatusText(unit, locale),
  };
}

function indicatorSection(indicator: IndicatorSummary, s: PeriodSummary, locale: Locale) {
  const en = locale === "en";
  const trendParts = [
    indicator.trendPrevious !== "unknown"
      ? `${en ? "vs previous" : "mot förra"}: ${TREND[indicator.trendPrevious][locale]}`
      : "",
    indicator.trendLastYear !== "unknown"
      ? `${en ? "vs last year" : "mot i fjol"}: ${TREND[indicator.trendLastYear][locale]}`
      : "",
  ].filter(Boolean);
  // perUnit has no figure of its own: "3 av 4 enheter gröna" is its figure. Otherwise the explanation
  // says how the figure was combined ("Summa av 5 enheter: …").
  const figure =
    indicator.rollup.kind === "perUnit"
      ? rollupText(indicator.rollup, locale)
      : valueText(indicator.aggregate, indicator.unitOfMeasure, locale);
  const scope = targetForText(indicator.rollup, locale);
  return {
    title: `${statusWord(indicator.status, locale)} · ${indicator.name}`,
    text: [
      `${en ? "Target" : "Mål"}: ${indicator.target ?? "–"}${scope ? ` (${scope})` : ""} · ${figure}`,
      indicator.explanation,
      partsTotalLine(indicator.partsTotals, indicator.rollup.of, indicator.unitOfMeasure, locale),
      trendParts.join(" · "),
    ]
      .filter(Boolean)
      .join("\n\n"),
    ...unitRows(indicator, s, locale),
  };
}

/** Up to UNIT_ROWS_PER_INDICATOR units, those needing attention first; the section opens the rest. */
function unitRows(indicator: IndicatorSummary, s: PeriodSummary, locale: Locale) {
  if (indicator.units.length <= UNIT_ROWS_PER_INDICATOR) {
    return { rows: indicator.units.map((unit) => unitRow(unit, indicator, locale)) };
  }
  const shown = [...indicator.units]
    .sort((a, b) => (SEVERITY[a.status] ?? 9) - (SEVERITY[b.status] ?? 9))
    .slice(0, UNIT_ROWS_PER_INDICATOR);
  const rest = indicator.units.length - shown.length;
  return {
    rows: [
      ...shown.map((unit) => unitRow(unit, indicator, locale)),
      {
        label:
          locale === "en"
            ? `… and ${rest} more units: select to see all`
            : `… och ${rest} enheter till: välj för att se alla`,
        value: "",
        status: "",
      },
    ],
    verb: VERBS.summaryIndicator,
    actionData: { ...ids(s), itemId: indicator.id, page: 0 },
  };
}

/** Every unit's value and status for one indicator, a page at a time. */
export function indicatorData(
  s: PeriodSummary,
  itemId: string,
  locale: Locale,
  page: number,
  pageSize: number,
): SummaryDetailData | undefined {
  const indicator = s.areas
    .flatMap((a) => a.goals.flatMap((g) => g.indicators))
    .find((i) => i.id === itemId);
  if (!indicator) return undefined;
  const en = locale === "en";
  const start = page * pageSize;
  const actions = [
    back(s, locale),
    ...pager(s, locale, VERBS.summaryIndicator, { itemId }, page, pageSize, indicator.units.length),
  ];
  return {
    title: `${s.planName} · ${s.periodLabel}`,
    heading: `${statusWord(indicator.status, locale)} · ${indicator.name}`,
    subheading: `${countsText(indicator.counts)} · ${en ? "page" : "sida"} ${page + 1}/${Math.max(1, Math.ceil(indicator.units.length / pageSize))}`,
    sections: [
      {
        title: en ? "Units" : "Enheter",
        rows: indicator.units
          .slice(start, start + pageSize)
          .map((unit) => unitRow(unit, indicator, locale)),
      },
    ],
    actions,
  };
}

export function areaData(
  s: PeriodSummary,
  areaId: string,
  locale: Locale,
  page: number,
  pageSize: number,
): SummaryDetailData | undefined {
  const area = s.areas.find((a) => a.id === areaId);
  if (!area) return undefined;
  const en = locale === "en";
  const sections = area.goals.flatMap((goal) => [
    ...goal.indicators.map((indicator) => indicatorSection(indicator, s, locale)),
    ...(goal.activities.delayed.length +
      Object.values(goal.activities.counts).reduce((a, b) => a + b, 0) >
    0
      ? [
          {
            title: `${en ? "Activities" : "Aktiviteter"} · ${goal.name}`,
            text: [
              `${en ? "Not started" : "Ej påbörjad"} ${goal.activities.counts.notStarted}, ${en ? "in progress" : "pågår"} ${goal.activities.counts.inProgress}, ${en ? "done" : "klar"} ${goal.activities.counts.done}, ${en ? "delayed" : "försenad"} ${goal.activities.counts.delayed}, ${en ? "cancelled" : "avbruten"} ${goal.activities.counts.cancelled}, ${en ? "not reported" : "ej rapporterad"} ${goal.activities.counts.notReported}.`,
              ...goal.activities.delayed.map(
                (d) =>
                  `⚠ ${en ? "Delayed" : "Försenad"}: ${d.name} – ${d.unitName}${d.comment ? ` (${d.comment})` : ""}`,
              ),
              ...missedMilestoneLines(goal.activities.missedMilestones, locale),
            ].join("\n\n"),
            rows: [],
          },
        ]
      : []),
    ...goal.narratives.map((n) => ({
      title: `${en ? "Question" : "Fråga"} · ${n.text}`,
      text: en
        ? `${n.answers.length} answered (${n.answers.map((a) => a.unitName).join(", ") || "none"}), ${n.missing} not yet.`
        : `${n.answers.length} har svarat (${n.answers.map((a) => a.unitName).join(", ") || "ingen"}), ${n.missing} inte än.`,
      rows: [],
    })),
  ]);
  const start = page * pageSize;
  const shown = sections.slice(start, start + pageSize);
  const actions = [
    back(s, locale),
    ...pager(s, locale, VERBS.summaryArea, { areaId }, page, pageSize, sections.length),
  ];
  for (const n of area.goals
    .flatMap((g) => g.narratives)
    .filter((n) => n.answers.length > 0)
    .slice(0, 2)) {
    actions.push({
      title: en ? "Read answers" : "Läs svaren",
      verb: VERBS.summaryAnswers,
      actionData: { ...ids(s), itemId: n.itemId },
    });
  }
  return {
    title: `${s.planName} · ${s.periodLabel}`,
    heading: area.name,
    subheading: `${countsText(area.counts)}${sections.length > pageSize ? ` · ${en ? "page" : "sida"} ${page + 1}/${Math.ceil(sections.length / pageSize)}` : ""}`,
    sections: shown,
    more: "",
    actions: actions.slice(0, 5),
  };
}

export function unitData(
  s: PeriodSummary,
  unitId: string,
  locale: Locale,
): SummaryDetailData | undefined {
  const rows = s.areas.flatMap((area) =>
    area.goals.flatMap((goal) =>
      goal.indicators.flatMap((indicator) =>
        indicator.units
          .filter((u) => u.unitId === unitId)
          .map((u) => ({
            label: indicator.name,
            value: valueText(u.value, indicator.unitOfMeasure, locale),
            status: unitStatusText(u, locale),
          })),
      ),
    ),
  );
  const name = s.areas
    .flatMap((a) => a.goals.flatMap((g) => g.indicators.flatMap((i) => i.units)))
    .find((u) => u.unitId === unitId)?.unitName;
  if (!name) return undefined;
  return {
    title: `${s.planName} · ${s.periodLabel}`,
    heading: name,
    sections: [{ title: locale === "en" ? "Indicators" : "Indikatorer", rows }],
    actions: [back(s, locale)],
  };
}

export function answersData(
  s: PeriodSummary,
  itemId: string,
  locale: Locale,
): SummaryDetailData | undefined {
  const narrative = s.areas
    .flatMap((a) => a.goals.flatMap((g) => g.narratives))
    .find((n) => n.itemId === itemId);
  if (!narrative) return undefined;
  return {
    title: `${s.planName} · ${s.periodLabel}`,
    heading: narrative.text,
    sections: narrative.answers.map((a) => ({
      title: `${a.unitName} (${a.by})`,
      text: a.answer,
      rows: [],
    })),
    actions: [back(s, locale)],
  };
}

export function missingData(
  s: PeriodSummary,
  locale: Locale,
  page: number,
  pageSize: number,
): SummaryDetailData {
  const en = locale === "en";
  const start = page * pageSize;
  const actions = [
    back(s, locale),
    ...pager(s, locale, VERBS.summaryMissing, {}, page, pageSize, s.missingUnits.length),
  ];
  return {
    title: `${s.planName} · ${s.periodLabel}`,
    heading: en ? "Not reported yet" : "Har inte rapporterat än",
    subheading: `${s.missingUnits.length} ${en ? "units" : "enheter"}`,
    sections: [
      {
        title: en ? "Unit and reporter" : "Enhet och rapportör",
        rows: s.missingUnits.slice(start, start + pageSize).map((u) => ({
          label: u.name,
          value: u.reporters.join(", "),
          status: statusWord("notReported", locale),
        })),
      },
    ],
    actions,
  };
}
