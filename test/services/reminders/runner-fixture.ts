// The reminder runner on the test's own tables with an example plan, a recording messenger, a text
// renderer and a fake clock: the scheduler's tick without Teams or timers.
import fs from "node:fs";
import path from "node:path";
import { AdminDirectory } from "../../../services/admins/admin-directory";
import { AuditLog } from "../../../services/audit/audit-log";
import { CalendarStore, parseWorkingHours } from "../../../services/calendar";
import { silentLogger } from "../../../services/logging/logger";
import { AddressBook } from "../../../services/people/address-book";
import { importPlan, loadPlan, type Plan } from "../../../services/plan";
import {
  JobStore,
  OutboxStore,
  ReminderRunner,
  SchedulerLease,
  reachableAdmins,
} from "../../../services/reminders";
import { OrganisationSettings } from "../../../services/settings/organisation-settings";
import type { TableStore } from "../../../services/storage/tables";
import { personalReference, RecordingMessenger } from "../../support/recording-messenger";
import { FakeReportLedger } from "../../support/report-ledger-fake";
import { testTableStore } from "../../support/storage";
import { FakeClock } from "../../support/test-clocks";
import { textRenderer } from "./sender-fixture";

export interface RunnerFixture {
  store: TableStore;
  clock: FakeClock;
  messenger: RecordingMessenger;
  ledger: FakeReportLedger;
  jobs: JobStore;
  calendar: CalendarStore;
  plan: Plan;
  runner(holder?: string): ReminderRunner;
  /** The person at a:personal-<upn>. */
  install(upn: string, name: string): Promise<void>;
}

export async function runnerFixture(start: string, admins: string[] = []): Promise<RunnerFixture> {
  const store = testTableStore();
  const clock = new FakeClock(start);
  const now = () => clock.now();
  const audit = new AuditLog(store, now);
  const addressBook = new AddressBook(store, now);
  const settings = new OrganisationSettings(store, audit, now);
  const directory = new AdminDirectory(store, audit, admins);
  const file = path.resolve(__dirname, "../../../plans/examples/norsjo-omsorg-2025.yaml");
  const imported = await importPlan(
    store,
    { fileName: "norsjo-omsorg-2025.yaml", content: fs.readFileSync(file) },
    { actor: "test" },
  );
  if (!imported.ok) throw new Error("plan did not import");
  await settings.setActivePlanId(imported.plan.id, "test");
  const messenger = new RecordingMessenger();
  const ledger = new FakeReportLedger();
  const jobs = new JobStore(store, now);
  const calendar = new CalendarStore(store, audit, now);
  const workingHours = parseWorkingHours({ timeZone: "Europe/Stockholm" });
  return {
    store,
    clock,
    messenger,
    ledger,
    jobs,
    calendar,
    plan: imported.plan,
    runner: (holder = "runner") =>
      new ReminderRunner(
        {
          jobs,
          outbox: new OutboxStore(store, now),
          messenger,
          renderer: textRenderer,
          addressBook,
          channels: async () => [],
          admins: () => reachableAdmins(directory, addressBook),
          ledger,
          loadPlan: (planId) => loadPlan(store, planId),
          calendar,
          settings,
          lease: new SchedulerLease(store, clock, holder, 45_000),
          workingHours,
          locale: "sv",
          clock,
          logger: silentLogger,
        },
        { owner: holder, concurrency: 4, random: () => 0.5 },
      ),
    async install(upn, name) {
      await addressBook.rememberPerson(
        { aadObjectId: `aad-${upn}`, name, upn },
        personalReference(`a:personal-${upn}`),
      );
    },
  };
}
