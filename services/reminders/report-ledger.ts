// What reminders need to know about reports: which units have submitted for a period. A port, so
// reminders do not depend on how reporting stores its rows; bot/app.ts wires the reporting module.

import type { ReminderCover } from "./recipients";

export interface ReportLedger {
  /** Ids of the units that have submitted their report for the plan's period. */
  submittedUnits(planId: string, periodId: string): Promise<Set<string>>;
  /** Who stands in for whom today, who is away, and which roles have submitted; none: nobody. */
  cover?(planId: string, periodId: string): Promise<ReminderCover>;
}
