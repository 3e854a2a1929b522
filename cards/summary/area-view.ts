// A goal area drilled into: each indicator with its figure, target, trend and (up to twelve) units,
// each goal's activities with the delayed ones named, and the questions with who has answered.
import type { SummaryDetailData } from "../summary-card";
import { VERBS } from "../verbs";
import type { Locale } from "../../services/i18n/locale";
import { statusWord } from "../../services/rules/status-label";
import type { IndicatorSummary, PeriodSummary } from "../../services/summary/period-summary";
import { rollupText, targetForText } from "../../services/summary/rollup-text";
import { activityCountsText } from "./activities-text";
import {
  back,
  countsText,
  ids,
  pageText,
  pager,
  trendText,
  unitRow,
  valueText,
} from "./summary-text";
import { t } from "../words/t";

/** Units shown under an indicator on the goal-area view; the rest are one selection away. */
export const UNIT_ROWS_PER_INDICATOR = 12;

const SEVERITY: Record<string, number> = { red: 0, yellow: 1, notReported: 2, none: 3, green: 4 };

function indicatorSection(indicator: IndicatorSummary, s: PeriodSummary, locale: Locale) {
  const trendParts = [
    indicator.trendPrevious !== "unknown"
      ? t(locale, "summary.vsPrevious", { trend: trendText(indicator.trendPrevious, locale) })
      : "",
    indicator.trendLastYear !== "unknown"
      ? t(locale, "summary.vsLastYear", { trend: trendText(indicator.trendLastYear, locale) })
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
      `${t(locale, "summary.target", { target: indicator.target ?? "–" })}${scope ? ` (${scope})` : ""} · ${figure}`,
      indicator.explanation,
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
        label: t(locale, "summary.moreUnitRows", { count: rest }),
        value: "",
        status: "",
      },
    ],
    verb: VERBS.summaryIndicator,
    actionData: { ...ids(s), itemId: indicator.id, page: 0 },
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
  const sections = area.goals.flatMap((goal) => [
    ...goal.indicators.map((indicator) => indicatorSection(indicator, s, locale)),
    ...(goal.activities.delayed.length +
      Object.values(goal.activities.counts).reduce((a, b) => a + b, 0) >
    0
      ? [
          {
            title: t(locale, "summary.activitiesOf", { goal: goal.name }),
            text: [
              activityCountsText(goal.activities.counts, locale),
              ...goal.activities.delayed.map(
                (d) =>
                  `${t(locale, "summary.delayed", { name: d.name, unit: d.unitName })}${d.comment ? ` (${d.comment})` : ""}`,
              ),
            ].join("\n\n"),
            rows: [],
          },
        ]
      : []),
    ...goal.narratives.map((n) => ({
      title: t(locale, "summary.question", { text: n.text }),
      text: t(locale, "summary.answered", {
        answered: n.answers.length,
        units: n.answers.map((a) => a.unitName).join(", ") || t(locale, "summary.nobody"),
        missing: n.missing,
      }),
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
      title: t(locale, "summary.readAnswers"),
      verb: VERBS.summaryAnswers,
      actionData: { ...ids(s), itemId: n.itemId },
    });
  }
  return {
    title: `${s.planName} · ${s.periodLabel}`,
    heading: area.name,
    subheading: `${countsText(area.counts)}${sections.length > pageSize ? ` · ${pageText(page, Math.ceil(sections.length / pageSize), locale)}` : ""}`,
    sections: shown,
    more: "",
    actions: actions.slice(0, 5),
  };
}
