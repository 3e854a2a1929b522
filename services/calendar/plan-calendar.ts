// A plan as the calendar needs it, made in one place from the plan and the working hours, so every
// command and loop resolves the same periods the same way.
import type { PeriodDefinition } from "./reporting-period";
import type { WorkingHours } from "./working-hours";

/** A plan as the calendar needs it: its id, year, periods and the working hours to apply. */
export interface PlanCalendar {
  planId: string;
  year: number;
  definitions: readonly PeriodDefinition[];
  workingHours?: WorkingHours;
}

export function planCalendar(
  plan: { id: string; year: number; periods: readonly PeriodDefinition[] },
  workingHours: WorkingHours,
): PlanCalendar {
  return { planId: plan.id, year: plan.year, definitions: plan.periods, workingHours };
}
