// Reads a plan workbook (the layout of workbook-layout.ts) into the same plan data a YAML file
// gives, remembering the sheet, row and column of every value so that each problem can be shown
// where the admin typed it.
import ExcelJS from "exceljs";
import type { PlanPath } from "../plan-checks";
import type { ReadResult } from "../plan-file";
import { isDomainError } from "../../errors";
import { parseValue } from "../../rules";
import { listOf } from "./cell-values";
import { Issues, Locations, readSheetTable, type SheetRow } from "./sheet-table";
import { readMilestones } from "./milestone-text";
import {
  aggregationWords,
  directionWords,
  periodKindWords,
  planFields,
  roleWords,
  sheetOrder,
  sheets,
  stateWords,
  valueTypeWords,
  yesNoWords,
  type SheetKey,
  type Column,
  type Vocabulary,
} from "./workbook-layout";

type Data = Record<string, unknown>;

const normalise = (text: string) => text.trim().toLocaleLowerCase("sv");

export async function readWorkbookPlan(content: Buffer): Promise<ReadResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(new Uint8Array(content).buffer);
  } catch {
    return {
      ok: false,
      errors: [
        { where: "filen", message: "Filen går inte att öppna som en Excel-arbetsbok (.xlsx)." },
      ],
    };
  }
  return new WorkbookReader(workbook).read();
}

class WorkbookReader {
  private readonly issues = new Issues();
  private readonly locations = new Locations();
  private readonly data: Data = {};
  private readonly units: Data[] = [];
  private readonly unitIndex = new Map<string, number>();
  private readonly goalIndex = new Map<string, { a: number; g: number; goal: Data }>();
  private periodIds: string[] = [];

  constructor(private readonly workbook: ExcelJS.Workbook) {}

  read(): ReadResult {
    this.locations.set([], { where: sheets.plan.name, order: 0 });
    this.readPlan();
    this.readPeriods();
    this.readUnits();
    this.readPeople();
    this.readGoals();
    this.readIndicators();
    this.readActivities();
    this.readQuestions();
    return {
      ok: true,
      data: this.data,
      locate: (path) => this.locations.locate(path),
      issues: this.issues.list,
    };
  }

  /** The plan data each required sheet fills: when the sheet is missing, that is the one error. */
  private static readonly requiredSheets: Partial<Record<SheetKey, string>> = {
    plan: "id",
    periods: "periods",
    units: "units",
    people: "people",
    goals: "goalAreas",
  };

  private table<K extends string>(
    key: SheetKey,
    columns: Record<K, Column>,
    required: NoInfer<K>[],
  ) {
    const name = sheets[key].name;
    const sheet = this.workbook.worksheets.find((ws) => normalise(ws.name) === normalise(name));
    if (!sheet) {
      const field = WorkbookReader.requiredSheets[key];
      if (field)
        this.issues.add({ where: "arbetsboken", order: 0 }, `Bladet "${name}" saknas.`, [field]);
      return [];
    }
    return readSheetTable(sheet, sheetOrder.indexOf(key) + 1, columns, required, this.issues);
  }

  /** Sets a field from a cell when the cell is filled, and remembers where it is either way. */
  private put<K extends string>(
    target: Data,
    path: PlanPath,
    field: string,
    row: SheetRow<K>,
    key: K,
    value?: unknown,
  ) {
    this.locations.set([...path, field], row.at(key));
    const text = value === undefined ? row.text(key) : value;
    if (text !== "" && text !== undefined) target[field] = text;
  }

