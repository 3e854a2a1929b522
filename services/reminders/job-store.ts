// The durable schedule: one row per reminder step of a period (from the calendar) and per manual
// `påminn` (one a day), with where it stands. The calendar's steps are copied in by `syncCalendar`
// on every tick, so a changed deadline moves a step that has not gone out yet; a step that has gone
// out never goes out again.
//
// Table `ReminderJobs`: PK <plan id, escaped>, RK <period id, escaped>|<step key, escaped>.
import { odata, type TableClient } from "@azure/data-tables";
import { z } from "zod";
import type { ReportingPeriod, ReminderAudience } from "../calendar";
import type { Locale } from "../i18n/locale";
import { escapeKey, statusOf, type TableStore } from "../storage/tables";
import type { PeriodInfo } from "./reminder-content";

const TABLE = "ReminderJobs";

export type JobState =
  /** Waiting for its time. */
  | "scheduled"
  /** Its time has come (or an admin asked): recipients to be written to the outbox. */
  | "due"
  /** Every recipient is in the outbox: being sent. */
  | "queued"
  | "done"
  /** Its time passed while no instance ran, and the working day is over: not sent. */
  | "missed"
  /** The step is no longer in the calendar (an admin changed the reminder days). */
  | "cancelled";

export type JobOrigin = "calendar" | "manual";

export interface ProgressMessage {
  reference: Record<string, unknown>;
  activityId: string;
  conversationId: string;
  /** The language the admin asked in (the reminders themselves are in the job's). */
  locale?: Locale;
}

export interface JobCounts {
  sent: number;
  reported: number;
  unreachable: number;
  failed: number;
}

export interface ReminderJob {
  planId: string;
  periodId: string;
  stepKey: string;
  origin: JobOrigin;
  audience: ReminderAudience;
  copyToAdmin: boolean;
  /** When it is due: an ISO instant. */
  at: string;
  state: JobState;
  locale: Locale;
  period?: PeriodInfo;
  /** People to remind, and those left out because they had reported, when it was expanded. */
  total?: number;
  alreadyReported?: number;
  /** Manual runs: people already reminded earlier the same day. */
  alreadyReminded?: number;
  counts?: JobCounts;
  /** Manual runs: the admin's message that shows how far it has come. */
  progress?: ProgressMessage;
  requestedBy?: string;
  /** When the current run started (a second `påminn` the same day starts a new run). */
  runStartedAt?: string;
  doneAt?: string;
  updatedAt: string;
  etag: string;
}

export type JobKey = Pick<ReminderJob, "planId" | "periodId" | "stepKey">;

/** The job's outbox partition: plan, period and step, the first half of every idempotency key. */
export function jobId(job: JobKey): string {
  return `${escapeKey(job.planId)}|${escapeKey(job.periodId)}|${escapeKey(job.stepKey)}`;
}

function rowKey(periodId: string, stepKey: string): string {
  return `${escapeKey(periodId)}|${escapeKey(stepKey)}`;
}

const json = <T extends z.ZodType>(schema: T) =>
  z
    .string()
    .optional()
    .transform((text, context): unknown => {
      if (text === undefined || text === "") return undefined;
      try {
        return JSON.parse(text);
      } catch {
        context.issues.push({ code: "custom", message: "is not JSON", input: text });
        return z.NEVER;
      }
    })
    .pipe(schema.optional());

const periodSchema = z.object({
  planId: z.string(),
  planName: z.string(),
  periodId: z.string(),
  label: z.string(),
  start: z.string(),
  end: z.string(),
  deadline: z.string(),
  deadlineAt: z.string(),
});

