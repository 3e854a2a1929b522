// One unit drilled into: its value and status for each indicator of the period.
import type { SummaryDetailData } from "../summary-card";
import type { Locale } from "../../services/i18n/locale";
import type { PeriodSummary } from "../../services/summary/period-summary";
import { back, unitStatusText, valueText } from "./summary-text";
import { t } from "../words/t";

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
    sections: [{ title: t(locale, "summary.indicators"), rows }],
    actions: [back(s, locale)],
  };
}
