// Posting summaries from the bot: `sammanställ` publishes one now; the sweep runs every minute with
// the app (like the reminders, REMINDERS_ENABLED), posting at each deadline and updating the post in
// place when late reports change it. Safe on several instances: the post is claimed in storage
// before it is sent, and an update only replaces what is there.
import { headline } from "../../services/summary";
import {
  publishSummary,
  type PublishOutcome,
  type RenderedSummary,
} from "../../services/summary/summary-publisher";
import { sweepSummaries } from "../../services/summary/summary-sweep";
import type { BotServices } from "../services";
import { buildOverviewCard } from "./overview-card";
import { summaryDeps } from "./summary-deps";

const EVERY_MS = 60_000;

export interface SummaryRuntime {
  publish(planId: string, periodId: string): Promise<PublishOutcome>;
  sweep(): Promise<void>;
  start(): void;
  stop(): Promise<void>;
}

export function createSummaryRuntime(services: BotServices): SummaryRuntime {
  const locale = services.config.locale === "en" ? "en" : "sv";
  const log = services.logger.child({ module: "summaries" });
  const deps = () => ({
    ...summaryDeps(services),
    messenger: services.reminders.messenger,
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
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  const sweep = async () => {
    if (running) return running;
    running = (async () => {
      try {
        const results = await sweepSummaries(deps(), render);
        for (const r of results.filter((r) => r.outcome.result !== "unchanged")) {
          log.info(
            { planId: r.planId, periodId: r.periodId, result: r.outcome.result },
            "summary published",
          );
        }
      } catch (error) {
        log.error({ err: error }, "summary sweep failed; the next one tries again");
      } finally {
        running = undefined;
      }
    })();
    return running;
  };

  return {
    publish: (planId, periodId) =>
      publishSummary(deps(), planId, periodId, (post) => render(planId, periodId, post)),
    sweep,
    start() {
      if (timer) return;
      timer = setInterval(() => void sweep(), EVERY_MS);
      timer.unref();
      void sweep();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}
