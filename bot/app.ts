// The composition root: builds the services on a table store, the adapter and the HTTP server.
import { createKoladaClient } from "../services/kolada";
import type { Server } from "restify";
import type { Config } from "../services/config/config";
import type { Logger } from "../services/logging/logger";
import type { TableStore } from "../services/storage/tables";
import { startHealthProbe } from "../services/storage/health-probe";
import { AddressBook, GreetingLedger } from "../services/people/address-book";
import { MissedLookups } from "../services/people/missed-lookups";
import { AdminDirectory } from "../services/admins/admin-directory";
import { AuditLog } from "../services/audit/audit-log";
import { RefusalTally } from "../services/audit/refusal-tally";
import { LeadershipDirectory } from "../services/access";
import { OrganisationSettings } from "../services/settings/organisation-settings";
import { parseWorkingHours } from "../services/calendar";
import { clockFrom, type ReportLedger } from "../services/reminders";
import { createAdapter } from "./adapter";
import { createServer } from "./server";
import { createReminderRuntime, type ReminderRuntimeOptions } from "./scheduler";
import { createSummaryRuntime } from "./summary/summary-runtime";
import { UppfoljningBot } from "./uppfoljning-bot";
import { GraphClient, graphAppInstaller, type GraphTokenSource } from "../services/graph";
import { botGraphTokens } from "./graph-tokens";
import type { BotServices } from "./services";
import { DeputyDirectory } from "../services/deputies/deputy-directory";

export interface AppOptions {
  config: Config;
  logger: Logger;
  store: TableStore;
  now?: () => Date;
  /** Which units have submitted, for the reminders (default: the reporting module's reports). */
  reportLedger?: ReportLedger;
  /** Tests: shorter claims and leases for the reminders. */
  reminders?: Pick<ReminderRuntimeOptions, "sender" | "leaseTtlMs" | "loop">;
  /** Tests: the Graph token (default: the bot's own credential, for the Graph audience). */
  graphTokens?: GraphTokenSource;
}

export interface App {
  server: Server;
  services: BotServices;
  /** Listens on the configured port (0: a free one) on the given host; returns the port. */
  listen(host?: string): Promise<number>;
  close(): Promise<void>;
}

export function buildServices(options: AppOptions): BotServices {
  const now = options.now ?? (() => new Date());
  const audit = new AuditLog(options.store, now);
  const addressBook = new AddressBook(options.store, now);
  const admins = new AdminDirectory(options.store, audit, options.config.bootstrapAdmins);
  const settings = new OrganisationSettings(options.store, audit, now);
  const workingHours = parseWorkingHours({ timeZone: options.config.timeZone });
  const deputies = new DeputyDirectory(options.store, audit, now, workingHours.timeZone);
  const services = {
    config: options.config,
    logger: options.logger,
    store: options.store,
    addressBook,
    missedLookups: new MissedLookups(now),
    greetings: new GreetingLedger(options.store),
    admins,
    audit,
    refusals: new RefusalTally(audit, now),
    leadership: new LeadershipDirectory(options.store, audit),
    deputies,
    settings,
    workingHours,
    now,
    appInstaller: appInstallerFor(options),
    kolada: createKoladaClient({ baseUrl: options.config.kolada.apiUrl }),
    reminders: createReminderRuntime({
      config: options.config,
      logger: options.logger,
      store: options.store,
      clock: clockFrom(now),
      ledger: options.reportLedger,
      addressBook,
      admins,
      settings,
      workingHours,
      deputies,
      ...options.reminders,
    }),
  };
  // The summaries post through the reminders' messenger (one rate limit for the whole app).
  return Object.assign(services, { summaries: createSummaryRuntime(services as BotServices) });
}

function appInstallerFor(options: AppOptions) {
  const { graph, auth } = options.config;
  if (!graph.teamsAppCatalogId) return undefined;
  const client = new GraphClient({
    baseUrl: graph.baseUrl,
    tokens: options.graphTokens ?? botGraphTokens(auth),
  });
  return graphAppInstaller(client, graph.teamsAppCatalogId);
}

/** /healthz waits this long at most for a check under way, so it always answers within a second. */
const HEALTH_WAIT_MS = 800;

export function createApp(options: AppOptions): App {
  const services = buildServices(options);
  const adapter = createAdapter(options.config, options.logger);
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
