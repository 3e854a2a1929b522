// Plans in Azure Table Storage: save a whole plan (only the rows that changed), load it, list the
// plans, and the two questions the rest of the product asks most: what does this unit report, and
// which units does this person report for. Table layout: docs/storage.md, section "Plans".
//
// Tables, each partitioned by plan id (escaped):
//   Plans       PK "plan"    RK <plan id>             outline: periods, goals, admins, summary, import stamp
//   PlanItems   PK <plan id> RK <item id>             one indicator, activity or question (JSON)
//   PlanUnits   PK <plan id> RK <unit id>             one unit with its reporters and owners (JSON)
//   PlanPeople  PK <plan id> RK <UPN, lower case>     name, admin, units reported for / owned
import { DomainError } from "../errors";
import type { Table, TableStore } from "../storage/tables";
import type { Plan, Unit } from "./plan-schema";
import type { PlanItem } from "./plan-items";
import { planSummarySchema, type PlanSummary } from "./plan-summary";
import { readJsonProperties } from "./store/json-properties";
import {
  PLANS_PARTITION,
  TABLES,
  personKey,
  planPartition,
  planToRows,
  rowToItem,
  rowToUnit,
  rowsToPlan,
  inOrder,
  readOrder,
  type ImportStamp,
  type Row,
} from "./store/plan-rows";
import { escapeKey } from "../storage/tables";
import { isStorageConflict } from "../storage/storage-errors";
import { submitInBatches, type RowAction } from "./store/table-batches";
import { bumpSharedVersion } from "../shared-state/shared-version";
import { cachedPlan, cachedPlanList } from "./plan-cache";

type Entity = Record<string, unknown>;

export interface PlanListing {
  planId: string;
  name: string;
  organisation: string;
  year: number;
  importedAt: string;
  importedBy: string;
  summary: PlanSummary | undefined;
}

/** What is stored of a plan now: read before an import, to save only what changed. */
export interface StoredPlan {
  plan: Plan | undefined;
  etag: string | undefined;
  rows: { items: Entity[]; units: Entity[]; people: Entity[] };
}

export async function readStoredPlan(store: TableStore, planId: string): Promise<StoredPlan> {
  const header = await store.table(TABLES.plans).get(PLANS_PARTITION, escapeKey(planId));
  const partition = planPartition(planId);
  const [items, units, people] = await Promise.all(
    [TABLES.items, TABLES.units, TABLES.people].map((name) =>
      store.table(name).partition(partition),
    ),
  );
  const rows = { items: items ?? [], units: units ?? [], people: people ?? [] };
  if (!header) return { plan: undefined, etag: undefined, rows };
  return {
    plan: rowsToPlan(header, rows.items, rows.units, rows.people),
    etag: typeof header.etag === "string" ? header.etag : undefined,
    rows,
  };
}

/** The plan as stored, from this instance's memory while no instance has changed shared data. */
export async function loadPlan(store: TableStore, planId: string): Promise<Plan | undefined> {
  return cachedPlan(store, planId, async () => (await readStoredPlan(store, planId)).plan);
}

/** Like loadPlan, for callers that cannot go on without the plan: NOT_FOUND when it is missing. */
export async function requirePlan(store: TableStore, planId: string): Promise<Plan> {
  const plan = await loadPlan(store, planId);
  if (!plan) throw new DomainError("NOT_FOUND", `Det finns ingen plan med id ${planId}.`);
  return plan;
}

export function listPlans(store: TableStore): Promise<PlanListing[]> {
  return cachedPlanList(store, () => readPlanList(store));
}

async function readPlanList(store: TableStore): Promise<PlanListing[]> {
  const rows = await store.table(TABLES.plans).partition(PLANS_PARTITION);
  return rows
    .map((row) => ({
      planId: String(row.planId),
      name: String(row.name),
      organisation: String(row.organisation),
      year: Number(row.year),
      importedAt: String(row.importedAt),
      importedBy: String(row.importedBy),
      summary: summaryOf(row),
    }))
    .sort((a, b) => b.year - a.year || a.name.localeCompare(b.name, "sv"));
}

