// One sheet of the plan workbook read as a table: its header row mapped to the layout's columns,
// its filled rows, and where each value stood, so a problem can name "Indikatorer rad 7, kolumn
// Regel".
import type { Cell, Worksheet } from "exceljs";
import type { PlanPath } from "../plan-problem";
import type { Location, ReadIssue } from "../plan-file";
import type { Column } from "./workbook-layout";
import { cellDate, cellText } from "./cell-values";

export interface SheetRow<K extends string> {
  sheet: string;
  row: number;
  text(key: K): string;
  date(key: K): string;
  cell(key: K): Cell | undefined;
  /** Where a column of this row is (or the row, when the sheet lacks the column). */
  at(key?: K): Location;
}

/** Locations of the plan's parts, by path; a path without its own entry takes its nearest parent's. */
export class Locations {
  private readonly byPath = new Map<string, Location>();

  set(path: PlanPath, location: Location): void {
    this.byPath.set(JSON.stringify(path), location);
  }

  locate(path: PlanPath): Location {
    for (let n = path.length; n >= 0; n -= 1) {
      const found = this.byPath.get(JSON.stringify(path.slice(0, n)));
      if (found) return found;
    }
    return { where: "arbetsboken", order: 0 };
  }
}

export class Issues {
  readonly list: ReadIssue[] = [];

  add(at: Location, message: string, path?: PlanPath): void {
    this.list.push({ ...at, message, ...(path ? { path } : {}) });
  }
}

const normalise = (text: string) => text.trim().replace(/\s+/g, " ").toLocaleLowerCase("sv");

export function readSheetTable<K extends string>(
  sheet: Worksheet,
  sheetIndex: number,
  columns: Record<K, Column>,
  required: readonly NoInfer<K>[],
  issues: Issues,
): SheetRow<K>[] {
  const name = sheet.name;
  const place = (row: number, column?: number, header?: string): Location => ({
    where: header ? `${name} rad ${row}, kolumn ${header}` : `${name} rad ${row}`,
    order: sheetIndex * 1e8 + row * 1e3 + (column ?? 0),
  });
  const indexOf = new Map<K, number>();
  const keys = Object.keys(columns).filter((key): key is K => key in columns);
  sheet.getRow(1).eachCell((cell, column) => {
    const header = cellText(cell);
    if (header === "" || header.startsWith("#")) return;
    const key = keys.find((k) => normalise(columns[k].header) === normalise(header));
    if (key === undefined) {
      issues.add(
        place(1, column, header),
        `Okänd kolumn ”${header}”. Kontrollera stavningen, eller sätt # först i rubriken om kolumnen inte ska läsas.`,
      );
    } else {
      indexOf.set(key, column);
    }
  });
  for (const key of required) {
    if (!indexOf.has(key))
      issues.add(place(1), `Kolumnen ”${columns[key].header}” saknas på bladet ${name}.`);
  }
  const rows: SheetRow<K>[] = [];
  sheet.eachRow({ includeEmpty: false }, (excelRow, rowNumber) => {
    if (rowNumber === 1) return;
    const cell = (key: K) => {
      const column = indexOf.get(key);
      return column === undefined ? undefined : excelRow.getCell(column);
    };
    const text = (key: K) => {
      const c = cell(key);
      return c ? cellText(c) : "";
    };
    if (keys.every((key) => text(key) === "")) return;
    rows.push({
      sheet: name,
      row: rowNumber,
      text,
      date: (key) => {
        const c = cell(key);
        return c ? cellDate(c) : "";
      },
      cell,
      at: (key) =>
        key === undefined
          ? place(rowNumber)
          : place(rowNumber, indexOf.get(key), columns[key].header),
    });
  });
  return rows;
}
