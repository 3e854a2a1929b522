// Reads a plan workbook (the layout of workbook-layout.ts) into the same plan data a YAML file
// gives, remembering the sheet, row and column of every value so that each problem can be shown
// where the admin typed it. The sheets of things to follow up are read in read-items.ts.
import ExcelJS from "exceljs";
import type { ReadResult } from "../plan-file";
import { readItems, type GoalIndex } from "./read-items";
import { readComparisonSheet } from "./comparison-sheet";
import { readWeights } from "./rollup-cells";
import { normalise, SheetReader, type Data } from "./sheet-reader";
import type { SheetRow } from "./sheet-table";
import { periodKindWords, planFields, roleWords, sheets } from "./workbook-layout";

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

function readPlanSheet(reader: SheetReader, data: Data): void {
  const labels = Object.entries(planFields);
  for (const [field, label] of labels) {
    reader.locations.set([field], { where: `${sheets.plan.name}, raden ${label}`, order: 0 });
  }
  for (const row of reader.table("plan", sheets.plan.columns, ["field", "value"])) {
    const label = row.text("field");
    const field = labels.find(([, text]) => normalise(text) === normalise(label))?.[0];
    if (!field) {
      const known = labels.map(([, text]) => text).join(", ");
      reader.issues.add(
        row.at("field"),
        `Okänd uppgift "${label}". Bladet Plan har raderna ${known}.`,
      );
      continue;
    }
    const text = row.text("value");
    reader.put(
      data,
      [],
      field,
      row,
      "value",
      field === "year" && /^\d+$/.test(text) ? Number(text) : text,
    );
  }
}

function readPeriods(reader: SheetReader): Data[] {
  const periods: Data[] = [];
  for (const row of reader.table("periods", sheets.periods.columns, ["id", "kind"])) {
    const path = ["periods", periods.length];
    const period: Data = {};
    reader.locations.set(path, row.at());
    const cell = row.cell("id");
    // Excel turns a typed 2025-01 into a date; a month period's id is what was meant.
    const id = cell?.value instanceof Date ? cell.value.toISOString().slice(0, 7) : row.text("id");
    reader.put(period, path, "id", row, "id", id);
    reader.word(period, path, "kind", row, "kind", periodKindWords);
    reader.put(period, path, "label", row, "label");
    for (const field of ["start", "end", "opens", "deadline"] as const) {
      reader.put(period, path, field, row, field, row.date(field));
    }
    periods.push(period);
  }
  return periods;
}

interface Units {
  list: Data[];
  index: Map<string, number>;
}

function readUnits(reader: SheetReader): Units {
  const units: Units = { list: [], index: new Map() };
  for (const row of reader.table("units", sheets.units.columns, ["id", "name"])) {
    const path = ["units", units.list.length];
    const unit: Data = { reporters: [], owners: [] };
    reader.locations.set(path, row.at());
    for (const field of ["id", "name", "parent", "type", "koladaOu"] as const)
      reader.put(unit, path, field, row, field);
    readWeights(reader, row, unit, path);
    const id = row.text("id");
    if (id && !units.index.has(id)) units.index.set(id, units.list.length);
    units.list.push(unit);
  }
  return units;
}

/** Ansvariga: one row per person and role. Fills the people list, the admins, and units' roles. */
function readPeople(reader: SheetReader, units: Units): { people: Data[]; admins: string[] } {
  const people: Data[] = [];
  const admins: string[] = [];
  const known = new Map<string, { index: number; row: number }>();
  for (const row of reader.table("people", sheets.people.columns, [
    "role",
    "unit",
    "upn",
    "name",
  ])) {
    const role = roleWords.value(row.text("role"));
    const upn = row.text("upn");
    if (role === undefined) {
      reader.issues.add(
        row.at("role"),
        `Rollen "${row.text("role")}" ska vara en av: ${roleWords.list.join(", ")}.`,
      );
      continue;
    }
    if (upn === "") {
      reader.issues.add(row.at("upn"), "Ange personens e-post eller UPN.");
      continue;
    }
    const seen = known.get(upn.toLowerCase());
    if (seen) {
      sameName(reader, people[seen.index] ?? {}, seen, row);
    } else {
      const path = ["people", people.length];
      known.set(upn.toLowerCase(), { index: people.length, row: row.row });
      reader.locations.set(path, row.at());
      const person: Data = {};
      reader.put(person, path, "upn", row, "upn");
      reader.put(person, path, "name", row, "name");
      people.push(person);
    }
    if (role === "admin") {
      reader.locations.set(["admins", admins.length], row.at("upn"));
      admins.push(upn);
      continue;
    }
    const unitId = row.text("unit");
    const u = units.index.get(unitId);
    const list =
      u === undefined ? undefined : units.list[u]?.[role === "reporter" ? "reporters" : "owners"];
    if (u === undefined || !Array.isArray(list)) {
      const message = unitId
        ? `Enheten "${unitId}" finns inte på bladet ${sheets.units.name}.`
        : `Ange enhetens id för en ${roleWords.word(role).toLowerCase()}.`;
      reader.issues.add(row.at("unit"), message);
      continue;
    }
    reader.locations.set(
      ["units", u, role === "reporter" ? "reporters" : "owners", list.length],
      row.at("upn"),
    );
    list.push(upn);
  }
  return { people, admins };
}

