// The overview card of a period, with the year's chart embedded: what is posted to the leadership
// channel and what "Tillbaka" returns to.
import type { AdaptiveCard } from "../../cards/render";
import { summaryOverviewCard } from "../../cards/summary-card";
import { drawOverviewChart } from "../../cards/summary/overview-chart";
import { overviewData } from "../../cards/summary/overview-view";
import type { Locale } from "../../services/i18n/locale";
import type { PeriodSummary } from "../../services/summary";
import type { DomainServices } from "../../services/compose";
import { moment } from "../../services/i18n/date-text";

/** What the overview card reads: the summary, the clock, the time zone. */
export type OverviewDeps = Pick<DomainServices, "summaryReader" | "workingHours" | "now">;

export async function buildOverviewCard(
  services: OverviewDeps,
  planId: string,
  periodId: string,
  locale: Locale,
  /** When the post this card updates was first made, if it is an update. */
  postedAt?: string,
): Promise<{ card: AdaptiveCard; summary: PeriodSummary }> {
  const reader = services.summaryReader;
  const { plan, summary } = await reader.periodSummary(planId, periodId);
  const png = await drawOverviewChart(summary, await reader.yearCounts(plan), locale);
  // "14 maj 2025 kl. 14:30" in the plan's time zone, as every other card writes a moment.
  const at = (instant: string) => moment(instant, services.workingHours.timeZone, locale, "date");
  const card = summaryOverviewCard(
    overviewData(summary, locale, {
      updatedAt: at(services.now().toISOString()),
      postedAt: postedAt ? at(postedAt) : undefined,
      chartUrl: `data:image/png;base64,${png.toString("base64")}`,
    }),
  );
  return { card, summary };
}
