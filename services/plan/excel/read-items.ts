// The sheets of things to follow up: Indikatorer, Aktiviteter and Frågor. Each row names its goal
// by Mål-id and is added to that goal's list.
import type { PlanPath } from "../plan-problem";
import { isDomainError } from "../../errors";
import { parseValue } from "../../rules";
import type { Data, SheetReader } from "./sheet-reader";
import type { SheetRow } from "./sheet-table";
import { readMilestones } from "./milestone-text";
import { readIndicatorComparisonCells } from "./comparison-sheet";
import {
  aggregationWords,
  directionWords,
  sheets,
  stateWords,
  targetForWords,
  valueTypeWords,
  yesNoWords,
} from "./workbook-layout";

export type GoalIndex = Map<string, { a: number; g: number; goal: Data }>;

type ItemList = "indicators" | "activities" | "questions";

export function readItems(reader: SheetReader, goals: GoalIndex, periodIds: string[]): void {
  for (const row of reader.table("indicators", sheets.indicators.columns, [
    "id",
    "goalId",
    "name",
  ])) {
    const item = placeItem(reader, goals, row, "indicators");
    if (!item) continue;
    reader.put(item.data, item.path, "name", row, "name");
    for (const field of [
      "plannedActivities",
      "unitOfMeasure",
      "target",
      "rule",
      "source",
    ] as const) {
      reader.put(item.data, item.path, field, row, field);
    }
    reader.word(item.data, item.path, "direction", row, "direction", directionWords);
    reader.word(item.data, item.path, "valueType", row, "valueType", valueTypeWords);
    reader.word(item.data, item.path, "aggregation", row, "aggregation", aggregationWords);
    reader.put(item.data, item.path, "weight", row, "weight");
    reader.word(item.data, item.path, "targetFor", row, "targetFor", targetForWords);
    readBaseline(reader, row, item.data, item.path);
    for (const bound of ["min", "max"] as const)
      readBound(reader, row, item.data, item.path, bound);
    readIndicatorComparisonCells(reader, row, item.data, item.path);
    itemFields(reader, row, item.data, item.path);
  }
  for (const row of reader.table("activities", sheets.activities.columns, [
    "id",
    "goalId",
    "name",
  ])) {
    const item = placeItem(reader, goals, row, "activities");
    if (!item) continue;
    reader.put(item.data, item.path, "name", row, "name");
    reader.put(item.data, item.path, "expectedEffects", row, "expectedEffects");
    reader.word(item.data, item.path, "state", row, "state", stateWords);
    reader.locations.set([...item.path, "milestones"], row.at("milestones"));
    const milestones = readMilestones(row.text("milestones"), periodIds);
    if (milestones.length > 0) item.data.milestones = milestones;
    itemFields(reader, row, item.data, item.path);
  }
  for (const row of reader.table("questions", sheets.questions.columns, ["id", "goalId", "text"])) {
    const item = placeItem(reader, goals, row, "questions");
    if (!item) continue;
    reader.put(item.data, item.path, "text", row, "text");
    itemFields(reader, row, item.data, item.path);
  }
}

/** Adds an item to the goal its row names; undefined when there is no such goal. */
function placeItem(
  reader: SheetReader,
  goals: GoalIndex,
  row: SheetRow<"id" | "goalId" | "description">,
  list: ItemList,
): { data: Data; path: PlanPath } | undefined {
  const goalId = row.text("goalId");
  const place = goals.get(goalId);
  const items = place?.goal[list];
  if (!place || !Array.isArray(items)) {
    const message = goalId
      ? `Målet "${goalId}" finns inte på bladet ${sheets.goals.name}.`
      : "Ange Mål-id: målet som raden hör till.";
    reader.issues.add(row.at("goalId"), message);
    return undefined;
  }
  const path = ["goalAreas", place.a, "goals", place.g, list, items.length];
  const data: Data = {};
  reader.locations.set(path, row.at());
  reader.put(data, path, "id", row, "id");
  reader.put(data, path, "description", row, "description");
  items.push(data);
  return { data, path };
}

function itemFields(
  reader: SheetReader,
  row: SheetRow<
    | "frequency"
    | "periods"
    | "required"
    | "reportingUnits"
    | "owner"
    | "reporter"
    | "reporterRole"
    | "roleUnits"
  >,
  item: Data,
  path: PlanPath,
): void {
  reader.put(item, path, "frequency", row, "frequency");
  reader.list(item, path, "periods", row, "periods");
  reader.list(item, path, "reportingUnits", row, "reportingUnits");
  const required = row.text("required");
  reader.locations.set([...path, "required"], row.at("required"));
  if (required !== "") {
    const answer = yesNoWords.value(required);
    if (answer === undefined) {
      reader.issues.add(row.at("required"), `"${required}" ska vara ja eller nej.`, [
        ...path,
        "required",
      ]);
    } else {
      item.required = answer === "yes";
    }
  }
  reader.put(item, path, "owner", row, "owner");
  reader.put(item, path, "reporter", row, "reporter");
  reader.put(item, path, "reporterRole", row, "reporterRole");
  reader.list(item, path, "roleUnits", row, "roleUnits");
}

/** "2022: 8,2; 2023: 6,7" or "2023: nej": earlier years' outcomes, read as reported values are. */
/** A possible value's bound, written as people write numbers (`-100`, `0,5`). */
function readBound(
  reader: SheetReader,
  row: SheetRow<"min" | "max">,
  data: Data,
  path: PlanPath,
  bound: "min" | "max",
): void {
  reader.locations.set([...path, bound], row.at(bound));
  const text = row.text(bound);
  if (text === "") return;
  try {
    const value = parseValue(text);
    data[bound] = typeof value === "number" ? value : text;
  } catch (error) {
    if (!isDomainError(error, "VALUE_UNREADABLE")) throw error;
    reader.issues.add(row.at(bound), error.message, [...path, bound]);
  }
}

function readBaseline(
  reader: SheetReader,
  row: SheetRow<"baseline">,
  data: Data,
  path: PlanPath,
): void {
  reader.locations.set([...path, "baseline"], row.at("baseline"));
  const text = row.text("baseline");
  if (text === "") return;
  const values: Record<string, number | boolean> = {};
  const parts = text
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
  for (const part of parts) {
    const match = /^(\d{4})\s*[:=]\s*(.+)$/.exec(part);
    if (!match?.[1] || !match[2]) {
      reader.issues.add(
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
      reader.issues.add(row.at("baseline"), error.message, [...path, "baseline"]);
      return;
    }
  }
  data.baseline = values;
}
