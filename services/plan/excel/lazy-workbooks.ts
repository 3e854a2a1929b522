// Writing plan workbooks, with exceljs loaded at the first workbook rather than when the bot or
// the CLI starts: it is a large share of the bot's memory, and most turns never write one.
import type { Plan } from "../plan-schema";

export async function writePlanWorkbook(plan: Plan): Promise<Buffer> {
  return (await import("./write-workbook")).writePlanWorkbook(plan);
}

export async function writePlanTemplate(): Promise<Buffer> {
  return (await import("./plan-template")).writePlanTemplate();
}
