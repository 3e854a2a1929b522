// What the summary's cards have in common: counts as symbols, values with their unit, a trend in
// words, a unit's status, and the buttons that go back or page through a view.
import type { CardAction } from "../summary-card";
import { VERBS } from "../verbs";
import type { Locale } from "../../services/i18n/locale";
import { formatNumber } from "../../services/rules/format-number";
import { statusWord } from "../../services/rules/status-label";
import { withParts } from "../summary-breakdown-view";
import type {
  IndicatorSummary,
  PeriodSummary,
  StatusCounts,
  Trend,
} from "../../services/summary/period-summary";
import { t } from "../words/t";

const NBSP = "\u00a0";

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

/** "↗ bättre", or "" when there is nothing to compare with. */
export function trendText(trend: Trend, locale: Locale): string {
  return trend === "unknown" ? "" : t(locale, `summary.trend.${trend}`);
}

/** A value as the card shows it: "Ja", "6,5", "33,3 %" (a non-breaking space before the unit). */
export function valueText(
  value: number | boolean | null | undefined,
  unit: string | undefined,
  locale: Locale,
): string {
  if (typeof value === "boolean") return t(locale, value ? "common.yes" : "common.no");
  if (typeof value !== "number") return "–";
  return unit ? `${formatNumber(value)}${NBSP}${unit}` : formatNumber(value);
}

export const ids = (s: PeriodSummary) => ({ planId: s.planId, periodId: s.periodId });

export function more(count: number, locale: Locale): string {
  return count > 0 ? t(locale, "common.more", { count }) : "";
}

/** Föregående / Nästa for a paged view: the same verb and data with the page before or after. */
export function pager(
  s: PeriodSummary,
  locale: Locale,
  verb: string,
  data: Record<string, unknown>,
  page: number,
  pageSize: number,
  total: number,
): CardAction[] {
  const actions: CardAction[] = [];
  if (page > 0)
    actions.push({
      title: t(locale, "common.previous"),
      verb,
      actionData: { ...ids(s), ...data, page: page - 1 },
    });
  if ((page + 1) * pageSize < total)
    actions.push({
      title: t(locale, "common.next"),
      verb,
      actionData: { ...ids(s), ...data, page: page + 1 },
    });
  return actions;
}

export function back(s: PeriodSummary, locale: Locale): CardAction {
  return { title: t(locale, "common.back"), verb: VERBS.summaryOverview, actionData: ids(s) };
}

/** "sida 2/3" */
export function pageText(page: number, pages: number, locale: Locale): string {
  return t(locale, "common.page", { page: page + 1, pages });
}

/** A unit under an organisation's target has no colour of its own: it is part of the total. */
export function unitStatusText(unit: IndicatorSummary["units"][number], locale: Locale): string {
  return unit.inTotal ? t(locale, "summary.inTotal") : statusWord(unit.status, locale);
}

export function unitRow(
  unit: IndicatorSummary["units"][number],
  indicator: IndicatorSummary,
  locale: Locale,
) {
  return {
    // A role's value (HR's sjukfrånvaro) names who reported it.
    label: unit.reportedBy ? `${unit.unitName} (${unit.reportedBy})` : unit.unitName,
    value: withParts(
      valueText(unit.value, indicator.unitOfMeasure, locale),
      unit.parts,
      indicator.unitOfMeasure,
      locale,
    ),
    status: unitStatusText(unit, locale),
  };
}

/** What a role that has not reported owes: "för 4 enheter (Hanna Holm)". */
export function roleScopeText(role: PeriodSummary["missingRoles"][number], locale: Locale): string {
  return t(locale, "summary.roleScope", {
    units: role.units,
    people: role.people.join(", ") || "none",
  });
}
