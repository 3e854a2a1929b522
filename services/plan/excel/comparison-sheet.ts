// Reads and writes the sheet Jämförelsevärden (one comparison value a row, named by indicator id)
// and the Kolada and "Jämförs med" columns, into and out of the same data a YAML plan has.
import type { PlanPath } from "../plan-problem";
import type { Indicator, Plan } from "../plan-schema";
import { isDomainError } from "../../errors";
import { formatNumber, parseValue } from "../../rules";
import type { Data, SheetReader } from "./sheet-reader";
import type { SheetRow } from "./sheet-table";
import { sheets, Vocabulary } from "./workbook-layout";

export const comparedWithWords = new Vocabulary<NonNullable<Indicator["comparedWith"]>>([
  ["samePeriod", "samma period"],
  ["yearToDate", "hittills i år"],
]);

const periodWords: Record<string, string> = { helår: "year", år: "year", delår: "interim" };

/** The Kolada and "Jämförs med" cells of an Indikatorer row. */
export function readIndicatorComparisonCells(
  reader: SheetReader,
  row: SheetRow<"kolada" | "comparedWith">,
  item: Data,
  path: PlanPath,
): void {
  reader.put(item, path, "kolada", row, "kolada");
  reader.word(item, path, "comparedWith", row, "comparedWith", comparedWithWords);
}

/** Rows of Jämförelsevärden, each added to its indicator's `comparisons`. */
export function readComparisonSheet(reader: SheetReader, goalAreas: Data[]): void {
  const indicators = indicatorIndex(goalAreas);
  const { columns } = sheets.comparisons;
  for (const row of reader.table("comparisons", columns, ["indicatorId", "year", "value"])) {
    const id = row.text("indicatorId");
    const found = indicators.get(id);
    if (!found) {
      reader.issues.add(
        row.at("indicatorId"),
        `Indikatorn ”${id}” finns inte på bladet Indikatorer.`,
      );
      continue;
    }
    const list = (found.data.comparisons ??= []) as Data[];
    const path = [...found.path, "comparisons", list.length];
    const comparison: Data = {};
    reader.locations.set(path, row.at());
    reader.put(comparison, path, "unit", row, "unit");
    const year = row.text("year");
    reader.put(comparison, path, "year", row, "year", /^\d+$/.test(year) ? Number(year) : year);
    const period = row.text("period");
    const code = periodWords[period.toLocaleLowerCase("sv")] ?? period.toUpperCase();
    reader.put(comparison, path, "period", row, "period", period === "" ? undefined : code);
    reader.put(comparison, path, "label", row, "label");
    reader.locations.set([...path, "value"], row.at("value"));
    try {
      comparison.value = parseValue(row.text("value"));
    } catch (error) {
      if (!isDomainError(error, "VALUE_UNREADABLE")) throw error;
      reader.issues.add(row.at("value"), error.message, [...path, "value"]);
    }
    list.push(comparison);
  }
}

function indicatorIndex(goalAreas: Data[]): Map<string, { data: Data; path: PlanPath }> {
  const index = new Map<string, { data: Data; path: PlanPath }>();
  goalAreas.forEach((area, a) =>
    asList(area.goals).forEach((goal, g) =>
      asList(goal.indicators).forEach((indicator, i) => {
        const id = typeof indicator.id === "string" ? indicator.id : "";
        if (id && !index.has(id))
          index.set(id, { data: indicator, path: ["goalAreas", a, "goals", g, "indicators", i] });
      }),
    ),
  );
  return index;
}

function asList(value: unknown): Data[] {
  return Array.isArray(value)
    ? value.filter((v): v is Data => typeof v === "object" && v !== null)
    : [];
}

/** The rows of Jämförelsevärden for a plan. */
export function comparisonRows(plan: Plan) {
  return plan.goalAreas.flatMap((area) =>
    area.goals.flatMap((goal) =>
      goal.indicators.flatMap((indicator) =>
        (indicator.comparisons ?? []).map((comparison) => ({
          indicatorId: indicator.id,
          unit: comparison.unit,
          year: comparison.year,
          period:
            comparison.period === "year"
              ? "helår"
              : comparison.period === "interim"
                ? "delår"
                : comparison.period,
          value:
            typeof comparison.value === "boolean"
              ? comparison.value
                ? "ja"
                : "nej"
              : formatNumber(comparison.value),
          label: comparison.label,
        })),
      ),
    ),
  );
}
