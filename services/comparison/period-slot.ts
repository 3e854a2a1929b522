// Which kind of period a reporting period is, in the terms comparison values are kept in: a
// quarter's results are compared with a quarter, never silently with a whole year.
import { SWEDISH_MONTHS as MONTHS } from "../calendar/month-names";
import type { ComparisonPeriod } from "./comparison-value";

interface PeriodLike {
  kind: string;
  /** ISO date of the period's first day. */
  start: string;
}

/** `Q2` for April–June, `T1` for January–April, `M03` for March; undefined for a custom period. */
export function slotOf(period: PeriodLike): ComparisonPeriod | undefined {
  const month = Number(period.start.slice(5, 7));
  switch (period.kind) {
    case "year":
      return "year";
    case "interim":
      return "interim";
    case "tertial":
      return `T${Math.floor((month - 1) / 4) + 1}`;
    case "quarter":
      return `Q${Math.floor((month - 1) / 3) + 1}`;
    case "month":
      return `M${String(month).padStart(2, "0")}`;
    default:
      return undefined;
  }
}

/** Swedish: "helår 2023", "kvartal 1 2023", "tertial 2 2023", "delår 2023", "mars 2023". */
export function slotLabel(slot: ComparisonPeriod, year: number): string {
  if (slot === "year") return `helår ${year}`;
  if (slot === "interim") return `delår ${year}`;
  const n = Number(slot.slice(1));
  if (slot.startsWith("Q")) return `kvartal ${n} ${year}`;
  if (slot.startsWith("T")) return `tertial ${n} ${year}`;
  return `${MONTHS[n - 1] ?? slot} ${year}`;
}

/** What a period kind is called in a sentence: "ett kvartal", "en månad". */
export function slotKindText(slot: ComparisonPeriod): string {
  if (slot === "year") return "ett helår";
  if (slot === "interim") return "ett delår";
  if (slot.startsWith("Q")) return "ett kvartal";
  if (slot.startsWith("T")) return "ett tertial";
  return "en månad";
}
