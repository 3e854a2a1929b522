// Sends a job's outbox: several workers take rows as they come from the table, each sends one
// message at a time through the Messenger (which keeps to Teams' rate limits), until every row is
// sent or finished for good. Rows that must wait (Retry-After, backoff, a claim of a sender that
// died) are waited for. Then the job is marked done, once (ETag), and the admin who asked sees the
// final count. Stops when the lease is lost: the rows stay in the table for the next holder.
import type { Logger } from "../logging/logger";
import type { Messenger } from "../messaging";
import type { AddressBook, ChannelAddress } from "../people/address-book";
import type { Plan } from "../plan";
import type { Clock } from "./clock";
import { deliverRow, type RowOutcome } from "./deliver-row";
import { JobProgress } from "./job-progress";
import type { JobStore } from "./job-store";
import { jobId, type ReminderJob } from "./job-rows";
import { tally } from "./job-tally";
import type { OutboxRow, OutboxStore } from "./outbox-store";
import type { AdminRecipient } from "./reachable-admins";
import type { ReminderRenderer } from "./reminder-content";
import type { ReportLedger } from "./report-ledger";
import { RowPlans, unreachableByTeams } from "./row-plans";

export interface SenderOptions {
  /** Who claims rows: unique per process. */
  owner: string;
  /** How long a claim holds; a sender that dies holds its rows this long. */
  claimTtlMs: number;
  /**
   * Rows in flight at once: enough to keep the rate limit busy while Teams answers. A row is a
   * claim, a send and a write, so at 30 a second and 1 s answers about 40 are on their way.
   */
  concurrency: number;
  /** Transient failures before a row is given up. */
  maxFailures: number;
  /** How often the admin's progress message is updated. */
  progressEveryMs: number;
  /** How old the list of submitted units may be before it is read again. */
  ledgerMaxAgeMs: number;
  random: () => number;
}

export const DEFAULT_SENDER_OPTIONS: Omit<SenderOptions, "owner"> = {
  claimTtlMs: 120_000,
  concurrency: 64,
  maxFailures: 5,
  progressEveryMs: 5_000,
  ledgerMaxAgeMs: 30_000,
  random: Math.random,
};

export interface SenderDeps {
  jobs: JobStore;
  outbox: OutboxStore;
  messenger: Messenger;
  renderer: ReminderRenderer;
  addressBook: AddressBook;
  channels: () => Promise<ChannelAddress[]>;
  admins: () => Promise<AdminRecipient[]>;
  ledger: ReportLedger;
  loadPlan: (planId: string) => Promise<Plan | undefined>;
  clock: Clock;
  logger: Logger;
  timeZone: string;
  /** The scheduler's lease: sending stops when it is lost. */
  lease?: { held(): boolean };
}

const MAX_IDLE_WAIT_MS = 30_000;

export class OutboxSender {
  private readonly options: SenderOptions;

  constructor(
    private readonly deps: SenderDeps,
    options: Partial<SenderOptions> & Pick<SenderOptions, "owner">,
  ) {
    this.options = { ...DEFAULT_SENDER_OPTIONS, ...options };
  }

  /**
   * Sends what is left of the job. `expanding`: the job's rows are still being written; rows are
   * sent as they appear, and the job is not finished before the writing is.
   */
  async drain(
    job: ReminderJob,
    expanding?: Promise<unknown>,
  ): Promise<"done" | "stopped" | "notQueued"> {
    const run = new SenderRun(this.deps, this.options, job);
    let writing = expanding !== undefined;
    void expanding?.then(
      () => (writing = false),
      () => (writing = false),
    );
    for (;;) {
      if (this.deps.lease && !this.deps.lease.held()) return "stopped";
      await run.sendTakeable();
      const overview = await this.deps.outbox.overview(run.id);
      if (overview.open === 0 && !writing) {
        if (await run.queueNotices(overview.rows)) continue;
        return (await run.finish(overview.rows)) ? "done" : "notQueued";
      }
      await run.look(overview.rows);
      if (writing) {
        await Promise.race([expanding, this.deps.clock.sleep(200)]);
        continue;
      }
      const now = this.deps.clock.now().getTime();
      const next = overview.nextAt ? Date.parse(overview.nextAt) : now;
      await this.deps.clock.sleep(Math.min(MAX_IDLE_WAIT_MS, Math.max(50, next - now + 10)));
    }
  }
}

