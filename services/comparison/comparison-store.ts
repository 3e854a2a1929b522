// Stored comparison values in table ComparisonValues (PK <plan>, RK
// <indicator>|<unit or *>|<year>|<period>|<origin>): last year's results carried at import, Kolada
// figures with the date read, and values admins enter in chat. One row per source, so a later
// Kolada reading never overwrites what an admin entered. Rows are parsed, not trusted.
import { z } from "zod";
import { escapeKey, type BatchAction, type Row, type TableStore } from "../storage/tables";
import type { ComparisonValue } from "./comparison-value";

export const COMPARISON_TABLE = "ComparisonValues";

const originSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("plan") }),
  z.object({ kind: z.literal("lastYear"), planId: z.string(), periodId: z.string() }),
  z.object({ kind: z.literal("kolada"), kpi: z.string(), readAt: z.string() }),
  z.object({ kind: z.literal("admin"), by: z.string(), at: z.string() }),
]);

const rowSchema = z.object({
  indicatorId: z.string(),
  unitId: z.string().optional(),
  year: z.number().int(),
  period: z.string(),
  number: z.number().optional(),
  yes: z.boolean().optional(),
  label: z.string(),
  origin: z.string(),
});

function rowKey(value: ComparisonValue): string {
  return [
    escapeKey(value.indicatorId),
    escapeKey(value.unitId ?? "*"),
    value.year,
    value.period,
    value.origin.kind,
  ].join("|");
}

function toRow(planId: string, value: ComparisonValue): Row {
  return {
    partitionKey: escapeKey(planId),
    rowKey: rowKey(value),
    indicatorId: value.indicatorId,
    // The service takes no undefined properties: the organisation's value has no unitId at all.
    ...(value.unitId === undefined ? {} : { unitId: value.unitId }),
    year: value.year,
    period: value.period,
    ...(typeof value.value === "number" ? { number: value.value } : { yes: value.value }),
    label: value.label,
    origin: JSON.stringify(value.origin),
  };
}

function fromRow(row: Record<string, unknown>): ComparisonValue | undefined {
  const parsed = rowSchema.safeParse(row);
  if (!parsed.success) return undefined;
  const origin = originSchema.safeParse(safeJson(parsed.data.origin));
  const value = parsed.data.number ?? parsed.data.yes;
  if (!origin.success || value === undefined) return undefined;
  const { indicatorId, unitId, year, period, label } = parsed.data;
  return { indicatorId, unitId, year, period, value, label, origin: origin.data };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined; // a damaged row is skipped like any other that does not parse
  }
}

/** Upserts values, a transaction per 100 rows. */
export async function saveComparisons(
  store: TableStore,
  planId: string,
  values: readonly ComparisonValue[],
): Promise<void> {
  const table = store.table(COMPARISON_TABLE);
  for (let i = 0; i < values.length; i += 100) {
    await table.batch(
      values
        .slice(i, i + 100)
        .map((value): BatchAction => ["upsert", toRow(planId, value), "Replace"]),
    );
  }
}

/** Every stored value of a plan (one partition). */
export async function listComparisons(
  store: TableStore,
  planId: string,
): Promise<ComparisonValue[]> {
  const rows = await store.table(COMPARISON_TABLE).partition(escapeKey(planId));
  return rows.map(fromRow).filter((value): value is ComparisonValue => value !== undefined);
}

/** The stored value with the same indicator, unit, year, period and source, if any. */
export async function readComparison(
  store: TableStore,
  planId: string,
  key: ComparisonValue,
): Promise<ComparisonValue | undefined> {
  const row = await store.table(COMPARISON_TABLE).get(escapeKey(planId), rowKey(key));
  return row ? fromRow(row) : undefined;
}
