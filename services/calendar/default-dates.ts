// The dates a period gets when the plan does not give them, so a new plan needs no configuration
// before its first reminder:
//
// - month (`2025-03`): the month; opens the first working day after it; deadline the 10th of the
//   next month, or the next working day when the 10th is a day off.
// - quarter (`Q1`–`Q4`): the quarter; opens the first working day after it; deadline 10 working
//   days after opening (Q1 2025: 1–15 April).
// - tertial (`T1`–`T3`): cumulative from 1 January, as tertial reports are (T1 Jan–Apr, T2 Jan–Aug,
//   T3 the whole year); opens the first working day after; deadline 10 working days later
//   (T1 2025: 2–16 May, T2 2025: 1–12 September).
// - interim (`Delår`): 1 January–31 August, like the interim report per 31 August that most
//   municipalities make; reported in September like a tertial.
// - year (`Helår`, `År`): the year; reported in February of the next year, as Norrköping does: opens
//   the first working day of February, deadline 10 working days later.
// - custom: needs its end (or an opening or a deadline); starts 1 January unless it says otherwise.
//
// A deadline that would fall on a day off moves to the next working day, as statutory deadlines do
// in Sweden (lag 1930:173 om beräkning av lagstadgad tid).
import { DomainError } from "../errors";
import { canonicalPeriodId } from "./period-id";
import type { PeriodDefinition } from "./reporting-period";
import type { WorkingHours } from "./working-hours";
import { plusDays } from "./calendar-date";
import { addWorkingDays, workingDayOnOrAfter } from "./working-time";

/** Working days between opening and deadline when neither month rule nor plan says otherwise. */
export const REPORTING_WORKING_DAYS = 10;
/** Monthly results are due on this day of the next month. */
export const MONTH_DEADLINE_DAY = 10;

export interface Coverage {
  start: string;
  end: string;
}

export interface PeriodDates extends Coverage {
  opens: string;
  deadline: string;
}

/** The days a period's results cover: the plan's dates, or derived from its kind, id and year. */
export function coverageOf(definition: PeriodDefinition, year: number): Coverage {
  const derived = derivedCoverage(definition, year);
  const start = definition.start ?? derived?.start;
  const end = definition.end ?? derived?.end;
  if (start === undefined || end === undefined) {
    throw new DomainError(
      "PLAN_INVALID",
      `Perioden ${definition.id} saknar start och slut, och de går inte att räkna ut. ` +
        "Ange start och end i planen, t.ex. start: 2025-01-01 och end: 2025-04-30.",
    );
  }
  return { start, end };
}

/** Opening and deadline by the default rules, from the period's coverage alone. */
export function defaultDates(
  definition: PeriodDefinition,
  year: number,
  hours: WorkingHours,
): PeriodDates {
  const coverage = coverageOf(definition, year);
  if (definition.kind === "year") {
    const opens = workingDayOnOrAfter(`${Number(coverage.end.slice(0, 4)) + 1}-02-01`, hours);
    return { ...coverage, opens, deadline: addWorkingDays(opens, REPORTING_WORKING_DAYS, hours) };
  }
  const opens = workingDayOnOrAfter(plusDays(coverage.end, 1), hours);
  if (definition.kind === "month") {
    const nextMonth = plusDays(coverage.end, 1).slice(0, 8);
    const deadline = workingDayOnOrAfter(
      `${nextMonth}${String(MONTH_DEADLINE_DAY).padStart(2, "0")}`,
      hours,
    );
    if (deadline > opens) return { ...coverage, opens, deadline };
  }
  return { ...coverage, opens, deadline: addWorkingDays(opens, REPORTING_WORKING_DAYS, hours) };
}

function derivedCoverage(definition: PeriodDefinition, year: number): Coverage | undefined {
  const id = canonicalPeriodId(definition.id, year);
  switch (definition.kind) {
    case "month": {
      const month = /^(\d{4})-(\d{2})$/.exec(id);
      return month ? monthSpan(Number(month[1]), Number(month[2]), 1) : undefined;
    }
    case "quarter": {
      const quarter = /^Q([1-4])$/.exec(id);
      return quarter ? monthSpan(year, Number(quarter[1]) * 3 - 2, 3) : undefined;
    }
    case "tertial": {
      const tertial = /^T([1-3])$/.exec(id);
      return tertial ? monthSpan(year, 1, Number(tertial[1]) * 4) : undefined;
    }
    case "interim":
      return monthSpan(year, 1, 8);
    case "year":
      return monthSpan(year, 1, 12);
    case "custom":
      return customCoverage(definition, year);
  }
}

/** A custom period ends the day before it opens (or on its deadline) unless it says otherwise. */
function customCoverage(definition: PeriodDefinition, year: number): Coverage | undefined {
  const end = definition.opens ? plusDays(definition.opens, -1) : definition.deadline;
  return end === undefined ? undefined : { start: `${year}-01-01`, end };
}

function monthSpan(year: number, firstMonth: number, months: number): Coverage {
  const start = `${year}-${String(firstMonth).padStart(2, "0")}-01`;
  const nextMonth = firstMonth + months;
  const after =
    nextMonth > 12 ? `${year + 1}-01-01` : `${year}-${String(nextMonth).padStart(2, "0")}-01`;
  return { start, end: plusDays(after, -1) };
}
