// The answers to one question of the plan, unit by unit, with who wrote them.
import type { SummaryDetailData } from "../summary-card";
import type { Locale } from "../../services/i18n/locale";
import type { PeriodSummary } from "../../services/summary/period-summary";
import { back } from "./summary-text";

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
