// A reminder job as stored: its type, the key of its row, and how a row is read (checked with zod)
// and written. The table and its use are in job-store.ts.
import { z } from "zod";
import type { ReminderAudience } from "../calendar";
import type { Locale } from "../i18n/locale";
import { escapeKey } from "../storage/tables";
import type { PeriodInfo } from "./reminder-content";

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
  /**
   * Steps of several plans due at the same moment go out as one job (merge-steps.ts): the other
   * jobs' keys on the one that sends the reminders, and on each of those the job that sends theirs.
   */
  members?: JobKey[];
  mergedInto?: string;
  /** The members' periods, recorded when the merged job is expanded: what its reminders name. */
  others?: PeriodInfo[];
  updatedAt: string;
  etag: string;
}

export interface JobKey {
  planId: string;
  periodId: string;
  stepKey: string;
}

/** The job's outbox partition: plan, period and step, the first half of every idempotency key. */
export function jobId(job: JobKey): string {
  return `${escapeKey(job.planId)}|${escapeKey(job.periodId)}|${escapeKey(job.stepKey)}`;
}

export function rowKey(periodId: string, stepKey: string): string {
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
  members: json(
    z.array(z.object({ planId: z.string(), periodId: z.string(), stepKey: z.string() })),
  ),
  mergedInto: z.string().optional(),
  others: json(z.array(periodSchema)),
  updatedAt: z.string(),
  etag: z.string(),
});

export function toJob(row: Record<string, unknown>): ReminderJob {
  const cleaned = Object.fromEntries(
    Object.entries(row).filter(([, value]) => value !== null && value !== ""),
  );
  const job: ReminderJob = rowSchema.parse(cleaned);
  for (const key of Object.keys(job) as (keyof ReminderJob)[]) {
    if (job[key] === undefined) delete job[key];
  }
  return job;
}

export type JobChanges = Partial<Omit<ReminderJob, "planId" | "periodId" | "stepKey" | "etag">>;

export function toEntity(fields: JobChanges): Record<string, unknown> {
  const entity: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    entity[key] =
      key === "period" ||
      key === "counts" ||
      key === "progress" ||
      key === "members" ||
      key === "others"
        ? JSON.stringify(value)
        : value;
  }
  return entity;
}
