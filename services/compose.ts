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
import { planReader, type PlanReader } from "./plan/plan-reader";
import { reporterAssignment, type ReporterAssignment } from "./plan/assign-reporter";
import { livePlanReader, type LivePlanReader } from "./live-plans/live-plan-reader";
import { reportingUseCases, type ReportingUseCases } from "./reporting/reporting-use-cases";
import { comparisonUseCases, type ComparisonUseCases } from "./comparison/comparison-use-cases";
import { planImporter, type PlanImporter } from "./comparison/plan-importer";
import { summaryReader, type SummaryReader } from "./summary/summary-reader";
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
  /**
   * The table store itself: for what is built on it (the reminder and summary runtimes, the health
   * probe, the CLI). Handlers and card actions never get it: they use the ports below.
   */
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
  /** The stored plans, by id. */
  plans: PlanReader;
  /** `ansvarig <enhet> <person>`. */
  reporterAssignment: ReporterAssignment;
  /** Which plans are live, and which plan an admin works on. */
  livePlans: LivePlanReader;
  /** Opening, drafting, submitting and reopening reports (units' and reporter roles'). */
  reporting: ReportingUseCases;
  /** Comparison values: what can be judged, and an admin's value. */
  comparisons: ComparisonUseCases;
  /** `importera plan`: the import, last year's results carried forward, Kolada read. */
  planImport: PlanImporter;
  /** A period's summary, the year's counts, a plan's periods, the export. */
  summaryReader: SummaryReader;
}

export function composeServices(options: ComposeOptions): DomainServices {
  const { config, logger, store } = options;
  const now = options.now ?? (() => new Date());
  const audit = new AuditLog(store, now);
  const workingHours = parseWorkingHours({ timeZone: config.timeZone });
  const refusals = new RefusalTally(audit, now);
  const settings = new OrganisationSettings(store, audit, now);
  const deputies = new DeputyDirectory(store, audit, now, workingHours.timeZone);
  const kolada = createKoladaClient({ baseUrl: config.kolada.apiUrl });
  const onStore = { store, audit, now, workingHours };
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
    refusals,
    leadership: new LeadershipDirectory(store, audit),
    settings,
    deputies,
    calendar: new CalendarStore(store, audit, now),
    workingHours,
    kolada,
    appInstaller: appInstallerFor(config, options.graphTokens),
    plans: planReader(store),
    reporterAssignment: reporterAssignment(onStore),
    livePlans: livePlanReader({ ...onStore, settings }),
    reporting: reportingUseCases({ ...onStore, logger, refusals, deputies }),
    comparisons: comparisonUseCases(onStore),
    planImport: planImporter({ store, kolada, now }),
    summaryReader: summaryReader(onStore),
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