/** One drain of one job: what it knows of the rows, the content it sends, and its progress. */
class SenderRun {
  readonly id: string;
  private readonly plans: RowPlans;
  private readonly progress: JobProgress;

  constructor(
    private readonly deps: SenderDeps,
    private readonly options: SenderOptions,
    private job: ReminderJob,
  ) {
    this.id = jobId(job);
    this.plans = new RowPlans(deps, options.ledgerMaxAgeMs, this.id, () => this.job);
    this.progress = new JobProgress(deps, options.progressEveryMs, job);
  }

  async sendTakeable(): Promise<void> {
    const rows = this.deps.outbox.takeable(this.id)[Symbol.asyncIterator]();
    const worker = async () => {
      for (;;) {
        if (this.deps.lease && !this.deps.lease.held()) return;
        const next = await rows.next();
        if (next.done) return;
        await this.deliver(next.value);
      }
    };
    await Promise.all(Array.from({ length: this.options.concurrency }, worker));
  }

  private async deliver(row: OutboxRow): Promise<void> {
    let outcome: RowOutcome;
    try {
      if (!this.job.period) this.job = (await this.deps.jobs.get(this.job)) ?? this.job;
      outcome = await deliverRow(
        {
          ...this.deps,
          owner: this.options.owner,
          claimTtlMs: this.options.claimTtlMs,
          maxFailures: this.options.maxFailures,
          random: this.options.random,
        },
        row,
        this.plans.for(row),
      );
    } catch (error) {
      // Storage failed while recording: the row's claim runs out and it is taken again.
      this.deps.logger.error({ err: error, row: row.key, job: this.id }, "outbox row failed");
      outcome = "later";
    }
    this.progress.count(outcome);
    void this.progress.report();
  }

  /** Between passes: what the table says, and an update of the progress message if it is time. */
  async look(rows: readonly OutboxRow[]): Promise<void> {
    await this.progress.look(rows);
    await this.progress.report();
  }

  /** Calendar jobs: when Teams refused people (403/404), every reachable admin is told, once. */
  async queueNotices(rows: readonly OutboxRow[]): Promise<boolean> {
    if (this.job.origin !== "calendar" || rows.some((row) => row.kind === "notice")) return false;
    if (unreachableByTeams(rows).length === 0) return false;
    const admins = await this.deps.admins();
    if (admins.length === 0) return false;
    const { created } = await this.deps.outbox.enqueue(
      this.id,
      admins.map((admin) => ({ kind: "notice", recipient: admin.recipient, name: admin.name })),
    );
    return created > 0;
  }

  /** Marks the job done (once, by ETag) and shows the admin who asked the final count. */
  async finish(rows: readonly OutboxRow[]): Promise<boolean> {
    const current = await this.deps.jobs.get(this.job);
    if (!current || current.state !== "queued") return false;
    const counts = tally(current, rows);
    const done = await this.deps.jobs.update(current, {
      state: "done",
      doneAt: this.deps.clock.now().toISOString(),
      counts: {
        sent: counts.sent,
        reported: counts.reported,
        unreachable: counts.unreachable,
        failed: counts.failed,
      },
    });
    if (!done) return false;
    this.deps.logger.info(
      { job: this.id, ...counts, unreachablePeople: undefined },
      "reminder job done",
    );
    if (done.progress) await this.progress.final(done, counts);
    return true;
  }
}
