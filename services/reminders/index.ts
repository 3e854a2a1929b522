// Reminders: the durable schedule of the calendar's reminder steps, the lease that lets one
// instance run the tick, the outbox every message goes through (idempotency key: plan, period,
// step, person), the sender that keeps to Teams' limits, and `påminn`. See docs/reminders.md.
export type { Clock } from "./clock";
export { clockFrom, clockStartingAt, systemClock } from "./clock";
export type { ReportLedger } from "./report-ledger";
export type { Recipient, RecipientList, ReminderUnit } from "./recipients";
export { recipientsFor, unitsReportingIn } from "./recipients";
export type {
  DigestContent,
  MissingUnit,
  PeriodInfo,
  ProgressContent,
  ReminderContent,
  ReminderRenderer,
  ReminderSection,
  ReminderTone,
  UnreachableNoticeContent,
  UnreachablePerson,
  UnreachableReason,
} from "./reminder-content";
export { daysUntil, toneOf } from "./reminder-content";
export type {
  JobCounts,
  JobKey,
  JobOrigin,
  JobState,
  ProgressMessage,
  ReminderJob,
} from "./job-rows";
export { jobId } from "./job-rows";
export { JobStore } from "./job-store";
export type {
  NewOutboxRow,
  OutboxKind,
  OutboxOverview,
  OutboxRow,
  OutboxState,
} from "./outbox-store";
export { OutboxStore, outboxKey } from "./outbox-store";
export type { LeaseHolder } from "./scheduler-lease";
export { SchedulerLease } from "./scheduler-lease";
export type { AdminRecipient } from "./reachable-admins";
export { reachableAdmins } from "./reachable-admins";
export type { Resolution } from "./address-resolver";
export { AddressResolver } from "./address-resolver";
export type { SenderDeps, SenderOptions } from "./outbox-sender";
export { DEFAULT_SENDER_OPTIONS, OutboxSender } from "./outbox-sender";
export type { ExpansionDeps, PreparedJob } from "./expand-job";
export { periodInfo, prepareExpansion, writeExpansion } from "./expand-job";
export type { JobTally } from "./job-tally";
export { tally } from "./job-tally";
export type { ManualReminderDeps, ManualReminderInput, ManualStart } from "./remind-now";
export { manualStepKey, startManualReminder } from "./remind-now";
export type { RunnerDeps, TickResult } from "./reminder-runner";
export { ReminderRunner } from "./reminder-runner";
export type { LoopOptions } from "./reminder-loop";
export { DEFAULT_LOOP_OPTIONS, ReminderLoop } from "./reminder-loop";
