// A reminder job ready to send, on the test's own tables, with a recording messenger and a fake
// clock: what the sender tests build on.
import { AdminDirectory } from "../../../services/admins/admin-directory";
import { AuditLog } from "../../../services/audit/audit-log";
import { silentLogger } from "../../../services/logging/logger";
import { AddressBook } from "../../../services/people/address-book";
import {
  JobStore,
  OutboxSender,
  OutboxStore,
  reachableAdmins,
  type NewOutboxRow,
  type ReminderJob,
  type ReminderRenderer,
  type SenderOptions,
} from "../../../services/reminders";
import type { TableStore } from "../../../services/storage/tables";
import { personalReference, RecordingMessenger } from "../../support/recording-messenger";
import { FakeReportLedger } from "../../support/report-ledger-fake";
import { testTableStore } from "../../support/storage";
import { FakeClock } from "../../support/test-clocks";

export const START = "2025-05-07T08:00:00Z";

/** Messages as plain text, so tests read what was said. */
export const textRenderer: ReminderRenderer = {
  reminder: (c) => ({ text: `reminder ${c.personName}: ${c.units.map((u) => u.id).join(",")}` }),
  digest: (c) => ({ text: `digest ${c.adminName}: ${c.missing.map((u) => u.name).join(",")}` }),
  unreachableNotice: (c) => ({
    text: `notice ${c.adminName}: ${c.people.map((p) => `${p.name}=${p.reason}`).join(",")}`,
  }),
  progress: (c) => ({ text: `progress ${c.sent}/${c.total}${c.done ? " done" : ""}` }),
};

export interface SenderFixture {
  store: TableStore;
  clock: FakeClock;
  messenger: RecordingMessenger;
  ledger: FakeReportLedger;
  jobs: JobStore;
  outbox: OutboxStore;
  addressBook: AddressBook;
  sender(options?: Partial<SenderOptions>): OutboxSender;
  /** Person i: person-i@example.se, reachable at a:personal-i unless `installed` is false. */
  person(i: number, installed?: boolean): Promise<void>;
  job(fields: Partial<ReminderJob>, rows: NewOutboxRow[]): Promise<ReminderJob>;
}

export function reminderRow(i: number, units = [`enhet-${i}`]): NewOutboxRow {
  return {
    kind: "reminder",
    recipient: `person-${i}@example.se`,
    name: `Person ${i}`,
    units: units.map((id) => ({ id, name: id, items: 2 })),
  };
}

export async function senderFixture(admins: string[] = []): Promise<SenderFixture> {
  const store = testTableStore();
  const clock = new FakeClock(START);
  const now = () => clock.now();
  const messenger = new RecordingMessenger();
  const ledger = new FakeReportLedger();
  const jobs = new JobStore(store, now);
  const outbox = new OutboxStore(store, now);
  const addressBook = new AddressBook(store, now);
  const directory = new AdminDirectory(store, new AuditLog(store, now), admins);
  const fixture: SenderFixture = {
    store,
    clock,
    messenger,
    ledger,
    jobs,
    outbox,
    addressBook,
    sender: (options = {}) =>
      new OutboxSender(
        {
          jobs,
          outbox,
          messenger,
          renderer: textRenderer,
          addressBook,
          channels: async () => [
            {
              conversationId: "19:channel",
              teamId: "19:team",
              reference: personalReference("19:channel"),
              active: true,
              updatedAt: START,
            },
          ],
          admins: () => reachableAdmins(directory, addressBook),
          ledger,
          loadPlan: async () => undefined,
          clock,
          logger: silentLogger,
          timeZone: "Europe/Stockholm",
        },
        { owner: "test", concurrency: 4, random: () => 0.5, ...options },
      ),
    async person(i, installed = true) {
      await addressBook.rememberPerson(
        {
          aadObjectId: `aad-${i}`,
          name: `Person ${i}`,
          upn: `person-${i}@example.se`,
        },
        installed ? personalReference(`a:personal-${i}`) : undefined,
      );
    },
    async job(fields, rows) {
      const key = { planId: "plan", periodId: "T1", stepKey: "before-3", ...fields };
      await jobs.create({
        origin: "calendar",
        audience: "missing",
        copyToAdmin: false,
        at: START,
        state: "queued",
        locale: "sv",
        period: {
          planId: key.planId,
          planName: "Plan",
          periodId: key.periodId,
          label: "T1 2025",
          start: "2025-01-01",
          end: "2025-04-30",
          deadline: "2025-05-16",
          deadlineAt: "2025-05-16T21:59:59.999Z",
        },
        total: rows.length,
        alreadyReported: 0,
        ...fields,
        ...key,
      });
      const { jobId } = await import("../../../services/reminders");
      await outbox.enqueue(jobId(key), rows);
      const job = await jobs.get(key);
      if (!job) throw new Error("job not created");
      return job;
    },
  };
  return fixture;
}
