// The bot's composition root: the domain services (services/compose.ts) with the Teams parts, the
// Teams messenger at the configured rate limits, the reminder cards, the Graph token from the bot's
// own credential, and the two loops (reminders, summaries) on them. `createApp`, `npm start` and
// `uppfoljning reminders run-due` all build the bot here.
import type { Config } from "../services/config/config";
import { composeServices, type ComposeOptions } from "../services/compose";
import type { GraphTokenSource } from "../services/graph/graph-client";
import type { Logger } from "../services/logging/logger";
import type { Messenger } from "../services/messaging/messenger";
import { clockFrom, type Clock } from "../services/reminders/clock";
import type { ReportLedger } from "../services/reminders/report-ledger";
import { createReminderRuntime, type ReminderTuning } from "../services/reminders/reminder-runtime";
import type { TableStore } from "../services/storage/tables";
import { botGraphTokens } from "./graph-tokens";
import { reminderRenderer } from "../cards/reminder-messages";
import type { BotServices } from "./services";
import { createSummaryRuntime } from "./summary/summary-runtime";
import { TeamsMessenger } from "./teams-messenger";

export interface BotOptions {
  config: Config;
  logger: Logger;
  store: TableStore;
  /** The app's clock (default: the system's). */
  clock?: Clock;
  /** Which units have submitted, for the reminders (default: the reporting module's reports). */
  reportLedger?: ReportLedger;
  /** Tests: shorter claims, leases and loops for the reminders. */
  reminders?: ReminderTuning;
  /** Tests: the Graph token (default: the bot's own credential, for the Graph audience). */
  graphTokens?: GraphTokenSource;
  /** Default: the Teams messenger with the configured rate limits. */
  messenger?: Messenger;
  /** Tests: how turns share reads of the version row (default: 250 ms, the system's clock). */
  versionReads?: ComposeOptions["versionReads"];
}

export function composeBot(options: BotOptions): BotServices {
  const { config, logger } = options;
  const clock = options.clock ?? clockFrom(() => new Date());
  const domain = composeServices({
    config,
    logger,
    store: options.store,
    now: () => clock.now(),
    versionReads: options.versionReads,
    graphTokens:
      options.graphTokens ??
      (config.graph.teamsAppCatalogId ? botGraphTokens(config.auth) : undefined),
  });
  const messenger = options.messenger ?? teamsMessenger(config, logger);
  const reminders = createReminderRuntime(
    domain,
    { clock, messenger, renderer: reminderRenderer, ledger: options.reportLedger },
    options.reminders,
  );
  // The summaries post through the reminders' messenger: one rate limit for the whole app.
  const summaries = createSummaryRuntime({ ...domain, messenger });
  return { ...domain, reminders, summaries };
}

function teamsMessenger(config: Config, logger: Logger): Messenger {
  return new TeamsMessenger({
    config,
    logger: logger.child({ module: "reminders" }),
    limits: {
      perAppPerSecond: config.messaging.perAppPerSecond,
      perConversationPerSecond: config.messaging.perConversationPerSecond,
    },
  });
}
