// Reads a date as Swedish admins write it: 2025-05-15, 20250515, 15/5, 15/5 2025, 15 maj,
// 15 maj 2025, 15:e maj, "den 15 maj", month names abbreviated or in English. A date without a year
// is the next such date on or after today: someone setting a deadline means the coming one.
import { DateTime } from "luxon";
import { DomainError } from "../errors";
import { monthNumber } from "./month-names";
import { DEFAULT_WORKING_HOURS } from "./working-hours";
import { todayIn } from "./working-time";

export interface SwedishDateOptions {
  /** Now, or today's ISO date; a Date is read in `timeZone`. */
  today: Date | string;
  timeZone?: string;
}

export const DATE_EXAMPLES = "2025-05-15, 20250515, 15/5 eller 15 maj 2025";

interface DateParts {
  day: number;
  month: number;
  year?: number;
}

const FORMS: readonly ((text: string) => DateParts | undefined)[] = [
  (text) => numeric(/^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text), 3, 2, 1),
  (text) => numeric(/^(\d{4})(\d{2})(\d{2})$/.exec(text), 3, 2, 1),
  (text) => numeric(/^(\d{1,2})\/(\d{1,2})(?:(?:\/| |-)(\d{4}))?$/.exec(text), 1, 2, 3),
  (text) => {
    const match = /^(\d{1,2})(?::?[ae])? (\p{L}+\.?)(?: (\d{4}))?$/u.exec(text);
    const month = match?.[2] ? monthNumber(match[2]) : undefined;
    if (!match || month === undefined) return undefined;
    return { day: Number(match[1]), month, ...(match[3] ? { year: Number(match[3]) } : {}) };
  },
];

export function parseSwedishDate(text: string, options: SwedishDateOptions): string {
  const written = text.trim().replace(/\s+/g, " ").replace(/^den /i, "").replace(/,$/, "");
  const parts = FORMS.map((form) => form(written)).find((found) => found !== undefined);
  if (!parts) {
    throw new DomainError(
      "BAD_ARGUMENT",
      `Jag förstår inte datumet ”${text.trim()}”. Skriv t.ex. ${DATE_EXAMPLES}.`,
    );
  }
  if (parts.year !== undefined) return existingDate(parts.year, parts, text);
  const today =
    typeof options.today === "string" ? options.today : todayIn(options.today, zone(options));
  const thisYear = Number(today.slice(0, 4));
  const candidate = tryDate(thisYear, parts);
  if (candidate && candidate >= today) return candidate;
  return existingDate(thisYear + 1, parts, text);
}

function numeric(
  match: RegExpExecArray | null,
  day: number,
  month: number,
  year: number,
): DateParts | undefined {
  if (!match) return undefined;
  const yearText = match[year];
  return {
    day: Number(match[day]),
    month: Number(match[month]),
    ...(yearText ? { year: Number(yearText) } : {}),
  };
}

function existingDate(year: number, parts: DateParts, text: string): string {
  const date = tryDate(year, parts);
  if (date) return date;
  const leapYear = 2024;
  const when = tryDate(leapYear, parts) ? ` år ${year}` : "";
  throw new DomainError(
    "BAD_ARGUMENT",
    `Datumet ”${text.trim()}” finns inte${when}. ` +
      `Kontrollera dag och månad och skriv t.ex. ${DATE_EXAMPLES}.`,
  );
}

function tryDate(year: number, parts: DateParts): string | undefined {
  const date = DateTime.fromObject({ year, month: parts.month, day: parts.day }, { zone: "UTC" });
  return date.isValid ? date.toFormat("yyyy-MM-dd") : undefined;
}

function zone(options: SwedishDateOptions): string {
  return options.timeZone ?? DEFAULT_WORKING_HOURS.timeZone;
}
