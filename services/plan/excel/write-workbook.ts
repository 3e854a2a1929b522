// Writes a plan as a workbook in the layout admins fill in: one sheet per kind, Swedish headers
// with a note on each, drop-down lists where a cell takes one of a few words, and an instruction
// sheet. The template is this workbook for a small example plan; reading it back gives the plan.
// Each sheet's rows come from organisation-rows.ts and item-rows.ts; write-sheet.ts writes them.
import ExcelJS from "exceljs";
import type { Worksheet } from "exceljs";
import type { Plan } from "../plan-schema";
import { comparisonRows } from "./comparison-sheet";
import { instructionLines } from "./instructions";
import { activityRows, goalRows, indicatorRows, questionRows } from "./item-rows";
import {
  peopleNames,
  peopleRows,
  periodRows,
  planRows,
  roleRows,
  unitRows,
} from "./organisation-rows";
import { INSTRUCTIONS_SHEET, sheets } from "./workbook-layout";
import { addSheet } from "./write-sheet";

export async function writePlanWorkbook(plan: Plan): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Uppföljningsboten";
  // Fixed dates keep the file the same from one run to the next for the same plan.
  workbook.created = new Date(Date.UTC(plan.year, 0, 1));
  workbook.modified = workbook.created;
  writeInstructions(workbook.addWorksheet(INSTRUCTIONS_SHEET));
  const names = peopleNames(plan);
  const goals = plan.goalAreas.flatMap((area) => area.goals);
  addSheet(workbook, sheets.plan.columns, sheets.plan.name, planRows(plan));
  addSheet(workbook, sheets.periods.columns, sheets.periods.name, periodRows(plan));
  addSheet(workbook, sheets.units.columns, sheets.units.name, unitRows(plan));
  addSheet(workbook, sheets.people.columns, sheets.people.name, peopleRows(plan, names));
  addSheet(workbook, sheets.roles.columns, sheets.roles.name, roleRows(plan, names));
  addSheet(workbook, sheets.goals.columns, sheets.goals.name, goalRows(plan));
  addSheet(workbook, sheets.indicators.columns, sheets.indicators.name, indicatorRows(goals));
  addSheet(workbook, sheets.activities.columns, sheets.activities.name, activityRows(goals));
  addSheet(workbook, sheets.questions.columns, sheets.questions.name, questionRows(goals));
  addSheet(workbook, sheets.comparisons.columns, sheets.comparisons.name, comparisonRows(plan));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function writeInstructions(sheet: Worksheet): void {
  sheet.getColumn(1).width = 110;
  instructionLines.forEach((line, i) => {
    const cell = sheet.getCell(i + 1, 1);
    cell.value = line.text;
    cell.alignment = { wrapText: true, vertical: "top" };
    if (line.heading) cell.font = { bold: true, size: i === 0 ? 14 : 12 };
  });
}
