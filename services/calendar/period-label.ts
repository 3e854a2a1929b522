// The Swedish name of a period for people: the plan's own label when it has one, otherwise
// "Mars 2025", "Kvartal 1 2025", "T1 2025", "Delår 2025", "Helår 2025".
import { monthTitle } from "./month-names";
import { canonicalPeriodId } from "./period-id";
import type { PeriodDefinition } from "./reporting-period";

export function periodLabel(definition: PeriodDefinition, year: number, start: string): string {
  if (definition.label?.trim()) return definition.label.trim();
  const id = canonicalPeriodId(definition.id, year);
  switch (definition.kind) {
    case "month":
      return `${monthTitle(Number(start.slice(5, 7)))} ${start.slice(0, 4)}`;
    case "quarter":
      return /^Q[1-4]$/.test(id) ? `Kvartal ${id.slice(1)} ${year}` : `${definition.id} ${year}`;
    case "tertial":
      return /^T[1-3]$/.test(id) ? `${id} ${year}` : `${definition.id} ${year}`;
    case "interim":
      return `Delår ${year}`;
    case "year":
      return `Helår ${year}`;
    case "custom":
      return definition.id;
  }
}
