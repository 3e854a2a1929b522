// The calendar's vocabulary: how a plan describes its periods, what an admin may change, and the
// resolved reporting period with its dates and reminder steps that the rest of the bot uses.

export const periodKinds = ["month", "quarter", "tertial", "interim", "year", "custom"] as const;
export type PeriodKind = (typeof periodKinds)[number];

/**
 * A period as a plan file describes it (the same shape as the plan model's period; dates are ISO
 * `YYYY-MM-DD`). Any date left out is derived from the kind, the id and the plan year.
 */
export interface PeriodDefinition {
  id: string;
  kind: PeriodKind;
  label?: string;
  start?: string;
  end?: string;
  opens?: string;
  deadline?: string;
}

/** What admins have set for one period in chat. Missing fields keep the plan's or the default. */
export interface PeriodOverride {
  opens?: string;
  deadline?: string;
  /** Working days before the deadline, largest first; replaces the default before-steps. */
  reminderDaysBefore?: number[];
}

/** Admin overrides of a plan, keyed by the plan's own period id. */
export type PeriodOverrides = Readonly<Record<string, PeriodOverride>>;

export type ReminderAudience = "everyone" | "missing";

export interface ReminderStep {
  /** Stable within a period: "opening", "before-3", "deadline", "after-2". Part of idempotency keys. */
  key: string;
  audience: ReminderAudience;
  copyToAdmin: boolean;
  /** Negative before the deadline, 0 on its day, positive after; absent for the opening. */
  workingDaysFromDeadline?: number;
  /** When to send: an ISO instant in UTC (`…Z`), always inside working hours. */
  at: string;
}

export interface ReportingPeriod {
  planId?: string;
  /** The plan's own id for the period (results are keyed on it). */
  id: string;
  kind: PeriodKind;
  /** Swedish, for people: "T1 2025", "Kvartal 1 2025", "Delår 2025", "Helår 2025", "Mars 2025". */
  label: string;
  /** First and last day the period's results cover. */
  start: string;
  end: string;
  /** First day to report. */
  opens: string;
  /** Last day to report. */
  deadline: string;
  /** The end of the deadline day in the calendar's time zone, as an ISO instant in UTC. */
  deadlineAt: string;
  /** Increasing in time, no two at the same instant. */
  reminderSteps: ReminderStep[];
}
