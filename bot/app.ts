// The app: the bot's services from the one composition root (bot/compose-bot.ts), the adapter and
// the HTTP server with its storage health probe.
import type { Server } from "restify";
import { startHealthProbe } from "../services/storage/health-probe";
import { clockFrom } from "../services/reminders/clock";
import { createAdapter } from "./adapter";
import { composeBot, type BotOptions } from "./compose-bot";
import { createServer } from "./server";
import { UppfoljningBot } from "./uppfoljning-bot";
import type { BotServices } from "./services";

export interface AppOptions extends Omit<BotOptions, "clock"> {
  /** The app's clock (BOT_CLOCK_START, tests); it waits in real time. */
  now?: () => Date;
  /** Tests: where incoming tokens' signing keys are read (default: Bot Framework's; never from env). */
  openIdMetadataUrl?: string;
}

export interface App {
  server: Server;
  services: BotServices;
  /** Listens on the configured port (0: a free one) on the given host; returns the port. */
  listen(host?: string): Promise<number>;
  close(): Promise<void>;
}

/** /healthz waits this long at most for a check under way, so it always answers within a second. */
const HEALTH_WAIT_MS = 800;

export function createApp(options: AppOptions): App {
  const services = composeBot({
    ...options,
    clock: options.now ? clockFrom(options.now) : undefined,
  });
  const adapter = createAdapter(options.config, options.logger, {
    openIdMetadataUrl: options.openIdMetadataUrl,
  });
  const bot = new UppfoljningBot(services);
  const health = startHealthProbe(options.store, {
    onChange: (state) =>
      state.ok
        ? options.logger.info("storage can be read again")
        : options.logger.warn({ reason: state.reason }, "storage cannot be read"),
  });
  const server = createServer({
    adapter,
    bot,
    logger: options.logger,
    storageHealth: () => health.current(HEALTH_WAIT_MS),
  });
  return {
    server,
    services,
    listen: (host = "0.0.0.0") =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(options.config.port, host, () => resolve(server.address().port));
      }),
    close: async () => {
      health.stop();
      await services.summaries.stop();
      await services.reminders.stop();
      await services.refusals.flush();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
