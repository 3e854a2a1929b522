// What reading any sheet of the plan workbook needs: the sheet as a table, the problems found, and
// where each part of the plan came from. Values go into plain data for the plan schema to check.
import type ExcelJS from "exceljs";
import type { PlanPath } from "../plan-problem";
import { listOf } from "./cell-values";
import { Issues, Locations, readSheetTable, type SheetRow } from "./sheet-table";
import { sheetOrder, sheets, type Column, type SheetKey, type Vocabulary } from "./workbook-layout";

export type Data = Record<string, unknown>;

export const normalise = (text: string) => text.trim().toLocaleLowerCase("sv");

/** The plan data each required sheet fills: when the sheet is missing, that is the one error. */
const requiredSheets: Partial<Record<SheetKey, string>> = {
  plan: "id",
  periods: "periods",
  units: "units",
  people: "people",
  goals: "goalAreas",
};

export class SheetReader {
  readonly issues = new Issues();
  readonly locations = new Locations();

  constructor(private readonly workbook: ExcelJS.Workbook) {}

  /** The filled rows of a sheet; none (and an error, if the sheet is required) when it is missing. */
  table<K extends string>(
    key: SheetKey,
    columns: Record<K, Column>,
    required: NoInfer<K>[],
  ): SheetRow<K>[] {
    const name = sheets[key].name;
    const sheet = this.workbook.worksheets.find((ws) => normalise(ws.name) === normalise(name));
    if (!sheet) {
      const field = requiredSheets[key];
      if (field)
        this.issues.add({ where: "arbetsboken", order: 0 }, `Bladet ”${name}” saknas.`, [field]);
      return [];
    }
    return readSheetTable(sheet, sheetOrder.indexOf(key) + 1, columns, required, this.issues);
  }

  /** Sets a field from a cell when the cell is filled, and remembers where it is either way. */
  put<K extends string>(
    target: Data,
    path: PlanPath,
    field: string,
    row: SheetRow<K>,
    key: K,
    value?: unknown,
  ): void {
    this.locations.set([...path, field], row.at(key));
    const text = value === undefined ? row.text(key) : value;
    if (text !== "" && text !== undefined) target[field] = text;
  }

  /** Sets a field from one of a vocabulary's words; any other word is an error at that cell. */
  word<T extends string, K extends string>(
    target: Data,
    path: PlanPath,
    field: string,
    row: SheetRow<K>,
    key: K,
    words: Vocabulary<T>,
  ): void {
    const text = row.text(key);
    this.locations.set([...path, field], row.at(key));
    if (text === "") return;
    const value = words.value(text);
    if (value === undefined) {
      this.issues.add(row.at(key), `”${text}” ska vara ett av: ${words.list.join(", ")}.`, [
        ...path,
        field,
      ]);
    } else {
      target[field] = value;
    }
  }

  /** Sets a field from a cell listing ids with commas between; an empty cell leaves it out. */
  list<K extends string>(
    target: Data,
    path: PlanPath,
    field: string,
    row: SheetRow<K>,
    key: K,
  ): void {
    this.locations.set([...path, field], row.at(key));
    const ids = listOf(row.text(key));
    if (ids.length > 0) target[field] = ids;
  }
}