const rowSchema = z.object({
  planId: z.string(),
  periodId: z.string(),
  stepKey: z.string(),
  origin: z.enum(["calendar", "manual"]),
  audience: z.enum(["everyone", "missing"]),
  copyToAdmin: z.boolean(),
  at: z.string(),
  state: z.enum(["scheduled", "due", "queued", "done", "missed", "cancelled"]),
  locale: z.enum(["sv", "en"]).default("sv"),
  period: json(periodSchema),
  total: z.number().optional(),
  alreadyReported: z.number().optional(),
  alreadyReminded: z.number().optional(),
  counts: json(
    z.object({
      sent: z.number(),
      reported: z.number(),
      unreachable: z.number(),
      failed: z.number(),
    }),
  ),
  progress: json(
    z.object({
      reference: z.record(z.string(), z.unknown()),
      activityId: z.string(),
      conversationId: z.string(),
      locale: z.enum(["sv", "en"]).optional(),
    }),
  ),
  requestedBy: z.string().optional(),
  runStartedAt: z.string().optional(),
  doneAt: z.string().optional(),
  updatedAt: z.string(),
  etag: z.string(),
});

function toJob(row: Record<string, unknown>): ReminderJob {
  const cleaned = Object.fromEntries(
    Object.entries(row).filter(([, value]) => value !== null && value !== ""),
  );
  const job: ReminderJob = rowSchema.parse(cleaned);
  for (const key of Object.keys(job) as (keyof ReminderJob)[]) {
    if (job[key] === undefined) delete job[key];
  }
  return job;
}

type Changes = Partial<Omit<ReminderJob, "planId" | "periodId" | "stepKey" | "etag">>;

function toEntity(fields: Changes): Record<string, unknown> {
  const entity: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    entity[key] =
      key === "period" || key === "counts" || key === "progress" ? JSON.stringify(value) : value;
  }
  return entity;
}

export class JobStore {
  constructor(
    private readonly store: TableStore,
    private readonly now: () => Date,
  ) {}

  async get(key: JobKey): Promise<ReminderJob | undefined> {
    const table = await this.table();
    try {
      return toJob(await table.getEntity(escapeKey(key.planId), rowKey(key.periodId, key.stepKey)));
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  }

  async list(planId: string): Promise<ReminderJob[]> {
    const table = await this.table();
    const jobs: ReminderJob[] = [];
    for await (const row of table.listEntities<Record<string, unknown>>({
      queryOptions: { filter: odata`PartitionKey eq ${escapeKey(planId)}` },
    })) {
      jobs.push(toJob(row));
    }
    return jobs;
  }

  /** Jobs being expanded or sent, of any plan: what a tick must finish. */
  async open(): Promise<ReminderJob[]> {
    const table = await this.table();
    const jobs: ReminderJob[] = [];
    for await (const row of table.listEntities<Record<string, unknown>>({
      queryOptions: { filter: odata`state eq ${"due"} or state eq ${"queued"}` },
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
    const table = await this.table();
    const { planId, periodId, stepKey, ...fields } = job;
    try {
      await table.createEntity({
        partitionKey: escapeKey(planId),
        rowKey: rowKey(periodId, stepKey),
        planId,
        periodId,
        stepKey,
        ...toEntity({ ...fields, updatedAt: this.now().toISOString() }),
      });
      return true;
    } catch (error) {
      if (statusOf(error) === 409) return false;
      throw error;
    }
  }

  /**
   * Changes the job if nobody else has since it was read (ETag). Returns the job as changed, or
   * undefined when someone else got there first.
   */
  async update(job: ReminderJob, changes: Changes): Promise<ReminderJob | undefined> {
    const table = await this.table();
    const updatedAt = this.now().toISOString();
    try {
      const { etag } = await table.updateEntity(
        {
          partitionKey: escapeKey(job.planId),
          rowKey: rowKey(job.periodId, job.stepKey),
          ...toEntity({ ...changes, updatedAt }),
        },
        "Merge",
        { etag: job.etag },
      );
      return { ...job, ...changes, updatedAt, etag: etag ?? job.etag };
    } catch (error) {
      const status = statusOf(error);
      if (status === 412 || status === 404) return undefined;
      throw error;
    }
  }

  private table(): Promise<TableClient> {
    return this.store.table(TABLE);
  }
}
