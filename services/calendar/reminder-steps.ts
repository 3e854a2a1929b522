// When a period's reminders go out. By default: to everyone when reporting opens, to those still
// missing 3 working days before the deadline and on the deadline day, and 2 working days after it
// to those still missing with a copy to the admin. Admins replace the before-deadline days.
// Every step is at the configured time of day on a working day; a step that would not come after
// the one before it (a before-step on or before the opening day) is left out, so the steps are
// strictly increasing and no two go out at the same instant.
import type { ReminderStep } from "./reporting-period";
import type { WorkingHours } from "./working-hours";
import {
  addWorkingDays,
  sendTimeOn,
  workingDayOnOrAfter,
  workingDayOnOrBefore,
} from "./working-time";

export const DEFAULT_REMINDER_DAYS_BEFORE: readonly number[] = Object.freeze([3]);
export const REMINDER_DAYS_AFTER = 2;

export function reminderSteps(
  period: { opens: string; deadline: string; reminderDaysBefore?: readonly number[] },
  hours: WorkingHours,
): ReminderStep[] {
  // A deadline on a day off keeps its date, but its reminder goes out on the working day before.
  const lastDay = workingDayOnOrBefore(period.deadline, hours);
  const daysBefore = [...new Set(period.reminderDaysBefore ?? DEFAULT_REMINDER_DAYS_BEFORE)]
    .filter((days) => days > 0)
    .sort((a, b) => b - a);
  const candidates: ReminderStep[] = [
    step("opening", "everyone", false, workingDayOnOrAfter(period.opens, hours), hours),
    ...daysBefore.map((days) =>
      step(`before-${days}`, "missing", false, addWorkingDays(lastDay, -days, hours), hours, -days),
    ),
    step("deadline", "missing", false, lastDay, hours, 0),
    step(
      `after-${REMINDER_DAYS_AFTER}`,
      "missing",
      true,
      addWorkingDays(period.deadline, REMINDER_DAYS_AFTER, hours),
      hours,
      REMINDER_DAYS_AFTER,
    ),
  ];
  const kept: ReminderStep[] = [];
  for (const candidate of candidates) {
    const previous = kept[kept.length - 1];
    if (!previous || candidate.at > previous.at) kept.push(candidate);
  }
  return kept;
}

function step(
  key: string,
  audience: ReminderStep["audience"],
  copyToAdmin: boolean,
  day: string,
  hours: WorkingHours,
  workingDaysFromDeadline?: number,
): ReminderStep {
  const at = sendTimeOn(day, hours);
  return {
    key,
    audience,
    copyToAdmin,
    ...(workingDaysFromDeadline === undefined ? {} : { workingDaysFromDeadline }),
    at,
  };
}