  private word<T extends string, K extends string>(
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
      this.issues.add(row.at(key), `"${text}" ska vara ett av: ${words.list.join(", ")}.`, [
        ...path,
        field,
      ]);
    } else {
      target[field] = value;
    }
  }

  private readPlan(): void {
    const rows = this.table("plan", sheets.plan.columns, ["field", "value"]);
    const labels = Object.entries(planFields);
    for (const [field, label] of labels) {
      this.locations.set([field], { where: `${sheets.plan.name}, raden ${label}`, order: 0 });
    }
    for (const row of rows) {
      const label = row.text("field");
      const field = labels.find(([, text]) => normalise(text) === normalise(label))?.[0];
      if (!field) {
        const known = labels.map(([, text]) => text).join(", ");
        this.issues.add(
          row.at("field"),
          `Okänd uppgift "${label}". Bladet Plan har raderna ${known}.`,
        );
        continue;
      }
      const text = row.text("value");
      const value = field === "year" && /^\d+$/.test(text) ? Number(text) : text;
      this.put(this.data, [], field, row, "value", value);
    }
  }

  private readPeriods(): void {
    const periods: Data[] = [];
    for (const row of this.table("periods", sheets.periods.columns, ["id", "kind"])) {
      const path = ["periods", periods.length];
      const period: Data = {};
      this.locations.set(path, row.at());
      const cell = row.cell("id");
      // Excel turns a typed 2025-01 into a date; a month period's id is what was meant.
      const id =
        cell?.value instanceof Date ? cell.value.toISOString().slice(0, 7) : row.text("id");
      this.put(period, path, "id", row, "id", id);
      this.word(period, path, "kind", row, "kind", periodKindWords);
      this.put(period, path, "label", row, "label");
      for (const field of ["start", "end", "opens", "deadline"] as const) {
        this.put(period, path, field, row, field, row.date(field));
      }
      periods.push(period);
    }
    this.periodIds = periods.map((period) => String(period.id ?? ""));
    this.data.periods = periods;
  }

  private readUnits(): void {
    for (const row of this.table("units", sheets.units.columns, ["id", "name"])) {
      const path = ["units", this.units.length];
      const unit: Data = { reporters: [], owners: [] };
      this.locations.set(path, row.at());
      this.put(unit, path, "id", row, "id");
      this.put(unit, path, "name", row, "name");
      this.put(unit, path, "parent", row, "parent");
      this.put(unit, path, "type", row, "type");
      const id = row.text("id");
      if (id && !this.unitIndex.has(id)) this.unitIndex.set(id, this.units.length);
      this.units.push(unit);
    }
    this.data.units = this.units;
  }

  private readPeople(): void {
    const people: Data[] = [];
    const admins: string[] = [];
    const known = new Map<string, { index: number; row: number }>();
    for (const row of this.table("people", sheets.people.columns, [
      "role",
      "unit",
      "upn",
      "name",
    ])) {
      const upn = row.text("upn");
      const roleText = row.text("role");
      const role = roleWords.value(roleText);
      if (role === undefined) {
        this.issues.add(
          row.at("role"),
          `Rollen "${roleText}" ska vara en av: ${roleWords.list.join(", ")}.`,
        );
        continue;
      }
      if (upn === "") {
        this.issues.add(row.at("upn"), "Ange personens e-post eller UPN.");
        continue;
      }
      const name = row.text("name");
      const key = upn.toLowerCase();
      const seen = known.get(key);
      if (!seen) {
        const path = ["people", people.length];
        known.set(key, { index: people.length, row: row.row });
        this.locations.set(path, row.at());
        const person: Data = {};
        this.put(person, path, "upn", row, "upn");
        this.put(person, path, "name", row, "name");
        people.push(person);
      } else {
        const person = people[seen.index] ?? {};
        if (name && person.name === undefined) {
          this.put(person, ["people", seen.index], "name", row, "name");
        } else if (name && person.name !== name) {
          this.issues.add(
            row.at("name"),
            `${upn} har redan namnet "${String(person.name)}" (rad ${seen.row}).`,
          );
        }
      }
      if (role === "admin") {
        this.locations.set(["admins", admins.length], row.at("upn"));
        admins.push(upn);
        continue;
      }
      const unitId = row.text("unit");
      const u = this.unitIndex.get(unitId);
      if (u === undefined) {
        const message = unitId
          ? `Enheten "${unitId}" finns inte på bladet ${sheets.units.name}.`
          : `Ange enhetens id för en ${roleWords.word(role).toLowerCase()}.`;
        this.issues.add(row.at("unit"), message);
        continue;
      }
      const field = role === "reporter" ? "reporters" : "owners";
      const list = this.units[u]?.[field];
      if (Array.isArray(list)) {
        this.locations.set(["units", u, field, list.length], row.at("upn"));
        list.push(upn);
      }
    }
    this.data.people = people;
    this.data.admins = admins;
  }

  private readGoals(): void {
    const areas: Data[] = [];
    const areaIndex = new Map<string, number>();
    for (const row of this.table("goals", sheets.goals.columns, ["areaId", "id", "name"])) {
      const areaId = row.text("areaId");
      if (areaId === "") {
        this.issues.add(row.at("areaId"), "Ange målområdets id.");
        continue;
      }
      let a = areaIndex.get(areaId);
      if (a === undefined) {
        a = areas.length;
        areaIndex.set(areaId, a);
        const path = ["goalAreas", a];
        const area: Data = { goals: [] };
        this.locations.set(path, row.at());
        this.put(area, path, "id", row, "areaId");
        this.put(area, path, "name", row, "areaName");
        this.put(area, path, "description", row, "areaDescription");
        areas.push(area);
      } else {
        this.sameAreaText(areas[a] ?? {}, row, "name", "areaName", a);
        this.sameAreaText(areas[a] ?? {}, row, "description", "areaDescription", a);
      }
      const goals = areas[a]?.goals;
      if (!Array.isArray(goals) || (row.text("id") === "" && row.text("name") === "")) continue;
      const path = ["goalAreas", a, "goals", goals.length];
      const goal: Data = { indicators: [], activities: [], questions: [] };
      this.locations.set(path, row.at());
      this.put(goal, path, "id", row, "id");
      this.put(goal, path, "name", row, "name");
      this.put(goal, path, "description", row, "description");
      const id = row.text("id");
      if (id && !this.goalIndex.has(id)) this.goalIndex.set(id, { a, g: goals.length, goal });
      goals.push(goal);
    }
    this.data.goalAreas = areas;
  }

  /** A goal area's name and description are given once; a later row may repeat them, not change them. */
  private sameAreaText(
    area: Data,
    row: SheetRow<keyof typeof sheets.goals.columns>,
    field: string,
    key: "areaName" | "areaDescription",
    a: number,
  ) {
    const text = row.text(key);
    if (text === "") return;
    if (area[field] === undefined) {
      this.put(area, ["goalAreas", a], field, row, key);
    } else if (area[field] !== text) {
      this.issues.add(
        row.at(key),
        `Målområdet ${String(area.id)} har redan ${field === "name" ? "namnet" : "beskrivningen"} "${String(area[field])}".`,
      );
    }
  }

  private readIndicators(): void {
    for (const row of this.table("indicators", sheets.indicators.columns, [
      "id",
      "goalId",
      "name",
    ])) {
      const item = this.placeItem(row, "indicators");
      if (!item) continue;
      this.put(item.data, item.path, "name", row, "name");
      this.indicatorFields(row, item.data, item.path);
      this.itemFields(row, item.data, item.path);
    }
  }

  private readActivities(): void {
    for (const row of this.table("activities", sheets.activities.columns, [
      "id",
      "goalId",
      "name",
    ])) {
      const item = this.placeItem(row, "activities");
      if (!item) continue;
      this.put(item.data, item.path, "name", row, "name");
      this.activityFields(row, item.data, item.path);
      this.itemFields(row, item.data, item.path);
    }
  }

  private readQuestions(): void {
    for (const row of this.table("questions", sheets.questions.columns, ["id", "goalId", "text"])) {
      const item = this.placeItem(row, "questions");
      if (!item) continue;
      this.put(item.data, item.path, "text", row, "text");
      this.itemFields(row, item.data, item.path);
    }
  }

  /** Adds an item to the goal its row names; undefined when there is no such goal. */
  private placeItem(
    row: SheetRow<"id" | "goalId" | "description">,
    list: "indicators" | "activities" | "questions",
  ): { data: Data; path: PlanPath } | undefined {
    const goalId = row.text("goalId");
    const place = this.goalIndex.get(goalId);
    const items = place?.goal[list];
    if (!place || !Array.isArray(items)) {
      const message = goalId
        ? `Målet "${goalId}" finns inte på bladet ${sheets.goals.name}.`
        : "Ange Mål-id: målet som raden hör till.";
      this.issues.add(row.at("goalId"), message);
      return undefined;
    }
    const path = ["goalAreas", place.a, "goals", place.g, list, items.length];
    const data: Data = {};
    this.locations.set(path, row.at());
    this.put(data, path, "id", row, "id");
    this.put(data, path, "description", row, "description");
    items.push(data);
    return { data, path };
  }

  private itemFields(
    row: SheetRow<"frequency" | "periods" | "required" | "reportingUnits" | "owner" | "reporter">,
    item: Data,
    path: PlanPath,
  ): void {
    this.put(item, path, "frequency", row, "frequency");
    const periods = listOf(row.text("periods"));
    this.locations.set([...path, "periods"], row.at("periods"));
    if (periods.length > 0) item.periods = periods;
    const required = row.text("required");
    this.locations.set([...path, "required"], row.at("required"));
    if (required !== "") {
      const answer = yesNoWords.value(required);
      if (answer === undefined)
        this.issues.add(row.at("required"), `"${required}" ska vara ja eller nej.`, [
          ...path,
          "required",
        ]);
      else item.required = answer === "yes";
    }
    const units = listOf(row.text("reportingUnits"));
    this.locations.set([...path, "reportingUnits"], row.at("reportingUnits"));
    if (units.length > 0) item.reportingUnits = units;
    this.put(item, path, "owner", row, "owner");
    this.put(item, path, "reporter", row, "reporter");
  }

  private indicatorFields(
    row: SheetRow<keyof typeof sheets.indicators.columns>,
    data: Data,
    path: PlanPath,
  ): void {
    for (const field of [
      "plannedActivities",
      "unitOfMeasure",
      "target",
      "rule",
      "source",
    ] as const) {
      this.put(data, path, field, row, field);
    }
    this.word(data, path, "direction", row, "direction", directionWords);
    this.word(data, path, "valueType", row, "valueType", valueTypeWords);
    this.word(data, path, "aggregation", row, "aggregation", aggregationWords);
    this.locations.set([...path, "baseline"], row.at("baseline"));
    const baseline = row.text("baseline");
    if (baseline === "") return;
    const values: Record<string, number | boolean> = {};
    for (const part of baseline
      .split(/[;\n]/)
      .map((p) => p.trim())
      .filter((p) => p !== "")) {
      const match = /^(\d{4})\s*[:=]\s*(.+)$/.exec(part);
      if (!match?.[1] || !match[2]) {
        this.issues.add(
          row.at("baseline"),
          `"${part}" går inte att läsa: skriv år och utfall, t.ex. 2022: 8,2; 2023: 6,7.`,
          [...path, "baseline"],
        );
        return;
      }
      try {
        values[match[1]] = parseValue(match[2]);
      } catch (error) {
        if (!isDomainError(error, "VALUE_UNREADABLE")) throw error;
        this.issues.add(row.at("baseline"), error.message, [...path, "baseline"]);
        return;
      }
    }
    data.baseline = values;
  }

  private activityFields(
    row: SheetRow<keyof typeof sheets.activities.columns>,
    data: Data,
    path: PlanPath,
  ): void {
    this.put(data, path, "expectedEffects", row, "expectedEffects");
    this.word(data, path, "state", row, "state", stateWords);
    this.locations.set([...path, "milestones"], row.at("milestones"));
    const milestones = readMilestones(row.text("milestones"), this.periodIds);
    if (milestones.length > 0) data.milestones = milestones;
  }
}
