// One tick of the reminder scheduler, the same whether the bot's own loop runs it every minute or
// `uppfoljning reminders run-due` runs it from cron: take the lease (or leave it to the instance
// that holds it), copy every live plan's calendar into the schedule, put steps of several plans
// due at the same moment into one job (one reminder per person and step, merge-steps.ts), make the steps whose time has
// come due (or missed, when the working day they belonged to is over), write each due job's
// recipients to the outbox and send it, and finish jobs an earlier holder left half sent.
import { localInstant, planCalendar, type WorkingHours } from "../calendar";
import type { Locale } from "../i18n/locale";
import type { Logger } from "../logging/logger";
import type { OrganisationSettings } from "../settings/organisation-settings";
import type { Clock } from "./clock";
import { prepareExpansion, writeExpansion, type ExpansionDeps } from "./expand-job";
import { jobId, type ReminderJob } from "./job-rows";
import { groupSameStep } from "./merge-steps";
import { LIVE_AFTER_DEADLINE_DAYS } from "../live-plans/live-plans";
import { OutboxSender, type SenderDeps, type SenderOptions } from "./outbox-sender";
import type { LeaseHolder, SchedulerLease } from "./scheduler-lease";

export interface RunnerDeps extends ExpansionDeps, Omit<SenderDeps, "lease" | "timeZone"> {
  settings: OrganisationSettings;
  /** Every stored plan's id: each one not archived and live is scheduled. None: the active plan. */
  planIds?: () => Promise<string[]>;
  lease: SchedulerLease;
  workingHours: WorkingHours;
  /** The language of scheduled reminders. */
  locale: Locale;
  clock: Clock;
  logger: Logger;
}

export interface TickResult {
  /** False when another instance holds the lease: it does the work. */
  ran: boolean;
  holder?: LeaseHolder;
  /** Steps whose time came in this tick. */
  due: number;
  missed: number;
  /** Jobs finished in this tick. */
  done: number;
  /** True when the tick stopped early: the lease was lost or the runner is stopping. */
  stopped: boolean;
}

/** Renews the lease from the work itself (no timers): a check now and then renews it. */
class LeaseKeeper {
  private lastRenewal = 0;
  private renewing: Promise<unknown> | undefined;
  stopping = false;

  constructor(
    private readonly lease: SchedulerLease,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  noteRenewed(): void {
    this.lastRenewal = this.clock.now().getTime();
  }

  held(): boolean {
    if (this.stopping) return false;
    const now = this.clock.now().getTime();
    if (!this.renewing && now - this.lastRenewal >= this.lease.ttlMs / 3) {
      this.renewing = this.lease
        .acquire()
        .then((held) => held && this.noteRenewed())
        .catch((error: unknown) => this.logger.warn({ err: error }, "could not renew the lease"))
        .finally(() => (this.renewing = undefined));
    }
    return this.lease.held();
  }
}

/**
 * How long a new holder of the lease waits before it sends: each instance's rate limiter knows only
 * its own messages, and the previous holder's last ones count against Teams' limit for a second
 * after they arrived (a holder that stops cleanly lets go only once its messages are answered).
 */
export const HANDOVER_WAIT_MS = 1_100;

export class ReminderRunner {
  private readonly keeper: LeaseKeeper;
  private readonly sender: OutboxSender;

  constructor(
    private readonly deps: RunnerDeps,
    senderOptions: Partial<SenderOptions> & Pick<SenderOptions, "owner">,
  ) {
    this.keeper = new LeaseKeeper(deps.lease, deps.clock, deps.logger);
    this.sender = new OutboxSender(
      { ...deps, timeZone: deps.workingHours.timeZone, lease: this.keeper },
      senderOptions,
    );
  }

  /** Whether this instance holds the lease (as far as it knows). */
  holdsLease(): boolean {
    return this.deps.lease.held();
  }

  /** Renews the lease between ticks; false when it is not ours. */
  async renewLease(): Promise<boolean> {
    const held = await this.deps.lease.acquire();
    if (held) this.keeper.noteRenewed();
    return held;
  }

