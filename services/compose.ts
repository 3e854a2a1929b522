// The one composition root of the domain: builds every service once on a table store, for the bot
// (bot/compose-bot.ts adds the Teams parts), the reminder runtime and the CLI, so each of them
// gets the same graph and no caller wires a store by hand.
import type { Config } from "./config/config";
import type { Logger } from "./logging/logger";
import type { TableStore } from "./storage/tables";
import { AddressBook, GreetingLedger } from "./people/address-book";
import { MissedLookups } from "./people/missed-lookups";
import { AdminDirectory } from "./admins/admin-directory";
import { AuditLog } from "./audit/audit-log";
import { RefusalTally } from "./audit/refusal-tally";
import { LeadershipDirectory } from "./access/leadership-directory";
import { OrganisationSettings } from "./settings/organisation-settings";
import { CalendarStore } from "./calendar/calendar-store";
import { parseWorkingHours, type WorkingHours } from "./calendar/working-hours";
import { createKoladaClient, type KoladaClient } from "./kolada/kolada-client";
import { GraphClient, type GraphTokenSource } from "./graph/graph-client";
import { graphAppInstaller, type AppInstaller } from "./graph/app-installation";
import { DeputyDirectory } from "./deputies/deputy-directory";
import { shareVersionReads } from "./shared-state/shared-version";

export interface ComposeOptions {
  config: Config;
  logger: Logger;
  store: TableStore;
  /** The app's clock (default: the system's; BOT_CLOCK_START and tests move it). */
  now?: () => Date;
  /** Graph's token for installing the app; without it (or TEAMS_APP_CATALOG_ID) there is no installer. */
  graphTokens?: GraphTokenSource;
  /**
   * How turns share reads of the version row (services/shared-state): by default one read serves
   * 250 ms on the system's monotonic clock; tests move the clock.
   */
  versionReads?: { freshForMs?: number; clock?: () => number };
}

export interface DomainServices {
  config: Config;
  logger: Logger;
  store: TableStore;
  now: () => Date;
  audit: AuditLog;
  addressBook: AddressBook;
  /** People whose roster lookup failed lately: not asked again on every turn. */
  missedLookups: MissedLookups;
  greetings: GreetingLedger;
  admins: AdminDirectory;
  /** Refused actions, counted per person and minute in the audit log. */
  refusals: RefusalTally;
  /** People an admin named leadership (`ledning lägg till`). */
  leadership: LeadershipDirectory;
  settings: OrganisationSettings;
  /** Deputies for units and reporters' absences (`ersättare`, `frånvarande`). */
  deputies: DeputyDirectory;
  /** The plans' calendars with the admins' changes (`deadline`, `öppna`, `påminnelser`). */
  calendar: CalendarStore;
  workingHours: WorkingHours;
  /** Kolada's API: comparison values read at import. */
  kolada: KoladaClient;
  /** Installs the app for a person through Graph; undefined without TEAMS_APP_CATALOG_ID. */
  appInstaller: AppInstaller | undefined;
}

export function composeServices(options: ComposeOptions): DomainServices {
  const { config, logger, store } = options;
  const now = options.now ?? (() => new Date());
  const audit = new AuditLog(store, now);
  const workingHours = parseWorkingHours({ timeZone: config.timeZone });
  shareVersionReads(store, options.versionReads);
  return {
    config,
    logger,
    store,
    now,
    audit,
    addressBook: new AddressBook(store, now, options.versionReads?.clock),
    missedLookups: new MissedLookups(now),
    greetings: new GreetingLedger(store),
    admins: new AdminDirectory(store, audit, config.bootstrapAdmins),
    refusals: new RefusalTally(audit, now),
    leadership: new LeadershipDirectory(store, audit),
    settings: new OrganisationSettings(store, audit, now),
    deputies: new DeputyDirectory(store, audit, now, workingHours.timeZone),
    calendar: new CalendarStore(store, audit, now),
    workingHours,
    kolada: createKoladaClient({ baseUrl: config.kolada.apiUrl }),
    appInstaller: appInstallerFor(config, options.graphTokens),
  };
}

function appInstallerFor(config: Config, tokens: GraphTokenSource | undefined) {
  const { graph } = config;
  if (!graph.teamsAppCatalogId || !tokens) return undefined;
  return graphAppInstaller(
    new GraphClient({ baseUrl: graph.baseUrl, tokens }),
    graph.teamsAppCatalogId,
  );
}
