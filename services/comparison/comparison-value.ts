// A comparison value (jämförelsevärde): the figure a change or a direction is judged against, what it
// is ("utfall 2023", "budget 2024", "nuläge"), the kind of period it covers and where it came from
// (the plan file, last year's result, Kolada, or an admin in chat). Values from the plan file are
// read from the plan itself; the others are stored (comparison-store.ts).
import type { Indicator, Plan } from "../plan";
import { planItems } from "../plan";

/** `year`, `interim`, `T1`–`T3`, `Q1`–`Q4`, `M01`–`M12`: the kind of period a value covers. */
export type ComparisonPeriod = string;

export type ComparisonOrigin =
  | { kind: "plan" }
  /** Reported in the bot for last year's plan of the same organisation, carried at import. */
  | { kind: "lastYear"; planId: string; periodId: string }
  | { kind: "kolada"; kpi: string; readAt: string }
  | { kind: "admin"; by: string; at: string };

export interface ComparisonValue {
  indicatorId: string;
  /** Absent: the organisation as a whole. */
  unitId?: string;
  year: number;
  period: ComparisonPeriod;
  value: number | boolean;
  label: string;
  origin: ComparisonOrigin;
}

/** Which source wins when several give a value for the same year, period and unit. */
export const ORIGIN_RANK: Record<ComparisonOrigin["kind"], number> = {
  admin: 0,
  plan: 1,
  lastYear: 2,
  kolada: 3,
};

/** The values a plan file states: its `baseline` years (helår, organisation) and `comparisons`. */
export function planComparisons(plan: Plan): ComparisonValue[] {
  return planItems(plan).flatMap((item) =>
    item.kind === "indicator" ? indicatorComparisons(item) : [],
  );
}

export function indicatorComparisons(
  indicator: Pick<Indicator, "id" | "baseline" | "comparisons">,
): ComparisonValue[] {
  const values: ComparisonValue[] = Object.entries(indicator.baseline ?? {}).map(
    ([year, value]) => ({
      indicatorId: indicator.id,
      year: Number(year),
      period: "year",
      value,
      label: `utfall ${year}`,
      origin: { kind: "plan" },
    }),
  );
  for (const comparison of indicator.comparisons ?? []) {
    values.push({
      indicatorId: indicator.id,
      unitId: comparison.unit,
      year: comparison.year,
      period: comparison.period,
      value: comparison.value,
      label: comparison.label ?? `utfall ${comparison.year}`,
      origin: { kind: "plan" },
    });
  }
  return values;
}

/** For people: "utfall 2023 (planen)", "Kolada 2023", "utfall 2023 (inlagt av …, 2025-03-02)". */
export function describeComparison(value: ComparisonValue): string {
  switch (value.origin.kind) {
    case "plan":
      return `${value.label} (planen)`;
    case "lastYear":
      return `${value.label} (rapporterat)`;
    case "kolada":
      return `Kolada ${value.year}`;
    case "admin":
      return `${value.label} (inlagt av ${value.origin.by} ${value.origin.at.slice(0, 10)})`;
  }
}
