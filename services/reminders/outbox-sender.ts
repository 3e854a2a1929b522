// Sends a job's outbox: several workers take rows as they come from the table, each sends one
// message at a time through the Messenger (which keeps to Teams' rate limits), until every row is
// sent or finished for good. Rows that must wait (Retry-After, backoff, a claim of a sender that
// died) are waited for. Then the job is marked done, once (ETag), and the admin who asked sees the
// final count. Stops when the lease is lost: the rows stay in the table for the next holder.
import type { Logger } from "../logging/logger";
import type { Messenger } from "../messaging";
import type { AddressBook, ChannelAddress } from "../people/address-book";
import type { Plan } from "../plan";
import { AddressResolver } from "./address-resolver";
import type { Clock } from "./clock";
import { deliverRow, type RowOutcome, type RowPlan } from "./deliver-row";
import { jobId, type JobStore, type ReminderJob } from "./job-store";
import { tally } from "./job-tally";
import type { OutboxRow, OutboxStore } from "./outbox-store";
import type { AdminRecipient } from "./reachable-admins";
import { unitsReportingIn } from "./recipients";
import {
  daysUntil,
  toneOf,
  type ReminderRenderer,
  type UnreachablePerson,
} from "./reminder-content";
import type { ReportLedger } from "./report-ledger";

export interface SenderOptions {
  /** Who claims rows: unique per process. */
  owner: string;
  /** How long a claim holds; a sender that dies holds its rows this long. */
  claimTtlMs: number;
  /** Rows in flight at once: enough to keep the rate limit busy while Teams answers. */
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
  concurrency: 16,
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
      await run.reportProgress(overview.rows);
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

/** One drain of one job: its caches (plan, submitted units, rosters) and its progress. */
class SenderRun {
  readonly id: string;
  private readonly resolver: AddressResolver;
  private submitted: { at: number; units: Promise<Set<string>> } | undefined;
  private plan: Promise<Plan | undefined> | undefined;
  private readonly outcomes = new Map<RowOutcome, number>();
  private lastProgressAt = 0;
  private progressBase: ReturnType<typeof tally> | undefined;
  /** The progress update on its way: the final count must not be overtaken by it. */
  private progressUpdate: Promise<void> = Promise.resolve();

