// The plan calendar: reporting periods with their dates, deadlines and reminder times, working
// days and hours in Europe/Stockholm with Swedish holidays, Swedish date reading, the checks of
// admins' changes and their storage. No Teams types: the bot's commands are built on top of this.
export type {
  PeriodDefinition,
  PeriodKind,
  PeriodOverride,
  PeriodOverrides,
  ReminderAudience,
  ReminderStep,
  ReportingPeriod,
} from "./reporting-period";
export { periodKinds } from "./reporting-period";
export type { WorkingHours, WorkingHoursInput } from "./working-hours";
export { DEFAULT_WORKING_HOURS, parseWorkingHours, workingHoursSchema } from "./working-hours";
export {
  addWorkingDays,
  endOfLocalDay,
  isWorkingDay,
  isWorkingMoment,
  localInstant,
  nextWorkingMoment,
  nonWorkingReason,
  sendTimeOn,
  todayIn,
  workingDayOnOrAfter,
  workingDayOnOrBefore,
} from "./working-time";
export { swedishHolidays } from "./swedish-holidays";
export { canonicalPeriodId, findPeriod } from "./period-id";
export { MONTH_DEADLINE_DAY, REPORTING_WORKING_DAYS } from "./default-dates";
export { DEFAULT_REMINDER_DAYS_BEFORE, REMINDER_DAYS_AFTER } from "./reminder-steps";
export type { ResolvePeriodsInput } from "./resolve-periods";
export { resolvePeriod, resolvePeriods } from "./resolve-periods";
export type { SwedishDateOptions } from "./swedish-date";
export { DATE_EXAMPLES, parseSwedishDate } from "./swedish-date";
export type { ChangeContext, PeriodChange } from "./period-changes";
export type { PlanCalendar } from "./plan-calendar";
export { planCalendar } from "./plan-calendar";
export {
  CALENDAR_COMMANDS,
  MAX_REMINDER_DAYS_BEFORE,
  MAX_REMINDERS_BEFORE,
  NO_REMINDERS_WORD,
  RESET_WORD,
  planPeriod,
  validateDeadline,
  validateOpens,
  validateReminderDays,
} from "./period-changes";
export type { PeriodChangeResult } from "./calendar-store";
export { CalendarStore } from "./calendar-store";
