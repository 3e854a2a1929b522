// Reads Mål: the goal areas and their goals, and the index that read-items.ts places each
// indicator, activity and question by.
import type { GoalIndex } from "./read-items";
import type { Data, SheetReader } from "./sheet-reader";
import type { SheetRow } from "./sheet-table";
import { sheets } from "./workbook-layout";

/** Mål: one row per goal; the goal area's id on every row, its name and description once. */
export function readGoals(reader: SheetReader): { areas: Data[]; index: GoalIndex } {
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
      `Målområdet ${String(area.id)} har redan ${what} ”${String(area[field])}”.`,
    );
  }
}
