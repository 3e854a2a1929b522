// Recognises how people write a period ("t2", "Kvartal 3", "delår", "År", "mars", "2025-03") and
// finds the plan's own period it means, whatever the case or spelling the plan used for its id.
import { monthNumber } from "./month-names";
import type { PeriodDefinition } from "./reporting-period";

const INTERIM_WORDS = new Set(["delår", "delar", "delårsrapport", "delårsbokslut", "interim"]);
const YEAR_WORDS = new Set([
  "helår",
  "helar",
  "år",
  "ar",
  "helårsrapport",
  "årsbokslut",
  "bokslut",
  "year",
  "full year",
]);

/**
 * The canonical id of a period as written: `T1`–`T3`, `Q1`–`Q4`, `Delår`, `Helår`, `YYYY-MM`.
 * Text that is none of these (a custom period) comes back trimmed, spaces collapsed.
 * `year` is the plan year: it completes a bare month name and may follow a period ("T1 2025").
 */
export function canonicalPeriodId(text: string, year: number): string {
  const trimmed = text.trim().replace(/\s+/g, " ");
  const lower = trimmed.toLocaleLowerCase("sv");
  const month = /^(\d{4})-?(\d{1,2})$/.exec(lower);
  if (month) {
    const number = Number(month[2]);
    if (number >= 1 && number <= 12) return monthId(Number(month[1]), number);
  }
  const named = /^(\p{L}+\.?)(?: (\d{4}))?$/u.exec(lower);
  const namedMonth = named?.[1] ? monthNumber(named[1]) : undefined;
  if (named && namedMonth) return monthId(named[2] ? Number(named[2]) : year, namedMonth);

  const withYear = / (\d{4})$/.exec(lower);
  if (withYear && Number(withYear[1]) !== year) return trimmed;
  const body = withYear ? lower.slice(0, withYear.index) : lower;
  const tertial = /^(?:t|tertial) ?([1-3])$/.exec(body);
  if (tertial) return `T${tertial[1]}`;
  const quarter = /^(?:q|kv|kv\.|kvartal|quarter) ?([1-4])$/.exec(body);
  if (quarter) return `Q${quarter[1]}`;
  if (INTERIM_WORDS.has(body)) return "Delår";
  if (YEAR_WORDS.has(body)) return "Helår";
  return trimmed;
}

/**
 * The plan's period that `text` means, or undefined: by its id as written ("T1", "tertial 1",
 * "t1 2025"), else by its label ("Helår (årsbokslut 2025)"). Every command finds periods here, on
 * the plan's definitions or on resolved periods alike.
 */
export function findPeriod<P extends Pick<PeriodDefinition, "id" | "label">>(
  periods: readonly P[],
  text: string,
  year: number,
): P | undefined {
  const wanted = canonicalPeriodId(text, year).toLocaleLowerCase("sv");
  const written = collapsed(text);
  return (
    periods.find((period) => period.id.toLocaleLowerCase("sv") === wanted) ??
    periods.find(
      (period) => canonicalPeriodId(period.id, year).toLocaleLowerCase("sv") === wanted,
    ) ??
    periods.find((period) => period.label !== undefined && collapsed(period.label) === written)
  );
}

function collapsed(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLocaleLowerCase("sv");
}

function monthId(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}