/** Roller: one row per person in a role; the role's name once. People new here join the people list. */
function readRoles(reader: SheetReader, people: Data[]): Data[] {
  const roles: Data[] = [];
  const byId = new Map<string, Data>();
  const known = new Map(people.map((person, index) => [String(person.upn).toLowerCase(), index]));
  for (const row of reader.table("roles", sheets.roles.columns, ["id", "upn"])) {
    const id = row.text("id");
    const upn = row.text("upn");
    if (id === "" || upn === "") {
      reader.issues.add(
        row.at(id === "" ? "id" : "upn"),
        "Ange rollens id och personens e-post eller UPN.",
      );
      continue;
    }
    let role = byId.get(id);
    if (!role) {
      const path = ["roles", roles.length];
      role = { people: [] };
      reader.locations.set(path, row.at());
      reader.put(role, path, "id", row, "id");
      reader.put(role, path, "name", row, "name");
      byId.set(id, role);
      roles.push(role);
    } else if (role.name === undefined && row.text("name") !== "") {
      reader.put(role, ["roles", roles.indexOf(role)], "name", row, "name");
    }
    const list = role.people as string[];
    reader.locations.set(["roles", roles.indexOf(role), "people", list.length], row.at("upn"));
    list.push(upn);
    if (!known.has(upn.toLowerCase())) {
      const path = ["people", people.length];
      known.set(upn.toLowerCase(), people.length);
      reader.locations.set(path, row.at());
      const person: Data = {};
      reader.put(person, path, "upn", row, "upn");
      reader.put(person, path, "name", row, "personName");
      people.push(person);
    }
  }
  return roles;
}

/** A person named on several rows: the name is given once, or the same each time. */
function sameName(
  reader: SheetReader,
  person: Data,
  seen: { index: number; row: number },
  row: SheetRow<"upn" | "name">,
): void {
  const name = row.text("name");
  if (name === "") return;
  if (person.name === undefined) {
    reader.put(person, ["people", seen.index], "name", row, "name");
  } else if (person.name !== name) {
    reader.issues.add(
      row.at("name"),
      `${row.text("upn")} har redan namnet "${String(person.name)}" (rad ${seen.row}).`,
    );
  }
}

/** Mål: one row per goal; the goal area's id on every row, its name and description once. */
function readGoals(reader: SheetReader): { areas: Data[]; index: GoalIndex } {
  const areas: Data[] = [];
  const areaIndex = new Map<string, number>();
  const index: GoalIndex = new Map();
  for (const row of reader.table("goals", sheets.goals.columns, ["areaId", "id", "name"])) {
    const areaId = row.text("areaId");
    if (areaId === "") {
      reader.issues.add(row.at("areaId"), "Ange målområdets id.");
      continue;
    }
    let a = areaIndex.get(areaId);
    if (a === undefined) {
      a = areas.length;
      areaIndex.set(areaId, a);
      const path = ["goalAreas", a];
      const area: Data = { goals: [] };
      reader.locations.set(path, row.at());
      reader.put(area, path, "id", row, "areaId");
      reader.put(area, path, "name", row, "areaName");
      reader.put(area, path, "description", row, "areaDescription");
      areas.push(area);
    } else {
      sameAreaText(reader, areas[a] ?? {}, a, row, "name", "areaName");
      sameAreaText(reader, areas[a] ?? {}, a, row, "description", "areaDescription");
    }
    const goals = areas[a]?.goals;
    if (!Array.isArray(goals) || (row.text("id") === "" && row.text("name") === "")) continue;
    const path = ["goalAreas", a, "goals", goals.length];
    const goal: Data = { indicators: [], activities: [], questions: [] };
    reader.locations.set(path, row.at());
    for (const field of ["id", "name", "description"] as const)
      reader.put(goal, path, field, row, field);
    const id = row.text("id");
    if (id && !index.has(id)) index.set(id, { a, g: goals.length, goal });
    goals.push(goal);
  }
  return { areas, index };
}

/** A goal area's name and description are given once; a later row may repeat them, not change them. */
function sameAreaText(
  reader: SheetReader,
  area: Data,
  a: number,
  row: SheetRow<"areaName" | "areaDescription">,
  field: "name" | "description",
  key: "areaName" | "areaDescription",
): void {
  const text = row.text(key);
  if (text === "") return;
  if (area[field] === undefined) {
    reader.put(area, ["goalAreas", a], field, row, key);
  } else if (area[field] !== text) {
    const what = field === "name" ? "namnet" : "beskrivningen";
    reader.issues.add(
      row.at(key),
      `Målområdet ${String(area.id)} har redan ${what} "${String(area[field])}".`,
    );
  }
}
