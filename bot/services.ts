// What the bot's handlers may call: the domain services, built once at start (bot/app.ts) and passed
// in, so tests build the same graph on their own Azurite and fakes.
import type { Config } from "../services/config/config";
import type { Logger } from "../services/logging/logger";
import type { TableStore } from "../services/storage/tables";
import type { AddressBook, GreetingLedger } from "../services/people/address-book";
import type { MissedLookups } from "../services/people/missed-lookups";
import type { AdminDirectory } from "../services/admins/admin-directory";
import type { AuditLog } from "../services/audit/audit-log";
import type { RefusalTally } from "../services/audit/refusal-tally";
import type { LeadershipDirectory } from "../services/access";
import type { WorkingHours } from "../services/calendar";
import type { OrganisationSettings } from "../services/settings/organisation-settings";
import type { ReminderRuntime } from "./scheduler";
import type { SummaryRuntime } from "./summary/summary-port";
import type { AppInstaller } from "../services/graph";
import type { KoladaClient } from "../services/kolada";
import type { DeputyDirectory } from "../services/deputies/deputy-directory";

export interface BotServices {
  config: Config;
  logger: Logger;
  store: TableStore;
  addressBook: AddressBook;
  /** People whose roster lookup failed lately: not asked again on every turn. */
  missedLookups: MissedLookups;
  greetings: GreetingLedger;
  admins: AdminDirectory;
  audit: AuditLog;
  /** Refused actions, counted per person and minute in the audit log. */
  refusals: RefusalTally;
  /** People an admin named leadership (`ledning lägg till`). */
  leadership: LeadershipDirectory;
  settings: OrganisationSettings;
  /** Deputies for units and reporters' absences (`ersättare`, `frånvarande`). */
  deputies: DeputyDirectory;
  workingHours: WorkingHours;
  now: () => Date;
  /** Kolada's API: comparison values read at import. */
  kolada: KoladaClient;
  /** The reminder scheduler, its sender and `påminn`. */
  reminders: ReminderRuntime;
  /** Leadership summaries: `sammanställ`, and the sweep that posts at deadlines. */
  summaries: SummaryRuntime;
  /** Installs the app for a person through Graph; undefined without TEAMS_APP_CATALOG_ID. */
  appInstaller: AppInstaller | undefined;
}
