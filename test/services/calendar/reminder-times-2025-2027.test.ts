// The acceptance test: over 2025–2027, for every period kind, every month, quarter and
// tertial, the default reminder steps and a range of custom reminder days, every reminder instant
// is on a working day that is not a Swedish public holiday (nor one of the three eves), inside
// 08:00–17:00 Europe/Stockholm, at the configured time of day, and the steps of a period are strictly
// increasing with no two on the same instant or the same day, across both daylight-saving changes.
// The expectations use date-holidays and luxon directly, not the calendar's own helpers.
import Holidays from "date-holidays";
import { DateTime } from "luxon";
import {
  parseWorkingHours,
  resolvePeriods,
  type PeriodDefinition,
  type PeriodOverrides,
  type ReportingPeriod,
  type WorkingHours,
} from "../../../services/calendar";

const ZONE = "Europe/Stockholm";
const YEARS = [2025, 2026, 2027];
const EVES = ["06-19", "06-20", "06-21", "06-22", "06-23", "06-24", "06-25"];

const publicHolidays = new Set(
  [2025, 2026, 2027, 2028].flatMap((year) =>
    new Holidays("SE")
      .getHolidays(year)
      .filter((holiday) => holiday.type === "public")
      .map((holiday) => holiday.date.slice(0, 10)),
  ),
);

interface LocalView {
  date: string;
  time: string;
  hour: number;
  weekday: number;
  text: string;
}

const views = new Map<string, LocalView>();

/** The instant as a clock in Stockholm shows it; many steps share instants, so each is read once. */
function inStockholm(instant: string): LocalView {
  let view = views.get(instant);
  if (!view) {
    const local = DateTime.fromISO(instant, { zone: ZONE });
    view = {
      date: local.toFormat("yyyy-MM-dd"),
      time: local.toFormat("HH:mm"),
      hour: local.hour,
      weekday: local.weekday,
      text: local.toFormat("yyyy-MM-dd HH:mm ZZ"),
    };
    views.set(instant, view);
  }
  return view;
}

/** Midsommarafton (the Friday 19–25 June), julafton, nyårsafton. */
function isEve(view: LocalView): boolean {
  const monthDay = view.date.slice(5);
  const midsummerEve = view.weekday === 5 && EVES.includes(monthDay);
  return monthDay === "12-24" || monthDay === "12-31" || midsummerEve;
}

const DST_CHANGES = [
  "2025-03-30",
  "2025-10-26",
  "2026-03-29",
  "2026-10-25",
  "2027-03-28",
  "2027-10-31",
];

function planPeriods(year: number): PeriodDefinition[] {
  const months = Array.from({ length: 12 }, (_, i) => ({
    id: `${year}-${String(i + 1).padStart(2, "0")}`,
    kind: "month" as const,
  }));
  const quarters = [1, 2, 3, 4].map((n) => ({ id: `Q${n}`, kind: "quarter" as const }));
  const tertials = [1, 2, 3].map((n) => ({ id: `T${n}`, kind: "tertial" as const }));
  // Custom periods whose reminders straddle each daylight-saving change of the year.
  const aroundDst = DST_CHANGES.filter((date) => date.startsWith(String(year))).map((date) => {
    const sunday = DateTime.fromISO(date);
    return {
      id: `DST ${date}`,
      kind: "custom" as const,
      opens: sunday.minus({ days: 16 }).toISODate() ?? "",
      deadline: sunday.plus({ days: 3 }).toISODate() ?? "",
    };
  });
  return [
    ...months,
    ...quarters,
    ...tertials,
    { id: "Delår", kind: "interim" },
    { id: "Helår", kind: "year" },
    ...aroundDst,
  ];
}

const SOME_REMINDER_DAYS: (number[] | undefined)[] = [
  undefined, // the defaults
  [],
  [7, 3, 1],
  [10, 5, 2],
  [30, 20, 15, 14, 13, 12, 11, 9, 8, 6],
];
/** Every single day 1–30 with the default hours; the other hours take the combinations only. */
const ALL_REMINDER_DAYS = [...SOME_REMINDER_DAYS, ...Array.from({ length: 30 }, (_, i) => [i + 1])];

