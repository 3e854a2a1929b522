// `påminn <period>`: an admin reminds, now, everyone who has not reported for the period. It goes
// through the same outbox as the calendar's reminders, as a job of its own keyed by the day, so a
// second `påminn` the same day reaches only those not reminded yet. The admin gets a progress
// message at once, which the sender updates in place as it goes and ends with the final count.
import {
  planCalendar,
  planPeriod,
  todayIn,
  type CalendarStore,
  type WorkingHours,
} from "../calendar";
import type { Locale } from "../i18n/locale";
import type { Messenger } from "../messaging";
import type { Reference } from "../people/address-book";
import type { Plan } from "../plan";
import type { Clock } from "./clock";
import { periodInfo, resolvedPeriod } from "./expand-job";
import type { JobStore } from "./job-store";
import type { ReminderJob } from "./job-rows";
import { recipientsFor } from "./recipients";
import type { PeriodInfo, ReminderRenderer } from "./reminder-content";
import type { ReportLedger } from "./report-ledger";

export interface ManualReminderDeps {
  jobs: JobStore;
  messenger: Messenger;
  renderer: ReminderRenderer;
  ledger: ReportLedger;
  calendar: CalendarStore;
  workingHours: WorkingHours;
  clock: Clock;
  /** The language of the reminders people get (the organisation's, as for the calendar's). */
  locale: Locale;
}

export interface ManualReminderInput {
  plan: Plan;
  /** As the admin wrote it: "T1", "tertial 1", "mars" … */
  period: string;
  /** UPN (or object id) of the admin. */
  requestedBy: string;
  /** The admin's chat, where the progress message goes. */
  progressTo: Reference;
  /** The language the admin wrote in: the progress message's. */
  locale: Locale;
}

export type ManualStart =
  | { kind: "started"; period: PeriodInfo; total: number }
  /** Everyone has reported (or no unit reports in the period). */
  | { kind: "nobody"; period: PeriodInfo; alreadyReported: number }
  /** A `påminn` for the period is still being sent. */
  | { kind: "running"; period: PeriodInfo };

export function manualStepKey(now: Date, timeZone: string): string {
  return `manual-${todayIn(now, timeZone)}`;
}

export async function startManualReminder(
  deps: ManualReminderDeps,
  input: ManualReminderInput,
): Promise<ManualStart> {
  const { plan } = input;
  const now = deps.clock.now();
  const today = todayIn(now, deps.workingHours.timeZone);
  const definition = planPeriod(
    { ...planCalendar(plan, deps.workingHours), overrides: {}, today },
    input.period,
  );
  const period = await resolvedPeriod(deps, plan, definition.id);
  if (!period) throw new Error(`Period ${definition.id} did not resolve.`);
  const info = periodInfo(plan, period);
  const submitted = await deps.ledger.submittedUnits(plan.id, period.id);
  const { recipients, alreadyReported } = recipientsFor(
    plan,
    period.id,
    submitted,
    await deps.ledger.cover?.(plan.id, period.id),
  );
  if (recipients.length === 0) return { kind: "nobody", period: info, alreadyReported };

  const key = {
    planId: plan.id,
    periodId: period.id,
    stepKey: manualStepKey(now, deps.workingHours.timeZone),
  };
  const existing = await deps.jobs.get(key);
  if (existing && (existing.state === "due" || existing.state === "queued")) {
    return { kind: "running", period: info };
  }
  const sent = await deps.messenger.sendToPerson(
    input.progressTo,
    deps.renderer.progress({
      locale: input.locale,
      period: info,
      total: recipients.length,
      sent: 0,
      alreadyReported,
      alreadyReminded: 0,
      unreachable: 0,
      failed: 0,
      done: false,
      unreachablePeople: [],
    }),
    { maxWaitMs: 30_000 },
  );
  const run: Partial<ReminderJob> = {
    state: "due",
    locale: deps.locale,
    period: info,
    total: recipients.length,
    alreadyReported,
    alreadyReminded: 0,
    requestedBy: input.requestedBy,
    runStartedAt: now.toISOString(),
    progress: {
      reference: input.progressTo,
      activityId: sent.activityId,
      conversationId: sent.conversationId,
      locale: input.locale,
    },
  };
  const created = await deps.jobs.create({
    ...key,
    origin: "manual",
    audience: "missing",
    copyToAdmin: false,
    at: now.toISOString(),
    state: "due",
    locale: deps.locale,
    ...run,
  });
  if (!created) {
    const again = await deps.jobs.get(key);
    if (!again || again.state === "due" || again.state === "queued") {
      return { kind: "running", period: info };
    }
    if (!(await deps.jobs.update(again, run))) return { kind: "running", period: info };
  }
  return { kind: "started", period: info, total: recipients.length };
}
