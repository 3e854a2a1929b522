// Working days and working moments in the calendar's time zone. Calendar dates are ISO strings
// (`YYYY-MM-DD`) and counted in whole days; instants are converted into the zone with luxon and
// built from wall-clock times there, never by adding hours to UTC, so summer time cannot shift a
// reminder by an hour, send it twice or lose it.
import { DateTime } from "luxon";
import { DomainError } from "../errors";
import { swedishHolidays } from "./swedish-holidays";
import { DEFAULT_WORKING_HOURS, minutesOf, type WorkingHours } from "./working-hours";

/** Far more than any real search needs; stops a loop if every day were configured as off. */
const MAX_DAYS_SEARCHED = 3700;
const extraDaysOf = new WeakMap<WorkingHours, ReadonlySet<string>>();

/** Why a date is not a working day ("lördag", "nationaldagen", …), or undefined on a working day. */
export function nonWorkingReason(
  date: string,
  hours: WorkingHours = DEFAULT_WORKING_HOURS,
): string | undefined {
  const day = calendarDate(date);
  if (day.weekday === 6) return "lördag";
  if (day.weekday === 7) return "söndag";
  const holiday = swedishHolidays(day.year, hours.nonWorkingEves).get(date);
  if (holiday) return holiday;
  return extraDays(hours).has(date) ? "ledig dag" : undefined;
}

export function isWorkingDay(date: string, hours: WorkingHours = DEFAULT_WORKING_HOURS): boolean {
  return nonWorkingReason(date, hours) === undefined;
}

/**
 * The working day `n` working days after `date` (before it when `n` is negative); `date` itself is
 * not counted, whether or not it is a working day. `n = 0` gives `date` unchanged.
 */
export function addWorkingDays(
  date: string,
  n: number,
  hours: WorkingHours = DEFAULT_WORKING_HOURS,
): string {
  if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays: ${n} is not a whole number`);
  const step = Math.sign(n);
  let day = date;
  for (let left = Math.abs(n); left > 0;) {
    day = search(day, step, hours, false);
    left -= 1;
  }
  return day;
}

/** `date` when it is a working day, otherwise the next working day after it. */
export function workingDayOnOrAfter(date: string, hours = DEFAULT_WORKING_HOURS): string {
  return search(date, 1, hours, true);
}

/** `date` when it is a working day, otherwise the last working day before it. */
export function workingDayOnOrBefore(date: string, hours = DEFAULT_WORKING_HOURS): string {
  return search(date, -1, hours, true);
}

/** True when the instant is on a working day, inside the working hours, in the time zone. */
export function isWorkingMoment(
  instant: Date | string,
  hours: WorkingHours = DEFAULT_WORKING_HOURS,
): boolean {
  return isWorkingLocal(inZone(instant, hours), hours);
}

/**
 * The instant itself when it is a working moment; otherwise the start of the next working day's
 * hours (the same day's morning when it is a working day and the instant is before the start).
 * Returned as an ISO instant in UTC.
 */
export function nextWorkingMoment(
  instant: Date | string,
  hours: WorkingHours = DEFAULT_WORKING_HOURS,
): string {
  const local = inZone(instant, hours);
  if (isWorkingLocal(local, hours)) return utcIso(local);
  const today = isoDateOf(local);
  const beforeStart = local.hour < hours.startHour;
  const day = beforeStart && isWorkingDay(today, hours) ? today : addWorkingDays(today, 1, hours);
  return localInstant(day, `${String(hours.startHour).padStart(2, "0")}:00`, hours);
}

/** The instant of a wall-clock time (`HH:mm`) on a date in the calendar's time zone, in UTC. */
export function localInstant(date: string, time: string, hours = DEFAULT_WORKING_HOURS): string {
  const minutes = minutesOf(time);
  const day = calendarDate(date);
  const local = DateTime.fromObject(
    {
      year: day.year,
      month: day.month,
      day: day.day,
      hour: Math.floor(minutes / 60),
      minute: minutes % 60,
    },
    { zone: hours.timeZone },
  );
  return utcIso(local);
}

/** The last moment of a date in the calendar's time zone (23:59:59.999), in UTC. */
export function endOfLocalDay(date: string, hours = DEFAULT_WORKING_HOURS): string {
  const day = calendarDate(date);
  return utcIso(
    DateTime.fromObject(
      { year: day.year, month: day.month, day: day.day },
      { zone: hours.timeZone },
    ).endOf("day"),
  );
}

/** The date it is at `now` in the time zone. */
export function todayIn(now: Date, timeZone = DEFAULT_WORKING_HOURS.timeZone): string {
  return isoDateOf(DateTime.fromJSDate(now, { zone: timeZone }));
}

/** Whole calendar days from one ISO date to another. */
export function plusDays(date: string, days: number): string {
  return isoDateOf(calendarDate(date).plus({ days }));
}

function isWorkingLocal(local: DateTime, hours: WorkingHours): boolean {
  const minute = local.hour * 60 + local.minute;
  return (
    isWorkingDay(isoDateOf(local), hours) &&
    minute >= hours.startHour * 60 &&
    minute < hours.endHour * 60
  );
}

function search(from: string, step: number, hours: WorkingHours, includeFrom: boolean): string {
  let day = calendarDate(from);
  if (!includeFrom) day = day.plus({ days: step });
  for (let i = 0; i < MAX_DAYS_SEARCHED; i += 1) {
    const date = isoDateOf(day);
    if (isWorkingDay(date, hours)) return date;
    day = day.plus({ days: step || 1 });
  }
  throw new DomainError("BAD_ARGUMENT", `Det finns ingen arbetsdag nära ${from}.`);
}

/** A calendar date: a day, not an instant; UTC only so that day arithmetic has no offsets. */
function calendarDate(date: string): DateTime {
  const day = DateTime.fromISO(date, { zone: "UTC" });
  if (!day.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new DomainError("BAD_ARGUMENT", `"${date}" är inte ett datum ÅÅÅÅ-MM-DD.`);
  }
  return day;
}

function inZone(instant: Date | string, hours: WorkingHours): DateTime {
  // A string without an offset is a wall-clock time in the calendar's zone.
  const local =
    typeof instant === "string"
      ? DateTime.fromISO(instant, { zone: hours.timeZone })
      : DateTime.fromJSDate(instant, { zone: hours.timeZone });
  if (!local.isValid) {
    throw new DomainError("BAD_ARGUMENT", `"${String(instant)}" är inte en tidpunkt.`);
  }
  return local;
}

function isoDateOf(day: DateTime): string {
  return day.toFormat("yyyy-MM-dd");
}

function utcIso(local: DateTime): string {
  return local.toUTC().toISO() ?? "";
}

function extraDays(hours: WorkingHours): ReadonlySet<string> {
  let days = extraDaysOf.get(hours);
  if (!days) {
    days = new Set(hours.extraNonWorkingDays);
    extraDaysOf.set(hours, days);
  }
  return days;
}
