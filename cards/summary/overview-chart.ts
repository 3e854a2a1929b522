// The overview's chart in the reader's language: this period's counts per goal area, by name and in
// the card's order, and the share of green over the year's last periods.
import { statusChartPng, type ChartArea } from "../chart/status-chart";
import type { Locale } from "../../services/i18n/locale";
import type { YearCounts } from "../../services/summary/load-summary";
import type { PeriodSummary, StatusCounts } from "../../services/summary/period-summary";
import { activitiesText } from "./activities-text";
import { t } from "../words/t";

/** How many of the year's periods the trend shows, the current one last. */
const TREND_PERIODS = 4;

/** The chart's PNG: this period's counts per goal area and the trend of the year's periods. */
export function drawOverviewChart(
  summary: PeriodSummary,
  year: YearCounts,
  locale: Locale,
): Promise<Buffer> {
  return statusChartPng({
    areas: chartAreas(summary, year, locale),
    currentTitle: summary.periodLabel,
    trendTitle: t(locale, "chart.trendTitle"),
    legend: {
      green: t(locale, "chart.legend.green"),
      yellow: t(locale, "chart.legend.yellow"),
      red: t(locale, "chart.legend.red"),
      notJudged: t(locale, "chart.legend.notJudged"),
      notReported: t(locale, "chart.legend.notReported"),
    },
    nothingDue: t(locale, "chart.nothingDue"),
  });
}

/** The card's goal areas, by name and in its order, each with its trend up to this period. */
function chartAreas(summary: PeriodSummary, year: YearCounts, locale: Locale): ChartArea[] {
  const upTo = year.periods.indexOf(summary.periodId);
  const last = upTo < 0 ? year.periods.length : upTo + 1;
  const first = Math.max(0, last - TREND_PERIODS);
  return summary.areas.map((area) => {
    const counts = year.areas.get(area.id) ?? [];
    const judged = area.counts.green + area.counts.yellow + area.counts.red;
    const total = judged + area.counts.notJudged + area.counts.notReported;
    return {
      name: area.name,
      current: total > 0 ? area.counts : undefined,
      note: total > 0 ? undefined : activitiesText(area, locale) || undefined,
      trend: year.periods.slice(first, last).map((period, index) => ({
        period,
        share: greenShare(counts[first + index]),
      })),
    };
  });
}

function greenShare(counts: StatusCounts | undefined): number | undefined {
  if (!counts) return undefined;
  const judged = counts.green + counts.yellow + counts.red;
  return judged > 0 ? (counts.green / judged) * 100 : undefined;
}
