// The overview of a period's summary as card data: headline, who has reported, what changed, the
// goal areas to select and who is missing; every status as a symbol and a word, never colour alone,
// and long lists cut to fit Teams with what was left out counted.
import type { CardAction, SummaryOverviewData } from "../summary-card";
import { VERBS } from "../verbs";
import type { Locale } from "../../services/i18n/locale";
import { statusWord } from "../../services/rules/status-label";
import { headline } from "../../services/summary/headline";
import type { AreaSummary, PeriodSummary } from "../../services/summary/period-summary";
import { activitiesText } from "./activities-text";
import { countsText, ids, more, roleScopeText } from "./summary-text";
import { t } from "../words/t";

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
  const max = options.maxLines ?? 15;
  const changeLines = [
    ...s.changes.newReds.map(
      (c) => `✖ ${t(locale, "summary.newRed")}: ${c.indicatorName} – ${c.unitName}`,
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
  const missingLines = [
    ...s.missingUnits.map(
      (u) => `○ ${u.name}${u.reporters.length ? ` (${u.reporters.join(", ")})` : ""}`,
    ),
    ...s.missingRoles.map((role) => `○ ${role.name} ${roleScopeText(role, locale)}`),
  ];
  const totals = s.areas.some((a) =>
    a.goals.some((g) => g.indicators.some((i) => i.rollup.targetFor === "organisation")),
  );
  const actions: CardAction[] = [];
  if (missingLines.length > max) {
    actions.push({
      title: t(locale, "summary.allMissing"),
      verb: VERBS.summaryMissing,
      actionData: { ...ids(s), page: 0 },
    });
  }
  if (missingLines.length > 0) {
    actions.push({
      title: t(locale, "summary.remindMissing"),
      verb: VERBS.summaryRemindMissing,
      actionData: ids(s),
    });
  }
  return {
    title: t(locale, "summary.title", { plan: s.planName }),
    headline: headline(s, locale),
    reported: t(locale, "summary.reported", {
      reported: s.reportedUnits,
      units: s.expectedUnits,
    }),
    chartUrl: options.chartUrl ?? "",
    chartAlt: t(locale, "summary.chartAlt"),
    changesHeading: s.previousLabel ? t(locale, "summary.since", { label: s.previousLabel }) : "",
    changes: changeLines.slice(0, max).map((line) => ({ line })),
    changesMore: more(changeLines.length - max, locale),
    areasHeading: t(locale, "summary.areasHeading"),
    areas: s.areas.map((area) => ({
      name: area.name,
      counts: areaCountsText(area, locale),
      verb: VERBS.summaryArea,
      actionData: { ...ids(s), areaId: area.id, page: 0 },
    })),
    missingHeading: t(locale, "summary.missingHeading"),
    missing: missingLines.slice(0, max).map((line) => ({ line })),
    missingMore: more(missingLines.length - max, locale),
    footer: t(locale, "summary.footer", {
      totals: totals ? "yes" : "no",
      updated: options.updatedAt,
      posted: options.postedAt ?? "none",
    }),
    actions,
  };
}

/** A goal area's line on the overview: its indicators' counts and its activities' states. */
function areaCountsText(area: AreaSummary, locale: Locale): string {
  const c = area.counts;
  const indicators = c.green + c.yellow + c.red + c.notJudged + c.notReported;
  return [indicators > 0 ? countsText(c) : "", activitiesText(area, locale)]
    .filter(Boolean)
    .join(" · ");
}