  async tick(): Promise<TickResult> {
    const result: TickResult = { ran: false, due: 0, missed: 0, done: 0, stopped: false };
    if (this.keeper.stopping) return { ...result, stopped: true };
    const holding = this.deps.lease.held();
    if (!(await this.renewLease())) {
      const holder = await this.deps.lease.current();
      return holder ? { ...result, holder } : result;
    }
    if (!holding) {
      // The work starts on a fresh lease, not on what is left of it after the wait.
      await this.deps.clock.sleep(HANDOVER_WAIT_MS);
      if (!(await this.renewLease())) return result;
    }
    result.ran = true;
    await this.schedule(result);
    const open = (await this.deps.jobs.open()).sort(
      (a, b) => Number(a.origin !== "manual") - Number(b.origin !== "manual"),
    );
    for (const job of open) {
      if (!this.keeper.held()) {
        result.stopped = true;
        break;
      }
      const outcome = await this.send(job);
      if (outcome === "done") result.done += 1;
      if (outcome === "stopped") result.stopped = true;
    }
    return result;
  }

  /** From now on no row is taken and no tick starts; the one running ends after its sends. */
  halt(): void {
    this.keeper.stopping = true;
  }

  /** Lets the lease go, so another instance takes over at once (after the tick has ended). */
  async releaseLease(): Promise<void> {
    await this.deps.lease.release();
  }

  private async send(job: ReminderJob): Promise<"done" | "stopped" | "notQueued"> {
    if (job.state === "queued") return this.sender.drain(job);
    const prepared = await prepareExpansion(this.deps, job);
    if (!prepared) return "notQueued";
    const writing = writeExpansion(this.deps, prepared);
    const outcome = await this.sender.drain(prepared.job, writing);
    try {
      await writing;
    } catch (error) {
      // The job stays due: the next tick writes the rest (rows written are kept).
      this.deps.logger.error({ err: error, job: jobId(job) }, "could not write a job's recipients");
    }
    return outcome;
  }

  /** Every live plan's calendar into the schedule; steps whose time has come become due. */
  private async schedule(result: TickResult): Promise<void> {
    const { deps } = this;
    const archived = await deps.settings.plans.archived();
    const ids = deps.planIds
      ? await deps.planIds()
      : [await deps.settings.getActivePlanId()].filter((id) => id !== undefined);
    const since = new Date(
      deps.clock.now().getTime() - LIVE_AFTER_DEADLINE_DAYS * 24 * 3_600_000,
    ).toISOString();
    for (const planId of ids) {
      if (archived.has(planId)) continue;
      const plan = await deps.loadPlan(planId);
      if (!plan) continue;
      const periods = await deps.calendar.resolve(planCalendar(plan, deps.workingHours));
      // A plan whose periods all closed long ago is not followed: its old steps are left alone.
      if (!periods.some((period) => period.deadlineAt >= since)) continue;
      await deps.jobs.syncCalendar(plan.id, periods, deps.locale);
      await this.markDue(plan.id, result);
    }
    await groupSameStep(deps, await deps.jobs.open());
  }

  private async markDue(planId: string, result: TickResult): Promise<void> {
    const { deps } = this;
    const nowIso = deps.clock.now().toISOString();
    for (const job of await deps.jobs.list(planId)) {
      if (job.state !== "scheduled" || job.at > nowIso) continue;
      if (nowIso > this.endOfWorkingDay(job.at)) {
        deps.logger.warn({ job: jobId(job), at: job.at }, "reminder step missed: its day is over");
        if (await deps.jobs.update(job, { state: "missed" })) result.missed += 1;
      } else if (await deps.jobs.update(job, { state: "due" })) {
        result.due += 1;
      }
    }
  }

  /** A step late by hours still goes out the same working day, never the next morning. */
  private endOfWorkingDay(at: string): string {
    const hours = this.deps.workingHours;
    const date = new Intl.DateTimeFormat("sv-SE", {
      timeZone: hours.timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    }).format(new Date(at));
    return localInstant(date, `${String(hours.endHour).padStart(2, "0")}:00`, hours);
  }
}