const WORKING_HOURS: [string, WorkingHours, (number[] | undefined)[]][] = [
  ["default hours, reminders at 09:00", parseWorkingHours({}), ALL_REMINDER_DAYS],
  [
    "reminders at 08:00, the first minute",
    parseWorkingHours({ sendAt: "08:00" }),
    SOME_REMINDER_DAYS,
  ],
  [
    "reminders at 16:59, the last minute",
    parseWorkingHours({ sendAt: "16:59" }),
    SOME_REMINDER_DAYS,
  ],
  [
    "a 07–16 day, reminders at 07:30",
    parseWorkingHours({ startHour: 7, endHour: 16, sendAt: "07:30" }),
    SOME_REMINDER_DAYS,
  ],
];

function periodsWith(
  year: number,
  days: number[] | undefined,
  hours: WorkingHours,
): ReportingPeriod[] {
  const definitions = planPeriods(year);
  const overrides: PeriodOverrides = Object.fromEntries(
    definitions.map((definition) => [definition.id, days ? { reminderDaysBefore: days } : {}]),
  );
  return resolvePeriods({
    planId: "acceptance",
    year,
    definitions,
    overrides,
    workingHours: hours,
  });
}

describe.each(WORKING_HOURS)("reminder times 2025–2027 with %s", (_, hours, reminderDays) => {
  const cases = YEARS.flatMap((year) => reminderDays.map((days) => [year, days] as const));

  test.each(cases)(
    "when the plan year is %i and the days before the deadline are %j, then every reminder is at the send time on a working day, in increasing order",
    (year, days) => {
      const problems: string[] = [];
      for (const period of periodsWith(year, days, hours)) {
        const where = `${year} ${period.id}`;
        let previous = -Infinity;
        const stepDays = new Set<string>();
        for (const step of period.reminderSteps) {
          const at = inStockholm(step.at);
          const time = Date.parse(step.at);
          const what = `${where} ${step.key} ${at.text}`;
          if (!step.at.endsWith("Z")) problems.push(`${what}: not a UTC instant`);
          if (at.weekday > 5) problems.push(`${what}: on a weekend`);
          if (publicHolidays.has(at.date)) problems.push(`${what}: on a public holiday`);
          if (isEve(at)) problems.push(`${what}: on an eve`);
          if (at.hour < hours.startHour || at.hour >= hours.endHour) {
            problems.push(`${what}: outside working hours`);
          }
          if (at.time !== hours.sendAt) problems.push(`${what}: not at ${hours.sendAt}`);
          if (time <= previous) problems.push(`${what}: not after the step before`);
          if (stepDays.has(at.date)) problems.push(`${what}: a second step that day`);
          stepDays.add(at.date);
          previous = time;
        }
        const keys = period.reminderSteps.map((step) => step.key);
        if (new Set(keys).size !== keys.length) problems.push(`${where}: a key twice`);
        for (const key of ["opening", "deadline", "after-2"]) {
          if (!keys.includes(key)) problems.push(`${where}: no ${key} step`);
        }
        const deadlineDay = period.reminderSteps.find((step) => step.key === "deadline");
        if (deadlineDay && deadlineDay.at > period.deadlineAt) {
          problems.push(`${where}: the deadline reminder comes after the deadline`);
        }
      }
      expect(problems).toEqual([]);
    },
  );
});

describe("reminder times at the daylight-saving changes", () => {
  test.each(DST_CHANGES)(
    "when the clocks change on %s, then the reminders the week after are at 09:00 local time, one hour apart in UTC from the week before",
    (sunday) => {
      const change = DateTime.fromISO(sunday, { zone: ZONE });
      const [period] = resolvePeriods({
        year: change.year,
        definitions: [
          {
            id: "Runt omställningen",
            kind: "custom",
            opens: change.minus({ days: 3 }).toISODate() ?? "", // the Thursday before
            deadline: change.plus({ days: 4 }).toISODate() ?? "", // the Thursday after
          },
        ],
        overrides: { "Runt omställningen": { reminderDaysBefore: [3, 2, 1] } },
      });
      const steps = period?.reminderSteps ?? [];
      const local = steps.map((step) =>
        DateTime.fromISO(step.at, { zone: ZONE }).toFormat("HH:mm"),
      );
      const utcHours = steps.map((step) => new Date(step.at).getUTCHours());
      expect(local.every((time) => time === "09:00")).toBe(true);
      expect(new Set(steps.map((step) => step.at)).size).toBe(steps.length);
      const springForward = change.month === 3;
      const [thursday, ...after] = utcHours;
      expect(thursday).toBe(springForward ? 8 : 7);
      expect(after.every((hour) => hour === (springForward ? 7 : 8))).toBe(true);
    },
  );
});