/** The items a unit reports, in plan order: one partition query, and two point reads beside it. */
export async function itemsForUnit(
  store: TableStore,
  planId: string,
  unitId: string,
): Promise<PlanItem[]> {
  const partition = planPartition(planId);
  const [header, unit, rows] = await Promise.all([
    store.table(TABLES.plans).get(PLANS_PARTITION, escapeKey(planId)),
    store.table(TABLES.units).get(partition, escapeKey(unitId)),
    store.table(TABLES.items).partition(partition),
  ]);
  if (!header) throw new DomainError("NOT_FOUND", `Det finns ingen plan med id ${planId}.`);
  if (!unit) throw new DomainError("NOT_FOUND", `Enheten ${unitId} finns inte i planen ${planId}.`);
  const leaf = unit.leaf === true;
  return inOrder(rows, readOrder(header).items, (row) => String(row.itemId))
    .map(rowToItem)
    .filter((item): item is PlanItem => item !== undefined)
    .filter((item) => (item.reportingUnits ? item.reportingUnits.includes(unitId) : leaf));
}

/** The units a person reports for, by UPN or e-mail in any case; [] when they report for none. */
export async function unitsForReporter(
  store: TableStore,
  planId: string,
  upnOrEmail: string,
): Promise<Unit[]> {
  const partition = planPartition(planId);
  const person = await store.table(TABLES.people).get(partition, personKey(upnOrEmail));
  if (!person) return [];
  const ids = readJsonProperties(person, "reporterFor");
  if (!Array.isArray(ids) || ids.length === 0) return [];
  const units = store.table(TABLES.units);
  const rows = await Promise.all(ids.map((id) => units.get(partition, escapeKey(String(id)))));
  return rows.filter((row) => row !== undefined).map(rowToUnit);
}

/**
 * Saves the plan over what is stored (`stored`, read just before): writes the rows that changed,
 * the plan's header row last, then deletes rows of items, units and people no longer in the plan.
 * Results are kept in other tables under plan, period, unit and item ids, and are never touched.
 * CONFLICT when someone else saved the plan since `stored` was read.
 */
export async function savePlan(
  store: TableStore,
  plan: Plan,
  stamp: ImportStamp,
  stored?: StoredPlan,
): Promise<void> {
  const before = stored ?? (await readStoredPlan(store, plan.id));
  const rows = planToRows(plan, stamp);
  const tables = [
    [TABLES.items, rows.items, before.rows.items],
    [TABLES.units, rows.units, before.rows.units],
    [TABLES.people, rows.people, before.rows.people],
  ] as const;
  for (const [name, next, previous] of tables) {
    const old = new Map(previous.map((row) => [String(row.rowKey), row]));
    const changed = next.filter((row) => !sameRow(row, old.get(row.rowKey)));
    await submitInBatches(
      store.table(name),
      changed.map((row): RowAction => ["upsert", row]),
    );
  }
  await writeHeader(store.table(TABLES.plans), rows.header, before.etag);
  for (const [name, next, previous] of tables) {
    const kept = new Set(next.map((row) => row.rowKey));
    const gone = previous.filter((row) => !kept.has(String(row.rowKey)));
    await submitInBatches(
      store.table(name),
      gone.map((row): RowAction => [
        "delete",
        { partitionKey: String(row.partitionKey), rowKey: String(row.rowKey) },
      ]),
    );
  }
  await bumpSharedVersion(store);
}

async function writeHeader(table: Table, header: Row, etag: string | undefined): Promise<void> {
  const written = etag ? await updated(table, header, etag) : await table.create(header);
  if (!written) {
    throw new DomainError(
      "CONFLICT",
      `Planen ${String(header.planId)} sparades av någon annan under tiden. Läs in filen igen.`,
    );
  }
}

async function updated(table: Table, header: Row, etag: string): Promise<boolean> {
  try {
    await table.update(header, "Replace", etag);
    return true;
  } catch (error) {
    if (isStorageConflict(error, "changed")) return false;
    throw error;
  }
}

const SERVICE_PROPERTIES = new Set([
  "partitionKey",
  "rowKey",
  "etag",
  "timestamp",
  "odata.etag",
  "odata.metadata",
]);

function sameRow(next: Row, previous: Entity | undefined): boolean {
  if (!previous) return false;
  const keys = Object.keys(next).filter(
    (key) => !SERVICE_PROPERTIES.has(key) && next[key] !== undefined,
  );
  const oldKeys = Object.keys(previous).filter(
    (key) => !SERVICE_PROPERTIES.has(key) && previous[key] !== undefined,
  );
  return keys.length === oldKeys.length && keys.every((key) => previous[key] === next[key]);
}

function summaryOf(row: Entity): PlanSummary | undefined {
  const summary = planSummarySchema.safeParse(readJsonProperties(row, "summary"));
  return summary.success ? summary.data : undefined;
}
