// The plan calendar: reporting periods with their dates, deadlines and reminder times, working
// days and hours in Europe/Stockholm with Swedish holidays, Swedish date reading, the checks of
// admins' changes and their storage. No Teams types: the bot's commands are built on top of this.
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
  todayIn,
  workingDayOnOrAfter,
  workingDayOnOrBefore,
} from "./working-time";
export { swedishHolidays } from "./swedish-holidays";
