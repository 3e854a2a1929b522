// The roll-up cells of the plan workbook: a unit's weights ("anställda: 42; brukare: 30") on the
// sheet Enheter, read and written the same way.
import type { PlanPath } from "../plan-problem";
import { isDomainError } from "../../errors";
import { formatNumber, parseValue } from "../../rules";
import type { Data, SheetReader } from "./sheet-reader";
import type { SheetRow } from "./sheet-table";

export function readWeights(
  reader: SheetReader,
  row: SheetRow<"weights">,
  unit: Data,
  path: PlanPath,
): void {
  reader.locations.set([...path, "weights"], row.at("weights"));
  const text = row.text("weights");
  if (text === "") return;
  const weights: Record<string, number> = {};
  for (const part of text
    .split(/[;\n]/)
    .map((p) => p.trim())
    .filter((p) => p !== "")) {
    const match = /^([^:=]+?)\s*[:=]\s*(.+)$/.exec(part);
    const value = match?.[2] ? readNumber(match[2]) : undefined;
    if (!match?.[1] || value === undefined) {
      reader.issues.add(
        row.at("weights"),
        `”${part}” går inte att läsa: skriv namn och tal, t.ex. anställda: 42; brukare: 30.`,
        [...path, "weights"],
      );
      return;
    }
    weights[match[1]] = value;
  }
  unit.weights = weights;
}

function readNumber(text: string): number | undefined {
  try {
    const value = parseValue(text);
    return typeof value === "number" ? value : undefined;
  } catch (error) {
    if (!isDomainError(error, "VALUE_UNREADABLE")) throw error;
    return undefined;
  }
}

export function weightsText(weights: Record<string, number> | undefined): string | undefined {
  if (!weights || Object.keys(weights).length === 0) return undefined;
  return Object.entries(weights)
    .map(([name, value]) => `${name}: ${formatNumber(value)}`)
    .join("; ");
}
