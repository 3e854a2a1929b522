// The overview card of a period, with the year's chart embedded: what is posted to the leadership
// channel and what "Tillbaka" returns to.
import type { AdaptiveCard } from "../../cards/render";
import { summaryOverviewCard } from "../../cards/summary-card";
import { drawOverviewChart } from "../../cards/summary/overview-chart";
import { overviewData } from "../../cards/summary/overview-view";
import type { Locale } from "../../services/i18n/locale";
import type { PeriodSummary } from "../../services/summary";
import { loadPeriodSummary, yearCounts } from "../../services/summary/load-summary";
import { stockholmTime, summaryDeps, type SummarySources } from "./summary-deps";

export async function buildOverviewCard(
  services: SummarySources,
  planId: string,
  periodId: string,
  locale: Locale,
  /** When the post this card updates was first made, if it is an update. */
  postedAt?: string,
): Promise<{ card: AdaptiveCard; summary: PeriodSummary }> {
  const deps = summaryDeps(services);
  const { plan, summary } = await loadPeriodSummary(deps, planId, periodId);
  const png = await drawOverviewChart(summary, await yearCounts(deps, plan), locale);
  const card = summaryOverviewCard(
    overviewData(summary, locale, {
      updatedAt: stockholmTime(services.now(), services.workingHours.timeZone),
      postedAt: postedAt
        ? stockholmTime(new Date(postedAt), services.workingHours.timeZone)
        : undefined,
      chartUrl: `data:image/png;base64,${png.toString("base64")}`,
    }),
  );
  return { card, summary };
}
