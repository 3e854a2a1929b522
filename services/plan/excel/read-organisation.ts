// Reads the workbook's sheets about the plan and its organisation: Plan (the plan's own fields),
// Perioder and Enheter (with their weights), each value's place remembered for its problems.
import { readWeights } from "./rollup-cells";
import { normalise, type Data, type SheetReader } from "./sheet-reader";
import { periodKindWords, planFields, sheets } from "./workbook-layout";

export function readPlanSheet(reader: SheetReader, data: Data): void {
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
        `Okänd uppgift ”${label}”. Bladet Plan har raderna ${known}.`,
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

export function readPeriods(reader: SheetReader): Data[] {
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

export interface Units {
  list: Data[];
  index: Map<string, number>;
}

export function readUnits(reader: SheetReader): Units {
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
