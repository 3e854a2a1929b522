// What a workbook cell holds, as the plan needs it: text (numbers written the Swedish way, a
// percentage cell as "95%"), or a date as ÅÅÅÅ-MM-DD. Excel stores what people type in many forms;
// these functions take them all.
import type { Cell } from "exceljs";

export function cellText(cell: Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return numberText(value, cell.numFmt);
  if (typeof value === "boolean") return value ? "ja" : "nej";
  if (value instanceof Date) return isoDate(value);
  if ("richText" in value)
    return value.richText
      .map((part) => part.text)
      .join("")
      .trim();
  if ("hyperlink" in value) return String(value.text ?? value.hyperlink).trim();
  if ("formula" in value || "sharedFormula" in value) {
    const result: unknown = value.result;
    if (typeof result === "number") return numberText(result, cell.numFmt);
    if (result instanceof Date) return isoDate(result);
    return typeof result === "string" ? result.trim() : "";
  }
  if ("error" in value) return "";
  return "";
}

/** A cell meant to hold a date: an Excel date, 2025-10-31 or 20251031. Other text as it is. */
export function cellDate(cell: Cell): string {
  const text = cellText(cell);
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  return compact ? `${compact[1]}-${compact[2]}-${compact[3]}` : text;
}

function numberText(value: number, format: string | undefined): string {
  if (format?.includes("%")) return `${swedishNumber(Math.round(value * 1e10) / 1e8)}%`;
  return swedishNumber(value);
}

function swedishNumber(value: number): string {
  return String(value).replace(".", ",");
}

function isoDate(date: Date): string {
  // Excel dates have no zone; exceljs reads them as midnight UTC.
  return date.toISOString().slice(0, 10);
}

/** "T1, T2" → ["T1", "T2"]; commas, semicolons or line breaks between. */
export function listOf(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
