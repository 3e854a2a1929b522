// The admin's `påminn` message while a job is sent: counted from what the table said at the last
// look plus what this sender has done since, updated in place every few seconds, and at the end
// replaced by the final count. One update at a time, and the final one never overtaken.
import type { Logger } from "../logging/logger";
import type { Messenger } from "../messaging";
import type { Clock } from "./clock";
import type { RowOutcome } from "./deliver-row";
import type { JobStore } from "./job-store";
import type { ReminderJob } from "./job-rows";
import { tally, type JobTally } from "./job-tally";
import type { OutboxRow } from "./outbox-store";
import type { ReminderRenderer } from "./reminder-content";

export interface JobProgressDeps {
  jobs: JobStore;
  messenger: Messenger;
  renderer: ReminderRenderer;
  clock: Clock;
  logger: Logger;
}

export class JobProgress {
  private base: JobTally | undefined;
  private readonly outcomes = new Map<RowOutcome, number>();
  private lastAt = 0;
  private update: Promise<void> = Promise.resolve();

  constructor(
    private readonly deps: JobProgressDeps,
    private readonly everyMs: number,
    private job: ReminderJob,
  ) {
    // Counting starts from nothing sent; each look at the table sets it right.
    if (job.progress) this.base = tally(job, []);
  }

  count(outcome: RowOutcome): void {
    this.outcomes.set(outcome, (this.outcomes.get(outcome) ?? 0) + 1);
  }

  /** What the table says now (and the job as stored: a later run may have changed it). */
  async look(rows: readonly OutboxRow[]): Promise<void> {
    this.job = (await this.deps.jobs.get(this.job)) ?? this.job;
    this.base = tally(this.job, rows);
    this.outcomes.clear();
  }

  /** Updates the message if it is time (manual jobs only). */
  async report(): Promise<void> {
    const now = this.deps.clock.now().getTime();
    if (!this.job.progress || !this.base || now - this.lastAt < this.everyMs) return;
    this.lastAt = now;
    const base = this.base;
    const add = (outcome: RowOutcome) => this.outcomes.get(outcome) ?? 0;
    this.update = this.send(
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
    await this.update;
  }

  /** The final count, after any update still on its way. */
  async final(job: ReminderJob, counts: JobTally): Promise<void> {
    await this.update;
    await this.send(job, counts, true);
  }

  private async send(job: ReminderJob, counts: JobTally, done: boolean): Promise<void> {
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
      this.deps.logger.warn({ err: error }, "could not update the progress message");
    }
  }
}
