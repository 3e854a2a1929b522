// Counting a job's outbox rows for the admin: sent in this run, reminded earlier the same day,
// left out because they had reported, unreachable (and who), failed.
import type { JobCounts, ReminderJob } from "./job-rows";
import type { OutboxRow } from "./outbox-store";
import type { UnreachablePerson, UnreachableReason } from "./reminder-content";

export interface JobTally extends JobCounts {
  /** Sent before this run started: a second `påminn` the same day. */
  alreadyReminded: number;
  open: number;
  unreachablePeople: UnreachablePerson[];
}

export function tally(job: ReminderJob, rows: readonly OutboxRow[]): JobTally {
  const runStartedAt = job.runStartedAt ?? "";
  const result: JobTally = {
    sent: 0,
    reported: job.alreadyReported ?? 0,
    unreachable: 0,
    failed: 0,
    alreadyReminded: 0,
    open: 0,
    unreachablePeople: [],
  };
  for (const row of rows) {
    if (row.kind !== "reminder") continue;
    switch (row.state) {
      case "sent":
        if (runStartedAt && (row.sentAt ?? "") < runStartedAt) result.alreadyReminded += 1;
        else result.sent += 1;
        break;
      case "skipped":
        result.reported += 1;
        break;
      case "unreachable":
        result.unreachable += 1;
        result.unreachablePeople.push({
          name: row.name,
          reason: (row.reason as UnreachableReason | undefined) ?? "noAddress",
        });
        break;
      case "failed":
        result.failed += 1;
        break;
      default:
        result.open += 1;
    }
  }
  return result;
}
