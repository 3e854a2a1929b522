// The overview card of a period, with the year's chart embedded: what is posted to the leadership
// channel and what "Tillbaka" returns to.
import { statusChartPng } from "../../cards/chart/status-chart";
import type { AdaptiveCard } from "../../cards/render";
import { summaryOverviewCard } from "../../cards/summary-card";
import type { Locale } from "../../services/i18n/locale";
import type { PeriodSummary } from "../../services/summary";
import { loadPeriodSummary, yearCounts } from "../../services/summary/load-summary";
import type { BotServices } from "../services";
import { stockholmTime, summaryDeps } from "./summary-deps";
import { overviewData } from "./summary-presenter";

const LEGEND = {
  sv: { green: "Grön", yellow: "Gul", red: "Röd", notJudged: "Ej bedömd", notReported: "Ej rapp." },
  en: {
    green: "Green",
    yellow: "Yellow",
    red: "Red",
    notJudged: "Not judged",
    notReported: "Missing",
  },
};

export async function buildOverviewCard(
  services: BotServices,
  planId: string,
  periodId: string,
  locale: Locale,
): Promise<{ card: AdaptiveCard; summary: PeriodSummary }> {
  const deps = summaryDeps(services);
  const { plan, summary } = await loadPeriodSummary(deps, planId, periodId);
  const counts = await yearCounts(deps, plan);
  const png = statusChartPng({
    periods: counts.periods,
    areas: counts.areas,
    legend: LEGEND[locale],
  });
  const numbers = new Map(plan.goalAreas.map((area, index) => [area.id, index + 1]));
  const card = summaryOverviewCard(
    overviewData(summary, locale, {
      updatedAt: stockholmTime(services.now(), services.workingHours.timeZone),
      chartUrl: `data:image/png;base64,${png.toString("base64")}`,
      areaNumbers: numbers,
    }),
  );
  return { card, summary };
}