  constructor(
    private readonly deps: SenderDeps,
    private readonly options: SenderOptions,
    private job: ReminderJob,
  ) {
    this.id = jobId(job);
    // Counting starts from nothing sent; each look at the table sets it right.
    if (job.progress) this.progressBase = tally(job, []);
    this.resolver = new AddressResolver({
      addressBook: deps.addressBook,
      messenger: deps.messenger,
      channels: deps.channels,
      logger: deps.logger,
    });
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
        this.planFor(row),
      );
    } catch (error) {
      // Storage failed while recording: the row's claim runs out and it is taken again.
      this.deps.logger.error({ err: error, row: row.key, job: this.id }, "outbox row failed");
      outcome = "later";
    }
    this.outcomes.set(outcome, (this.outcomes.get(outcome) ?? 0) + 1);
    void this.reportProgress();
  }

  private planFor(row: OutboxRow): RowPlan {
    const { renderer, addressBook } = this.deps;
    const period = () => {
      if (!this.job.period) throw new Error(`Job ${this.id} has no period yet.`);
      return this.job.period;
    };
    const daysLeft = () => daysUntil(period().deadline, this.deps.clock.now(), this.deps.timeZone);
    if (row.kind === "reminder") {
      const units = async () => {
        if (this.job.audience !== "missing") return row.units ?? [];
        const submitted = await this.submittedUnits();
        return (row.units ?? []).filter((unit) => !submitted.has(unit.id));
      };
      return {
        stillWanted: async () => (await units()).length > 0,
        resolve: (maxWaitMs) => this.resolver.resolve(row.recipient, maxWaitMs),
        render: async () => {
          const still = await units();
          return renderer.reminder({
            locale: this.job.locale,
            tone: toneOf(this.job.stepKey),
            personName: row.name,
            period: period(),
            daysLeft: daysLeft(),
            units: still,
            itemsDue: still.reduce((sum, unit) => sum + unit.items, 0),
          });
        },
      };
    }
    const resolveAdmin = async () => {
      const person = await addressBook.findPerson(row.recipient);
      if (!person?.reference || !person.active || person.unreachable) {
        return {
          ok: false as const,
          reason: "noAddress" as const,
          aadObjectId: person?.aadObjectId,
        };
      }
      return { ok: true as const, reference: person.reference, aadObjectId: person.aadObjectId };
    };
    return {
      stillWanted: async () => true,
      resolve: resolveAdmin,
      render: async () =>
        row.kind === "digest"
          ? renderer.digest({
              locale: this.job.locale,
              adminName: row.name,
              period: period(),
              daysLeft: daysLeft(),
              ...(await this.missingUnits()),
            })
          : renderer.unreachableNotice({
              locale: this.job.locale,
              adminName: row.name,
              period: period(),
              people: await this.newlyUnreachable(),
            }),
    };
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
    await this.progressUpdate;
    if (done.progress) await this.updateProgress(done, counts, true);
    return true;
  }

  /** Updates the admin's progress message now and then while sending (manual jobs only). */
  async reportProgress(rows?: readonly OutboxRow[]): Promise<void> {
    if (!this.job.progress && !rows) return;
    if (rows) {
      this.job = (await this.deps.jobs.get(this.job)) ?? this.job;
      this.progressBase = tally(this.job, rows);
      this.outcomes.clear();
    }
    const now = this.deps.clock.now().getTime();
    if (!this.job.progress || now - this.lastProgressAt < this.options.progressEveryMs) return;
    if (!this.progressBase) return;
    this.lastProgressAt = now;
    const base = this.progressBase;
    const add = (outcome: RowOutcome) => this.outcomes.get(outcome) ?? 0;
    this.progressUpdate = this.updateProgress(
      this.job,
      {
        ...base,
        sent: base.sent + add("sent"),
        reported: base.reported + add("reported"),
        unreachable: base.unreachable + add("unreachable"),
        failed: base.failed + add("failed"),
      },
      false,
    );
    await this.progressUpdate;
  }

  private async updateProgress(
    job: ReminderJob,
    counts: ReturnType<typeof tally>,
    done: boolean,
  ): Promise<void> {
    if (!job.progress || !job.period) return;
    const total = Math.max(0, (job.total ?? 0) - (job.alreadyReminded ?? 0));
    try {
      await this.deps.messenger.updateMessage(
        job.progress.reference,
        job.progress.activityId,
        this.deps.renderer.progress({
          locale: job.progress.locale ?? job.locale,
          period: job.period,
          total,
          sent: counts.sent,
          alreadyReported: counts.reported,
          alreadyReminded: job.alreadyReminded ?? counts.alreadyReminded,
          unreachable: counts.unreachable,
          failed: counts.failed,
          done,
          unreachablePeople: done ? counts.unreachablePeople : [],
        }),
        { maxWaitMs: done ? 60_000 : 1_000 },
      );
    } catch (error) {
      // A progress line that does not update is a pity, not a reason to stop sending.
      this.deps.logger.warn({ err: error, job: this.id }, "could not update the progress message");
    }
  }

  private submittedUnits(): Promise<Set<string>> {
    const now = this.deps.clock.now().getTime();
    if (!this.submitted || now - this.submitted.at > this.options.ledgerMaxAgeMs) {
      const units = this.deps.ledger.submittedUnits(this.job.planId, this.job.periodId);
      units.catch(() => (this.submitted = undefined));
      this.submitted = { at: now, units };
    }
    return this.submitted.units;
  }

  private async missingUnits(): Promise<{
    unitsReporting: number;
    missing: { name: string; reporters: string[] }[];
  }> {
    this.plan ??= this.deps.loadPlan(this.job.planId);
    const plan = await this.plan;
    if (!plan) return { unitsReporting: 0, missing: [] };
    const submitted = await this.submittedUnits();
    const names = new Map(plan.people.map((person) => [person.upn.toLowerCase(), person.name]));
    const units = new Map(plan.units.map((unit) => [unit.id, unit]));
    const reporting = [...unitsReportingIn(plan, this.job.periodId).keys()];
    const missing = reporting
      .filter((id) => !submitted.has(id))
      .map((id) => units.get(id))
      .filter((unit) => unit !== undefined)
      .map((unit) => ({
        name: unit.name,
        reporters: unit.reporters.map((upn) => names.get(upn.toLowerCase()) ?? upn),
      }));
    return { unitsReporting: reporting.length, missing };
  }

  private async newlyUnreachable(): Promise<UnreachablePerson[]> {
    return unreachableByTeams((await this.deps.outbox.overview(this.id)).rows);
  }
}

/**
 * People Teams refused in this job (a 403 or 404 answer): news for the admins, unlike people who
 * never installed the app or were refused before (ansvariga lists those).
 */
function unreachableByTeams(rows: readonly OutboxRow[]): UnreachablePerson[] {
  return rows
    .filter(
      (row) =>
        row.kind === "reminder" &&
        row.state === "unreachable" &&
        (row.status === 403 || row.status === 404),
    )
    .map((row) => ({ name: row.name, reason: row.reason === "notFound" ? "notFound" : "blocked" }));
}
