// The durable schedule: one row per reminder step of a period (from the calendar) and per manual
// `påminn` (one a day), with where it stands. The calendar's steps are copied in by `syncCalendar`
// on every tick, so a changed deadline moves a step that has not gone out yet; a step that has gone
// out never goes out again.
//
// Table `ReminderJobs`: PK <plan id, escaped>, RK <period id, escaped>|<step key, escaped>.
import type { ReportingPeriod } from "../calendar";
import type { Locale } from "../i18n/locale";
import { odata } from "../storage/odata";
import { isStorageConflict } from "../storage/storage-errors";
import { escapeKey, type Table, type TableStore } from "../storage/tables";
import {
  rowKey,
  toEntity,
  toJob,
  type JobChanges,
  type JobKey,
  type ReminderJob,
} from "./job-rows";

const TABLE = "ReminderJobs";

export class JobStore {
  constructor(
    private readonly store: TableStore,
    private readonly now: () => Date,
  ) {}

  async get(key: JobKey): Promise<ReminderJob | undefined> {
    const row = await this.table().get(escapeKey(key.planId), rowKey(key.periodId, key.stepKey));
    return row ? toJob(row) : undefined;
  }

  async list(planId: string): Promise<ReminderJob[]> {
    return (await this.table().partition(escapeKey(planId))).map(toJob);
  }

  /** Jobs being expanded or sent, of any plan: what a tick must finish. */
  async open(): Promise<ReminderJob[]> {
    const jobs: ReminderJob[] = [];
    for await (const row of this.table().query({
      filter: odata`state eq ${"due"} or state eq ${"queued"}`,
    })) {
      jobs.push(toJob(row));
    }
    return jobs.sort((a, b) => a.at.localeCompare(b.at));
  }

  /**
   * Copies the calendar's steps into the schedule: new steps are added, steps that have not gone
   * out follow the calendar's time, steps no longer in the calendar are cancelled.
   */
  async syncCalendar(
    planId: string,
    periods: readonly ReportingPeriod[],
    locale: Locale,
  ): Promise<void> {
    const existing = new Map(
      (await this.list(planId))
        .filter((job) => job.origin === "calendar")
        .map((job) => [rowKey(job.periodId, job.stepKey), job]),
    );
    const seen = new Set<string>();
    const nowIso = this.now().toISOString();
    for (const period of periods) {
      for (const step of period.reminderSteps) {
        const key = rowKey(period.id, step.key);
        seen.add(key);
        const job = existing.get(key);
        const wanted = { at: step.at, audience: step.audience, copyToAdmin: step.copyToAdmin };
        if (!job) {
          await this.create({
            planId,
            periodId: period.id,
            stepKey: step.key,
            origin: "calendar",
            state: "scheduled",
            locale,
            ...wanted,
          });
          continue;
        }
        const movable =
          job.state === "scheduled" ||
          job.state === "cancelled" ||
          (job.state === "missed" && step.at > nowIso);
        const changed =
          job.at !== step.at ||
          job.audience !== step.audience ||
          job.copyToAdmin !== step.copyToAdmin ||
          job.state !== "scheduled";
        if (movable && changed) await this.update(job, { ...wanted, state: "scheduled" });
      }
    }
    for (const [key, job] of existing) {
      if (!seen.has(key) && job.state === "scheduled")
        await this.update(job, { state: "cancelled" });
    }
  }

  /** Creates the job; false when it exists already. */
  async create(
    job: Omit<ReminderJob, "etag" | "updatedAt"> & Partial<Pick<ReminderJob, "updatedAt">>,
  ): Promise<boolean> {
    const { planId, periodId, stepKey, ...fields } = job;
    return this.table().create({
      partitionKey: escapeKey(planId),
      rowKey: rowKey(periodId, stepKey),
      planId,
      periodId,
      stepKey,
      ...toEntity({ ...fields, updatedAt: this.now().toISOString() }),
    });
  }

  /**
   * Changes the job if nobody else has since it was read (ETag). Returns the job as changed, or
   * undefined when someone else got there first.
   */
  async update(job: ReminderJob, changes: JobChanges): Promise<ReminderJob | undefined> {
    const updatedAt = this.now().toISOString();
    try {
      const etag = await this.table().update(
        {
          partitionKey: escapeKey(job.planId),
          rowKey: rowKey(job.periodId, job.stepKey),
          ...toEntity({ ...changes, updatedAt }),
        },
        "Merge",
        job.etag,
      );
      return { ...job, ...changes, updatedAt, etag: etag || job.etag };
    } catch (error) {
      if (isStorageConflict(error, "changed", "missing")) return undefined;
      throw error;
    }
  }

  private table(): Table {
    return this.store.table(TABLE);
  }
}
