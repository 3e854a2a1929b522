// Writes a plan as a workbook in the layout admins fill in: one sheet per kind, Swedish headers
// with a note on each, drop-down lists where a cell takes one of a few words, and an instruction
// sheet. The template is this workbook for a small example plan; reading it back gives the plan.
import { comparedWithWords, comparisonRows } from "./comparison-sheet";
import ExcelJS from "exceljs";
import type { Worksheet } from "exceljs";
import type { Plan } from "../plan-schema";
import { formatNumber } from "../../rules";
import { instructionLines } from "./instructions";
import { milestoneLine } from "./milestone-text";
import { breakdownText } from "./breakdown-text";
import { weightsText } from "./rollup-cells";
import {
  INSTRUCTIONS_SHEET,
  aggregationWords,
  directionWords,
  periodKindWords,
  planFields,
  roleWords,
  sheets,
  stateWords,
  targetForWords,
  valueTypeWords,
  type Column,
} from "./workbook-layout";

/** Rows below the data that still get the drop-down lists, for what the admin adds. */
const ROOM_TO_GROW = 500;

type Cells<K extends string> = Partial<Record<K, string | number>>;

export async function writePlanWorkbook(plan: Plan): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Uppföljningsboten";
  // Fixed dates keep the file the same from one run to the next for the same plan.
  workbook.created = new Date(Date.UTC(plan.year, 0, 1));
  workbook.modified = workbook.created;
  writeInstructions(workbook.addWorksheet(INSTRUCTIONS_SHEET));
  const names = new Map(plan.people.map((person) => [person.upn.toLowerCase(), person.name]));

  addSheet(
    workbook,
    sheets.plan.columns,
    sheets.plan.name,
    Object.entries(planFields).flatMap(([field, label]) => {
      const value = planValue(plan, field);
      return value === undefined ? [] : [{ field: label, value }];
    }),
  );
  addSheet(
    workbook,
    sheets.periods.columns,
    sheets.periods.name,
    plan.periods.map((period) => ({
      id: period.id,
      kind: periodKindWords.word(period.kind),
      label: period.label,
      start: period.start,
      end: period.end,
      opens: period.opens,
      deadline: period.deadline,
    })),
  );
  addSheet(
    workbook,
    sheets.units.columns,
    sheets.units.name,
    plan.units.map((unit) => ({
      id: unit.id,
      name: unit.name,
      parent: unit.parent,
      type: unit.type,
      weights: weightsText(unit.weights),
      koladaOu: unit.koladaOu,
    })),
  );
  const person = (role: "reporter" | "owner" | "admin", upn: string, unit?: string) => ({
    role: roleWords.word(role),
    unit,
    upn,
    name: names.get(upn.toLowerCase()),
  });
  addSheet(workbook, sheets.people.columns, sheets.people.name, [
    ...plan.admins.map((upn) => person("admin", upn)),
    ...plan.units.flatMap((unit) => [
      ...unit.reporters.map((upn) => person("reporter", upn, unit.id)),
      ...unit.owners.map((upn) => person("owner", upn, unit.id)),
    ]),
  ]);
  addSheet(
    workbook,
    sheets.roles.columns,
    sheets.roles.name,
    plan.roles.flatMap((role) =>
      role.people.map((upn, i) => ({
        id: role.id,
        name: i === 0 ? role.name : undefined,
        upn,
        personName: names.get(upn.toLowerCase()),
      })),
    ),
  );
  addSheet(
    workbook,
    sheets.goals.columns,
    sheets.goals.name,
    plan.goalAreas.flatMap((area): Cells<keyof typeof sheets.goals.columns>[] => {
      const first = { areaId: area.id, areaName: area.name, areaDescription: area.description };
      if (area.goals.length === 0) return [first];
      return area.goals.map((goal, g) => ({
        ...(g === 0 ? first : { areaId: area.id }),
        id: goal.id,
        name: goal.name,
        description: goal.description,
      }));
    }),
  );
  const goals = plan.goalAreas.flatMap((area) => area.goals);
  addSheet(
    workbook,
    sheets.indicators.columns,
    sheets.indicators.name,
    goals.flatMap((goal) =>
      goal.indicators.map((indicator) => ({
        ...itemCells(indicator),
        goalId: goal.id,
        name: indicator.name,
        plannedActivities: indicator.plannedActivities,
        unitOfMeasure: indicator.unitOfMeasure,
        target: indicator.target,
        rule: indicator.rule,
        direction: indicator.direction && directionWords.word(indicator.direction),
        valueType: valueTypeWords.word(indicator.valueType),
        source: indicator.source,
        min: indicator.min === undefined ? undefined : formatNumber(indicator.min),
        max: indicator.max === undefined ? undefined : formatNumber(indicator.max),
        aggregation: indicator.aggregation && aggregationWords.word(indicator.aggregation),
        weight: indicator.weight,
        targetFor: indicator.targetFor && targetForWords.word(indicator.targetFor),
        baseline: indicator.baseline && baselineText(indicator.baseline),
        breakdown: indicator.breakdown && breakdownText(indicator.breakdown),
        kolada: indicator.kolada,
        comparedWith: indicator.comparedWith && comparedWithWords.word(indicator.comparedWith),
      })),
    ),
  );
  addSheet(
    workbook,
    sheets.activities.columns,
    sheets.activities.name,
    goals.flatMap((goal) =>
      goal.activities.map((activity) => ({
        ...itemCells(activity),
        goalId: goal.id,
        name: activity.name,
        expectedEffects: activity.expectedEffects,
        milestones: activity.milestones.map(milestoneLine).join("\n") || undefined,
        state: activity.state && stateWords.word(activity.state),
      })),
    ),
  );
  addSheet(
    workbook,
    sheets.questions.columns,
    sheets.questions.name,
    goals.flatMap((goal) =>
      goal.questions.map((question) => ({
        ...itemCells(question),
        goalId: goal.id,
        text: question.text,
      })),
    ),
  );
  addSheet(workbook, sheets.comparisons.columns, sheets.comparisons.name, comparisonRows(plan));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function planValue(plan: Plan, field: string): string | number | undefined {
  switch (field) {
    case "id":
      return plan.id;
    case "organisation":
      return plan.organisation;
    case "year":
      return plan.year;
    case "name":
      return plan.name;
    case "board":
      return plan.board;
    case "organisationUnit":
      return plan.organisationUnit;
    case "description":
      return plan.description;
    case "koladaMunicipality":
      return plan.koladaMunicipality;
    default:
      return undefined;
  }
}

