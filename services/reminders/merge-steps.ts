// One reminder per person and step, whatever the number of plans: calendar steps of several plans
// (or periods) with the same step key that are due at the same moment become one job. The job
// whose id sorts first leads: its outbox partition gets one row per person covering their units in
// every member's plan and period, so the idempotency key of a merged reminder is the lead's
// (plan, period, step, person). Each member is marked `mergedInto` the lead and sends only what
// is its own (the after-deadline digest to admins about its plan).
//
// Crash-safe in the order it writes: first the lead's `members`, then each member's `mergedInto`.
// A tick that stops in between groups again: the lead is the same (it has members already, and its
// id still sorts first), the members already marked are not candidates any more.
import type { Plan } from "../plan";
import type { JobStore } from "./job-store";
import { jobId, type JobKey, type ReminderJob } from "./job-rows";
import type { NewOutboxRow } from "./outbox-store";
import { recipientsFor, type ReminderCover } from "./recipients";

export async function groupSameStep(
  deps: { jobs: JobStore },
  open: readonly ReminderJob[],
): Promise<void> {
  const candidates = open.filter(
    (job) => job.origin === "calendar" && job.state === "due" && !job.period && !job.mergedInto,
  );
  const groups = new Map<string, ReminderJob[]>();
  for (const job of candidates) {
    const key = `${job.stepKey}|${job.at}`;
    groups.set(key, [...(groups.get(key) ?? []), job]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const sorted = [...group].sort(
      (a, b) =>
        Number(b.members !== undefined) - Number(a.members !== undefined) ||
        jobId(a).localeCompare(jobId(b)),
    );
    const [lead, ...others] = sorted as [ReminderJob, ...ReminderJob[]];
    const known = new Map((lead.members ?? []).map((key) => [jobId(key), key]));
    for (const other of others) known.set(jobId(other), keyOf(other));
    const marked = await deps.jobs.update(lead, { members: [...known.values()] });
    if (!marked) continue; // someone else changed it: the next tick groups again
    for (const other of others) await deps.jobs.update(other, { mergedInto: jobId(lead) });
  }
}

function keyOf(job: JobKey): JobKey {
  return { planId: job.planId, periodId: job.periodId, stepKey: job.stepKey };
}

export interface MemberPart {
  plan: Plan;
  periodId: string;
  submitted: ReadonlySet<string>;
  /** Deputies, absences and roles' submits of that plan and period (recipients.ts). */
  cover?: ReminderCover;
}

/**
 * The lead's reminder rows: per person, their units in the lead's plan and period (untagged) and in
 * each member's (tagged with plan and period), in that order.
 */
export function mergedReminderRows(
  lead: MemberPart,
  members: readonly MemberPart[],
): { rows: NewOutboxRow[]; alreadyReported: number } {
  const byPerson = new Map<string, NewOutboxRow>();
  const reported = new Set<string>();
  const add = (part: MemberPart, tagged: boolean) => {
    const list = recipientsFor(part.plan, part.periodId, part.submitted, part.cover);
    for (const key of list.reportedKeys) reported.add(key);
    for (const recipient of list.recipients) {
      const row = byPerson.get(recipient.key) ?? {
        kind: "reminder" as const,
        recipient: recipient.key,
        name: recipient.name,
        units: [],
      };
      const units = tagged
        ? recipient.units.map((unit) => ({
            ...unit,
            planId: part.plan.id,
            periodId: part.periodId,
          }))
        : recipient.units;
      row.units = [...(row.units ?? []), ...units];
      byPerson.set(recipient.key, row);
    }
  };
  add(lead, false);
  for (const member of members) add(member, true);
  const alreadyReported = [...reported].filter((key) => !byPerson.has(key)).length;
  return { rows: [...byPerson.values()], alreadyReported };
}
