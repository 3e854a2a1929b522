// The first line leadership reads: "T1 2025: 14 gröna, 5 gula, 3 röda, 2 ej rapporterade".
import type { Locale } from "../i18n/locale";
import { t } from "../i18n/words/t";
import type { PeriodSummary } from "./period-summary";

export function headline(
  summary: Pick<PeriodSummary, "periodLabel" | "totals">,
  locale: Locale,
): string {
  const { green, yellow, red, notReported, notJudged } = summary.totals;
  return t(locale, "summary.headline", {
    period: summary.periodLabel,
    green,
    yellow,
    red,
    notReported,
    notJudged,
  });
}
