// Writes one sheet of the plan workbook as admins fill it in: a frozen header row with a note on
// each header, every cell as text, and drop-down lists where a cell takes one of a few words.
import type ExcelJS from "exceljs";
import type { Worksheet } from "exceljs";
import type { Column } from "./column";

/** Rows below the data that still get the drop-down lists, for what the admin adds. */
const ROOM_TO_GROW = 500;

/** One row of a sheet, by column key; a missing cell is left empty. */
export type Cells<K extends string> = Partial<Record<K, string | number>>;

export function addSheet<K extends string>(
  workbook: ExcelJS.Workbook,
  columns: Record<K, Column>,
  name: string,
  rows: Cells<K>[],
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  const keys = Object.keys(columns).filter((key): key is K => key in columns);
  // Text format, so that Excel keeps 2025-01, 95% and 08 as typed instead of turning them into numbers.
  sheet.columns = keys.map((key) => ({ key, width: columns[key].width, style: { numFmt: "@" } }));
  const header = sheet.getRow(1);
  keys.forEach((key, i) => {
    const cell = header.getCell(i + 1);
    cell.value = columns[key].header;
    cell.note = columns[key].note;
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
  });
  for (const row of rows) {
    sheet.addRow(keys.map((key) => row[key] ?? null));
  }
  const lastRow = rows.length + 1 + ROOM_TO_GROW;
  keys.forEach((key, i) => {
    const list = columns[key].list;
    if (list) addListValidation(sheet, i + 1, lastRow, list);
  });
}

function addListValidation(
  sheet: Worksheet,
  column: number,
  lastRow: number,
  list: readonly string[],
): void {
  const letter = sheet.getColumn(column).letter;
  const validation = {
    type: "list" as const,
    allowBlank: true,
    formulae: [`"${list.join(",")}"`],
    showErrorMessage: true,
    errorStyle: "warning",
    errorTitle: "Okänt värde",
    error: `Välj ett av: ${list.join(", ")}.`,
  };
  // exceljs keeps range validations in `dataValidations`, which its type declarations leave out.
  if (hasRangeValidations(sheet))
    sheet.dataValidations.add(`${letter}2:${letter}${lastRow}`, validation);
}

interface RangeValidations {
  dataValidations: { add(range: string, validation: object): void };
}

function hasRangeValidations(sheet: object): sheet is RangeValidations {
  return (
    "dataValidations" in sheet &&
    typeof sheet.dataValidations === "object" &&
    sheet.dataValidations !== null
  );
}
