// Posting summaries from the bot: `sammanställ` publishes one now; the sweep runs every minute with
// the app (on the loop helper, like the reminders; REMINDERS_ENABLED), posting at each deadline and updating the post in
// place when late reports change it. Safe on several instances: the post is claimed in storage
// before it is sent, and an update only replaces what is there.
import { headline } from "../../services/summary";
import { publishSummary, type RenderedSummary } from "../../services/summary/summary-publisher";
import { sweepSummaries } from "../../services/summary/summary-sweep";
import { chosenLocale } from "../../services/i18n/locale";
import { Loop } from "../../services/scheduling/loop";
import type { DomainServices } from "../../services/compose";
import type { Messenger } from "../../services/messaging/messenger";
import { buildOverviewCard } from "./overview-card";
import type { SummaryRuntime } from "./summary-port";

const EVERY_MS = 60_000;

/** The domain services and the messenger the summaries are posted through. */
export type SummaryServices = DomainServices & { messenger: Messenger };

export function createSummaryRuntime(services: SummaryServices): SummaryRuntime {
  const locale = chosenLocale(services.config.locale);
  const log = services.logger.child({ module: "summaries" });
  const deps = () => ({
    store: services.store,
    audit: services.audit,
    workingHours: services.workingHours,
    now: services.now,
    messenger: services.messenger,
    addressBook: services.addressBook,
    settings: services.settings,
  });
  const render = async (
    planId: string,
    periodId: string,
    post: { postedAt?: string } = {},
  ): Promise<RenderedSummary> => {
    const { card, summary } = await buildOverviewCard(
      services,
      planId,
      periodId,
      locale,
      post.postedAt,
    );
    return {
      summary,
      message: {
        text: headline(summary, locale),
        card: card as unknown as Record<string, unknown>,
      },
    };
  };
  const sweepOnce = async () => {
    const results = await sweepSummaries(deps(), render);
    for (const r of results.filter((r) => r.outcome.result !== "unchanged")) {
      log.info(
        { planId: r.planId, periodId: r.periodId, result: r.outcome.result },
        "summary published",
      );
    }
  };
  const loop = new Loop(sweepOnce, {
    everyMs: EVERY_MS,
    logger: log,
    failure: "summary sweep failed; the next one tries again",
  });

  return {
    publish: (planId, periodId) =>
      publishSummary(deps(), planId, periodId, (post) => render(planId, periodId, post)),
    sweep: () => loop.run(sweepOnce),
    start: () => loop.start(),
    stop: () => loop.stop(),
  };
}
