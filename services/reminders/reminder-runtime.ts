// The reminders' runtime on the app's services: the runner and sender, the scheduler loop, and
// `påminn`. The messenger and the renderer come in as ports (the bot gives the Teams messenger and
// the reminder cards), so this is the same runtime in the bot, in `uppfoljning reminders run-due`
// and in tests.
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import type { DomainServices } from "../compose";
import { chosenLocale } from "../i18n/locale";
import { KoladaSchedule } from "../kolada/kolada-schedule";
import type { Messenger } from "../messaging/messenger";
import { activeTeamChannels } from "../people/reachability";
import { listPlans, loadPlan } from "../plan/plan-store";
import { submittedUnits } from "../reporting/report-store";
import { submittedRoles } from "../reporting/role-report-store";
import type { DeputyDirectory } from "../deputies/deputy-directory";
import type { TableStore } from "../storage/tables";
import type { Clock } from "./clock";
import { JobStore } from "./job-store";
import { OutboxStore } from "./outbox-store";
import type { SenderOptions } from "./outbox-sender";
import { reachableAdmins } from "./reachable-admins";
import { startManualReminder, type ManualReminderInput, type ManualStart } from "./remind-now";
import type { ReminderRenderer } from "./reminder-content";
import { ReminderLoop, type LoopOptions } from "./reminder-loop";
import { ReminderRunner, type TickResult } from "./reminder-runner";
import type { ReportLedger } from "./report-ledger";
import { SchedulerLease } from "./scheduler-lease";

export type ReminderServices = Pick<
  DomainServices,
  | "config"
  | "logger"
  | "store"
  | "addressBook"
  | "admins"
  | "settings"
  | "calendar"
  | "workingHours"
  | "deputies"
>;

export interface ReminderPorts {
  clock: Clock;
  messenger: Messenger;
  renderer: ReminderRenderer;
  /** Which units have submitted; default: the reporting module's reports. */
  ledger?: ReportLedger;
}

/** Tests: shorter claims, leases and loops. */
export interface ReminderTuning {
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

export function createReminderRuntime(
  services: ReminderServices,
  ports: ReminderPorts,
  tuning: ReminderTuning = {},
): ReminderRuntime {
  const { config, store, addressBook, admins, calendar, workingHours } = services;
  const { clock, messenger, renderer } = ports;
  const logger = services.logger.child({ module: "reminders" });
  const ledger = ports.ledger ?? reportingLedger(store, services.deputies);
  // Reminders are in the organisation's language, like every message nobody asked for.
  const locale = chosenLocale(config.locale);
  const jobs = new JobStore(store, () => clock.now());
  const owner = `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
  const lease = new SchedulerLease(store, clock, owner, tuning.leaseTtlMs ?? 45_000);
  const runner = new ReminderRunner(
    {
      jobs,
      outbox: new OutboxStore(store, () => clock.now()),
      messenger,
      renderer,
      addressBook,
      channels: () => activeTeamChannels(store, addressBook),
      admins: () => reachableAdmins(admins, addressBook),
      ledger,
      loadPlan: (planId) => loadPlan(store, planId),
      planIds: async () => (await listPlans(store)).map((listing) => listing.planId),
      calendar,
      settings: services.settings,
      lease,
      workingHours,
      locale,
      clock,
      logger,
    },
    { owner, ...tuning.sender },
  );
  const loop = new ReminderLoop(runner, logger, tuning.loop);
  const kolada = new KoladaSchedule({ config, store, logger: services.logger, clock }); // daily Kolada
  return {
    messenger,
    start: () => (loop.start(), kolada.start()),
    stop: () => Promise.all([loop.stop(), kolada.stop()]).then(() => undefined),
    kick: () => loop.kick(),
    runDue: () => loop.runOnce(),
    idle: () => loop.idle(),
    startManual: (input) =>
      startManualReminder(
        { jobs, messenger, renderer, ledger, calendar, workingHours, clock, locale },
        input,
      ),
  };
}

/** Which units and roles have submitted, as the reporting module stores it, and who stands in. */
export function reportingLedger(
  store: TableStore,
  deputies?: Pick<DeputyDirectory, "current" | "absentToday">,
): ReportLedger {
  return {
    submittedUnits: (planId, periodId) => submittedUnits(store, planId, periodId),
    cover: async (planId, periodId) => ({
      deputies: deputies ? await deputies.current(planId) : [],
      absent: deputies ? await deputies.absentToday(planId) : new Set(),
      submittedRoles: await submittedRoles(store, planId, periodId),
    }),
  };
}
