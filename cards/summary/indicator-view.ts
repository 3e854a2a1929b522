// One indicator drilled into: every unit's value and status, a page at a time.
import type { SummaryDetailData } from "../summary-card";
import { VERBS } from "../verbs";
import type { Locale } from "../../services/i18n/locale";
import { statusWord } from "../../services/rules/status-label";
import type { PeriodSummary } from "../../services/summary/period-summary";
import { back, countsText, pageText, pager, unitRow } from "./summary-text";
import { t } from "../words/t";

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
  const start = page * pageSize;
  const actions = [
    back(s, locale),
    ...pager(s, locale, VERBS.summaryIndicator, { itemId }, page, pageSize, indicator.units.length),
  ];
  return {
    title: `${s.planName} · ${s.periodLabel}`,
    heading: `${statusWord(indicator.status, locale)} · ${indicator.name}`,
    subheading: `${countsText(indicator.counts)} · ${pageText(page, Math.max(1, Math.ceil(indicator.units.length / pageSize)), locale)}`,
    sections: [
      {
        title: t(locale, "summary.units"),
        rows: indicator.units
          .slice(start, start + pageSize)
          .map((unit) => unitRow(unit, indicator, locale)),
      },
    ],
    actions,
  };
}
