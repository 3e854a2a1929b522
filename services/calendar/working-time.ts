// Working days and working moments in the calendar's time zone. Calendar dates are ISO strings
// (`YYYY-MM-DD`) and counted in whole days; instants are converted into the zone with luxon and
// built from wall-clock times there, never by adding hours to UTC, so summer time cannot shift a
// reminder by an hour, send it twice or lose it.
import { DateTime } from "luxon";
import { DomainError } from "../errors";
import { dateOfDay, dayNumber, plusDays, weekdayOf } from "./calendar-date";
import { swedishHolidays } from "./swedish-holidays";
import { DEFAULT_WORKING_HOURS, minutesOf, type WorkingHours } from "./working-hours";

/** Far more than any real search needs; stops a loop if every day were configured as off. */
const MAX_DAYS_SEARCHED = 3700;

/**
 * What is already known about days under one set of working hours. The same days come back on
 * every resolve of every plan, and time-zone conversions are the slow part.
 */
interface Known {
  extraDays: ReadonlySet<string>;
  reasons: Map<string, string | undefined>;
  workingByDay: Map<number, boolean>;
  sendTimes: Map<string, string>;
}
const knownFor = new WeakMap<WorkingHours, Known>();

function known(hours: WorkingHours): Known {
  let found = knownFor.get(hours);
  if (!found) {
    found = {
      extraDays: new Set(hours.extraNonWorkingDays),
      reasons: new Map(),
      workingByDay: new Map(),
      sendTimes: new Map(),
    };
    knownFor.set(hours, found);
  }
  return found;
}

/** Why a date is not a working day ("lördag", "nationaldagen", …), or undefined on a working day. */
export function nonWorkingReason(
  date: string,
  hours: WorkingHours = DEFAULT_WORKING_HOURS,
): string | undefined {
  const { reasons } = known(hours);
  if (reasons.has(date)) return reasons.get(date);
  const reason = findReason(date, hours);
  reasons.set(date, reason);
  return reason;
}

function findReason(date: string, hours: WorkingHours): string | undefined {
  const weekday = weekdayOf(date);
  if (weekday === 6) return "lördag";
  if (weekday === 7) return "söndag";
  const holiday = swedishHolidays(Number(date.slice(0, 4)), hours.nonWorkingEves).get(date);
  if (holiday) return holiday;
  return known(hours).extraDays.has(date) ? "ledig dag" : undefined;
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
  let day = date;
  for (let i = 0; i < Math.abs(n); i += 1) day = search(day, Math.sign(n), hours, false);
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

/**
 * When a reminder due on `date` goes out: the configured time of day (`sendAt`) on that date, moved
 * to the next working moment if the date is a day off. An ISO instant in UTC.
 */
export function sendTimeOn(date: string, hours: WorkingHours = DEFAULT_WORKING_HOURS): string {
  const { sendTimes } = known(hours);
  let at = sendTimes.get(date);
  if (at === undefined) {
    at = nextWorkingMoment(localInstant(date, hours.sendAt, hours), hours);
    sendTimes.set(date, at);
  }
  return at;
}

/** The instant of a wall-clock time (`HH:mm`) on a date in the calendar's time zone, in UTC. */
export function localInstant(date: string, time: string, hours = DEFAULT_WORKING_HOURS): string {
  const minutes = minutesOf(time);
  const [year, month, day] = dateParts(date);
  const local = DateTime.fromObject(
    {
      year,
      month,
      day,
      hour: Math.floor(minutes / 60),
      minute: minutes % 60,
    },
    { zone: hours.timeZone },
  );
  return utcIso(local);
}

/** The last moment of a date in the calendar's time zone (23:59:59.999), in UTC. */
export function endOfLocalDay(date: string, hours = DEFAULT_WORKING_HOURS): string {
  // One millisecond before the next day starts there: right on 23- and 25-hour days too.
  const [year, month, day] = dateParts(plusDays(date, 1));
  const nextDay = DateTime.fromObject({ year, month, day }, { zone: hours.timeZone });
  return new Date(nextDay.toMillis() - 1).toISOString();
}

/** The date it is at `now` in the time zone. */
// Asked on every turn (which deputies last today); a zone's day changes on a whole minute.
const todays = new Map<string, string>();

export function todayIn(now: Date, timeZone = DEFAULT_WORKING_HOURS.timeZone): string {
  const key = `${Math.floor(now.getTime() / 60_000)}|${timeZone}`;
  let today = todays.get(key);
  if (today === undefined) {
    today = isoDateOf(DateTime.fromJSDate(now, { zone: timeZone }));
    if (todays.size > 100) todays.clear();
    todays.set(key, today);
  }
  return today;
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
  const direction = step || 1;
  const working = known(hours).workingByDay;
  let day = dayNumber(from) + (includeFrom ? 0 : direction);
  for (let i = 0; i < MAX_DAYS_SEARCHED; i += 1) {
    let isWorking = working.get(day);
    if (isWorking === undefined) {
      isWorking = isWorkingDay(dateOfDay(day), hours);
      working.set(day, isWorking);
    }
    if (isWorking) return dateOfDay(day);
    day += direction;
  }
  throw new DomainError("BAD_ARGUMENT", `Det finns ingen arbetsdag nära ${from}.`);
}

function dateParts(date: string): [number, number, number] {
  dayNumber(date); // refuses what is not a date
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function inZone(instant: Date | string, hours: WorkingHours): DateTime {
  // A string without an offset is a wall-clock time in the calendar's zone.
  const local =
    typeof instant === "string"
      ? DateTime.fromISO(instant, { zone: hours.timeZone })
      : DateTime.fromJSDate(instant, { zone: hours.timeZone });
  if (!local.isValid) {
    throw new DomainError("BAD_ARGUMENT", `”${String(instant)}” är inte en tidpunkt.`);
  }
  return local;
}

function isoDateOf(day: DateTime): string {
  return day.toFormat("yyyy-MM-dd");
}

function utcIso(local: DateTime): string {
  return new Date(local.toMillis()).toISOString();
}
