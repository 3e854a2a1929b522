// What the summary's cards have in common: counts as symbols, values with their unit, a trend in
// words, a unit's status, and the buttons that go back or page through a view.
import type { CardAction } from "../summary-card";
import { VERBS } from "../verbs";
import type { Locale } from "../../services/i18n/locale";
import { formatNumber } from "../../services/rules/format-number";
import { statusWord } from "../../services/rules/status-label";
import type {
  IndicatorSummary,
  PeriodSummary,
  StatusCounts,
  Trend,
} from "../../services/summary/period-summary";

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

export const TREND: Record<Trend, { sv: string; en: string }> = {
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

export const ids = (s: PeriodSummary) => ({ planId: s.planId, periodId: s.periodId });

export function more(count: number, locale: Locale): string {
  if (count <= 0) return "";
  return locale === "en" ? `… and ${count} more.` : `… och ${count} till.`;
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

export function back(s: PeriodSummary, locale: Locale): CardAction {
  return {
    title: locale === "en" ? "Back" : "Tillbaka",
    verb: VERBS.summaryOverview,
    actionData: ids(s),
  };
}

/** A unit under an organisation's target has no colour of its own: it is part of the total. */
export function unitStatusText(unit: IndicatorSummary["units"][number], locale: Locale): string {
  if (unit.inTotal) return locale === "en" ? "Σ in the total" : "Σ ingår i totalen";
  return statusWord(unit.status, locale);
}

export function unitRow(
  unit: IndicatorSummary["units"][number],
  indicator: IndicatorSummary,
  locale: Locale,
) {
  return {
    label: unit.unitName,
    value: valueText(unit.value, indicator.unitOfMeasure, locale),
    status: unitStatusText(unit, locale),
  };
}
