// The reminders' runtime: the scheduler loop, its runner and sender on the app's storage, the Teams
// messenger with the configured rate limits, and `påminn`. The bot starts the loop with the app
// (REMINDERS_ENABLED) and stops it when the app closes; `uppfoljning reminders run-due` builds the
// same runtime and runs one tick.
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import { AdminDirectory } from "../services/admins/admin-directory";
import { AuditLog } from "../services/audit/audit-log";
import { CalendarStore, parseWorkingHours, type WorkingHours } from "../services/calendar";
import type { Config } from "../services/config/config";
import type { Logger } from "../services/logging/logger";
import type { Messenger } from "../services/messaging";
import { AddressBook } from "../services/people/address-book";
import { activeTeamChannels } from "../services/people/reachability";
import { listPlans, loadPlan } from "../services/plan";
import {
  JobStore,
  OutboxStore,
  ReminderLoop,
  ReminderRunner,
  SchedulerLease,
  reachableAdmins,
  startManualReminder,
  type Clock,
  type LoopOptions,
  type ManualReminderInput,
  type ManualStart,
  type ReportLedger,
  type SenderOptions,
  type TickResult,
} from "../services/reminders";
import { submittedUnits } from "../services/reporting";
import { OrganisationSettings } from "../services/settings/organisation-settings";
import type { TableStore } from "../services/storage/tables";
import { reminderRenderer } from "./reminder-messages";
import { TeamsMessenger } from "./teams-messenger";

export interface ReminderRuntimeOptions {
  config: Config;
  logger: Logger;
  store: TableStore;
  clock: Clock;
  /** Which units have submitted; default: the reporting module's reports. */
  ledger?: ReportLedger;
  /** Default: the Teams messenger with the configured rate limits. */
  messenger?: Messenger;
  addressBook?: AddressBook;
  admins?: AdminDirectory;
  settings?: OrganisationSettings;
  workingHours?: WorkingHours;
  /** Tests: shorter claims, leases and loops. */
  sender?: Partial<SenderOptions>;
  leaseTtlMs?: number;
  loop?: LoopOptions;
}

export interface ReminderRuntime {
  readonly messenger: Messenger;
  /** Starts the scheduler loop (every minute, and at once when kicked). */
  start(): void;
  /** Stops the loop, ends a running tick at its next row, lets the lease go. */
  stop(): Promise<void>;
  /** Runs a tick as soon as possible (a `påminn` is waiting). */
  kick(): void;
  /** Runs one tick now and says what it did. */
  runDue(): Promise<TickResult>;
  /** Resolves when no tick is running or asked for. */
  idle(): Promise<void>;
  startManual(input: ManualReminderInput): Promise<ManualStart>;
}

export function createReminderRuntime(options: ReminderRuntimeOptions): ReminderRuntime {
  const { config, store, clock } = options;
  const logger = options.logger.child({ module: "reminders" });
  const now = () => clock.now();
  const audit = new AuditLog(store, now);
  const addressBook = options.addressBook ?? new AddressBook(store, now);
  const admins = options.admins ?? new AdminDirectory(store, audit, config.bootstrapAdmins);
  const settings = options.settings ?? new OrganisationSettings(store, audit, now);
  const workingHours = options.workingHours ?? parseWorkingHours({ timeZone: config.timeZone });
  const messenger =
    options.messenger ??
    new TeamsMessenger({
      config,
      logger,
      limits: {
        perAppPerSecond: config.messaging.perAppPerSecond,
        perConversationPerSecond: config.messaging.perConversationPerSecond,
      },
    });
  const calendar = new CalendarStore(store, audit, now);
  const ledger = options.ledger ?? reportingLedger(store);
  // Reminders are in the organisation's language, like every message nobody asked for.
  const locale = config.locale === "en" ? "en" : "sv";
  const jobs = new JobStore(store, now);
  const owner = `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
  const lease = new SchedulerLease(store, clock, owner, options.leaseTtlMs ?? 45_000);
  const runner = new ReminderRunner(
    {
      jobs,
      outbox: new OutboxStore(store, now),
      messenger,
      renderer: reminderRenderer,
      addressBook,
      channels: () => activeTeamChannels(store, addressBook),
      admins: () => reachableAdmins(admins, addressBook),
      ledger,
      loadPlan: (planId) => loadPlan(store, planId),
      planIds: async () => (await listPlans(store)).map((listing) => listing.planId),
      calendar,
      settings,
      lease,
      workingHours,
      locale,
      clock,
      logger,
    },
    {
      owner,
      ...options.sender,
    },
  );
  const loop = new ReminderLoop(runner, logger, options.loop);
  return {
    messenger,
    start: () => loop.start(),
    stop: () => loop.stop(),
    kick: () => loop.kick(),
    runDue: () => loop.runOnce(),
    idle: () => loop.idle(),
    startManual: (input) =>
      startManualReminder(
        {
          jobs,
          messenger,
          renderer: reminderRenderer,
          ledger,
          calendar,
          workingHours,
          clock,
          locale,
        },
        input,
      ),
  };
}

/** Which units have submitted, as the reporting module stores it. */
export function reportingLedger(store: TableStore): ReportLedger {
  return { submittedUnits: (planId, periodId) => submittedUnits(store, planId, periodId) };
}
