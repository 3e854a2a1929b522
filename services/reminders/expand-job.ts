// Turns a due job into outbox rows, before anything of it is sent: the reporters of the units that
// report in the period (for the "missing" steps only units that have not submitted), one row per
// person, and for steps after the deadline a digest row per reachable admin. In two steps, so that
// sending can start while the rows of a large job are still being written. Doing it again is
// harmless: rows already written are kept as they are.
import {
  planCalendar,
  type CalendarStore,
  type ReportingPeriod,
  type WorkingHours,
} from "../calendar";
import type { Logger } from "../logging/logger";
import type { Plan } from "../plan";
import type { Clock } from "./clock";
import type { JobStore } from "./job-store";
import { jobId, type ReminderJob } from "./job-rows";
import type { NewOutboxRow, OutboxStore } from "./outbox-store";
import type { AdminRecipient } from "./reachable-admins";
import type { ReminderCover } from "./recipients";
import { mergedReminderRows, type MemberPart } from "./merge-steps";
import type { PeriodInfo } from "./reminder-content";
import type { ReportLedger } from "./report-ledger";

export interface ExpansionDeps {
  jobs: JobStore;
  outbox: OutboxStore;
  ledger: ReportLedger;
  calendar: CalendarStore;
  workingHours: WorkingHours;
  loadPlan: (planId: string) => Promise<Plan | undefined>;
  admins: () => Promise<AdminRecipient[]>;
  clock: Clock;
  logger: Logger;
}

export interface PreparedJob {
  job: ReminderJob;
  rows: NewOutboxRow[];
}

export function periodInfo(plan: Plan, period: ReportingPeriod): PeriodInfo {
  return {
    planId: plan.id,
    planName: plan.name,
    periodId: period.id,
    label: period.label,
    start: period.start,
    end: period.end,
    deadline: period.deadline,
    deadlineAt: period.deadlineAt,
  };
}

export async function resolvedPeriod(
  deps: Pick<ExpansionDeps, "calendar" | "workingHours">,
  plan: Plan,
  periodId: string,
): Promise<ReportingPeriod | undefined> {
  const periods = await deps.calendar.resolve(planCalendar(plan, deps.workingHours));
  return periods.find((period) => period.id === periodId);
}

/** Works out the recipients and records the period and counts on the job. */
export async function prepareExpansion(
  deps: ExpansionDeps,
  job: ReminderJob,
): Promise<PreparedJob | undefined> {
  const plan = await deps.loadPlan(job.planId);
  const period = plan ? await resolvedPeriod(deps, plan, job.periodId) : undefined;
  if (!plan || !period) {
    deps.logger.warn({ job: jobId(job) }, "plan or period gone: reminder cancelled");
    await deps.jobs.update(job, { state: "cancelled" });
    return undefined;
  }
  const submittedIn = (planId: string, periodId: string) =>
    job.audience === "missing"
      ? deps.ledger.submittedUnits(planId, periodId)
      : Promise.resolve(new Set<string>());
  const submitted = await submittedIn(plan.id, period.id);
  // A member of a merged step: its reminders go out with the lead's (merge-steps.ts).
  const reminders = job.mergedInto
    ? { rows: [] as NewOutboxRow[], alreadyReported: 0, others: [] as PeriodInfo[] }
    : await reminderRows(
        deps,
        job,
        {
          plan,
          periodId: period.id,
          submitted,
          cover: await coverFor(deps.ledger, plan.id, period.id, job.audience === "missing"),
        },
        submittedIn,
      );
  const rows: NewOutboxRow[] = [...reminders.rows];
  if (job.copyToAdmin) {
    for (const admin of await deps.admins()) {
      rows.push({ kind: "digest", recipient: admin.recipient, name: admin.name });
    }
  }
  const updated = await deps.jobs.update(job, {
    period: periodInfo(plan, period),
    total: reminders.rows.length,
    alreadyReported: reminders.alreadyReported,
    ...(reminders.others.length > 0 ? { others: reminders.others } : {}),
  });
  return updated ? { job: updated, rows } : undefined;
}

/** Deputies and absences always count; roles' submits only for the steps to those missing. */
async function coverFor(
  ledger: ReportLedger,
  planId: string,
  periodId: string,
  missingOnly: boolean,
): Promise<ReminderCover | undefined> {
  const cover = await ledger.cover?.(planId, periodId);
  return cover && !missingOnly ? { ...cover, submittedRoles: new Set() } : cover;
}

/** The job's reminder rows: its own recipients, and its members' when it leads a merged step. */
async function reminderRows(
  deps: ExpansionDeps,
  job: ReminderJob,
  lead: MemberPart,
  submittedIn: (planId: string, periodId: string) => Promise<Set<string>>,
): Promise<{ rows: NewOutboxRow[]; alreadyReported: number; others: PeriodInfo[] }> {
  const members: MemberPart[] = [];
  const others: PeriodInfo[] = [];
  for (const key of job.members ?? []) {
    const plan = await deps.loadPlan(key.planId);
    const period = plan ? await resolvedPeriod(deps, plan, key.periodId) : undefined;
    if (!plan || !period) continue;
    members.push({
      plan,
      periodId: period.id,
      submitted: await submittedIn(plan.id, period.id),
      cover: await coverFor(deps.ledger, plan.id, period.id, job.audience === "missing"),
    });
    others.push(periodInfo(plan, period));
  }
  return { ...mergedReminderRows(lead, members), others };
}

/** Writes the rows and marks the job queued: from now on it only needs sending. */
export async function writeExpansion(
  deps: ExpansionDeps,
  prepared: PreparedJob,
): Promise<ReminderJob | undefined> {
  const { job, rows } = prepared;
  const id = jobId(job);
  await deps.outbox.enqueue(id, rows);
  let alreadyReminded = 0;
  if (job.origin === "manual") {
    // A second `påminn` the same day: those reminded earlier are not reminded again; those who
    // could not be reached or failed are tried again.
    const wanted = new Set(rows.map((row) => row.recipient.toLowerCase()));
    const runStartedAt = job.runStartedAt ?? "";
    for (const row of (await deps.outbox.overview(id)).rows) {
      if (row.kind !== "reminder" || !wanted.has(row.recipient)) continue;
      if (row.state === "sent" && (row.sentAt ?? "") < runStartedAt) alreadyReminded += 1;
      if (row.state === "unreachable" || row.state === "failed") {
        await deps.outbox.change(row, { state: "pending", failures: 0 });
      }
    }
  }
  const queued = await deps.jobs.update(job, { state: "queued", alreadyReminded });
  if (queued) deps.logger.info({ job: id, rows: rows.length }, "reminder job queued");
  return queued;
}
