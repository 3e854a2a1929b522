// Reads a plan workbook (the layout of workbook-layout.ts) into the same plan data a YAML file
// gives, remembering the sheet, row and column of every value so that each problem can be shown
// where the admin typed it. Each sheet is read by its own module: read-organisation.ts,
// read-people.ts, read-goals.ts, read-items.ts (the things to follow up), comparison-sheet.ts.
import ExcelJS from "exceljs";
import type { ReadResult } from "../plan-file";
import { readComparisonSheet } from "./comparison-sheet";
import { readGoals } from "./read-goals";
import { readItems } from "./read-items";
import { readPeriods, readPlanSheet, readUnits } from "./read-organisation";
import { readPeople, readRoles } from "./read-people";
import { SheetReader, type Data } from "./sheet-reader";
import { sheets } from "./workbook-layout";

export async function readWorkbookPlan(content: Buffer): Promise<ReadResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(new Uint8Array(content).buffer);
  } catch {
    const message = "Filen går inte att öppna som en Excel-arbetsbok (.xlsx).";
    return { ok: false, errors: [{ where: "filen", message }] };
  }
  const reader = new SheetReader(workbook);
  reader.locations.set([], { where: sheets.plan.name, order: 0 });
  const data: Data = {};
  readPlanSheet(reader, data);
  const periods = readPeriods(reader);
  data.periods = periods;
  const units = readUnits(reader);
  data.units = units.list;
  Object.assign(data, readPeople(reader, units));
  data.roles = readRoles(reader, data.people as Data[]);
  const goals = readGoals(reader);
  data.goalAreas = goals.areas;
  readItems(
    reader,
    goals.index,
    periods.map((period) => String(period.id ?? "")),
  );
  readComparisonSheet(reader, goals.areas);
  return {
    ok: true,
    data,
    locate: (path) => reader.locations.locate(path),
    issues: reader.issues.list,
  };
}
