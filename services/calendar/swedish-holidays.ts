// Which days are holidays in Sweden: the public holidays of the law (allmänna helgdagar, from the
// maintained `date-holidays` library) and, by default, the three eves that Swedish public
// administration treats as days off although no law makes them holidays: midsommarafton, julafton
// and nyårsafton. The law on computing statutory time (lag 1930:173) treats exactly these eves
// like holidays when a deadline falls on them, which is why they are days off by default here.
import type Holidays from "date-holidays";
import { DateTime } from "luxon";

// date-holidays carries every country's rules (about 30 MB of a process's memory), so it is loaded
// when a holiday is first asked for, not when the bot starts (docs/benchmarks.md, idle memory).
let publicHolidays: Holidays | undefined;
function holidaysOfSweden(): Holidays {
  if (!publicHolidays) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Loaded = require("date-holidays") as typeof Holidays; // CommonJS: the class itself
    publicHolidays = new Loaded("SE", { types: ["public"] });
  }
  return publicHolidays;
}
const byYear = new Map<string, ReadonlyMap<string, string>>();

/** The holidays of a year as ISO date → Swedish name. */
export function swedishHolidays(year: number, eves: boolean): ReadonlyMap<string, string> {
  const cacheKey = `${year}:${eves}`;
  let days = byYear.get(cacheKey);
  if (!days) {
    const found = new Map<string, string>();
    for (const holiday of holidaysOfSweden().getHolidays(year)) {
      if (holiday.type === "public") found.set(holiday.date.slice(0, 10), holiday.name);
    }
    if (eves) {
      found.set(midsummerEve(year), "midsommarafton");
      found.set(`${year}-12-24`, "julafton");
      found.set(`${year}-12-31`, "nyårsafton");
    }
    days = found;
    byYear.set(cacheKey, days);
  }
  return days;
}

/** Midsommarafton: the Friday between 19 and 25 June (the day before midsommardagen). */
function midsummerEve(year: number): string {
  const june19 = DateTime.fromObject({ year, month: 6, day: 19 }, { zone: "UTC" });
  const friday = 5;
  return june19.plus({ days: (friday - june19.weekday + 7) % 7 }).toISODate() ?? "";
}
