// The period's workbook, with exceljs loaded at the first export rather than when the bot starts:
// it is a large share of the bot's memory, and most turns never write a workbook.
import type { ExportNames } from "./export-workbook";

export type { ExportNames };

export async function exportSummaryWorkbook(
  ...args: Parameters<typeof import("./export-workbook").exportSummaryWorkbook>
): Promise<Buffer> {
  return (await import("./export-workbook")).exportSummaryWorkbook(...args);
}
