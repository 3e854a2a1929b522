// Calendar dates (`YYYY-MM-DD`) as whole days: a day is not an instant, so counting days needs no
// time zone and cannot be shifted by summer time. Plain integer arithmetic keeps it fast enough
// to resolve every period of a plan on each reminder run.
import { DomainError } from "../errors";

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01; refuses text that is not an existing ISO date. */
export function dayNumber(date: string): number {
  const match = ISO_DATE.exec(date);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [];
  if (year === undefined || month === undefined || day === undefined) throw notADate(date);
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  if (back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) throw notADate(date);
  return time / DAY_MS;
}

export function dateOfDay(day: number): string {
  // Civil date from a day number (H. Hinnant's algorithm): no Date object, no string slicing.
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const date = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${date < 10 ? "0" : ""}${date}`;
}

/** ISO weekday: 1 Monday … 7 Sunday. */
export function weekdayOf(date: string): number {
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** The date `days` calendar days later (earlier when negative). */
export function plusDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}

function notADate(date: string): DomainError {
  return new DomainError("BAD_ARGUMENT", `”${date}” är inte ett datum ÅÅÅÅ-MM-DD.`);
}