interface ItemLike {
  id: string;
  description?: string;
  frequency?: string;
  periods?: string[];
  required: boolean;
  reportingUnits?: string[];
  owner?: string;
  reporter?: string;
  reporterRole?: string;
  roleUnits?: string[];
}

function itemCells(item: ItemLike) {
  return {
    id: item.id,
    description: item.description,
    frequency: item.frequency,
    periods: item.periods?.join(", "),
    required: item.required ? undefined : "nej",
    reportingUnits: item.reportingUnits?.join(", "),
    owner: item.owner,
    reporter: item.reporter,
    reporterRole: item.reporterRole,
    roleUnits: item.roleUnits?.join(", "),
  };
}

function baselineText(baseline: Record<string, number | boolean>): string {
  return Object.entries(baseline)
    .map(
      ([year, value]) =>
        `${year}: ${typeof value === "boolean" ? (value ? "ja" : "nej") : formatNumber(value)}`,
    )
    .join("; ");
}

function addSheet<K extends string>(
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

function writeInstructions(sheet: Worksheet): void {
  sheet.getColumn(1).width = 110;
  instructionLines.forEach((line, i) => {
    const cell = sheet.getCell(i + 1, 1);
    cell.value = line.text;
    cell.alignment = { wrapText: true, vertical: "top" };
    if (line.heading) cell.font = { bold: true, size: i === 0 ? 14 : 12 };
  });
}
