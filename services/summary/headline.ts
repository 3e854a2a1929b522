// The first line leadership reads: "T1 2025: 14 gröna, 5 gula, 3 röda, 2 ej rapporterade".
import type { Locale } from "../i18n/locale";
import type { PeriodSummary } from "./period-summary";

export function headline(
  summary: Pick<PeriodSummary, "periodLabel" | "totals">,
  locale: Locale,
): string {
  const t = summary.totals;
  const parts =
    locale === "en"
      ? [`${t.green} green`, `${t.yellow} yellow`, `${t.red} red`, `${t.notReported} not reported`]
      : [
          `${t.green} ${t.green === 1 ? "grön" : "gröna"}`,
          `${t.yellow} ${t.yellow === 1 ? "gul" : "gula"}`,
          `${t.red} ${t.red === 1 ? "röd" : "röda"}`,
          `${t.notReported} ${t.notReported === 1 ? "ej rapporterad" : "ej rapporterade"}`,
        ];
  if (t.notJudged > 0)
    parts.push(
      locale === "en"
        ? `${t.notJudged} not judged`
        : `${t.notJudged} ${t.notJudged === 1 ? "ej bedömd" : "ej bedömda"}`,
    );
  return `${summary.periodLabel}: ${parts.join(", ")}`;
}
