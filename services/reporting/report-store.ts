// Reports, results and their history in Table Storage (layout in report-rows.ts and
// docs/storage.md; drafts in draft-store.ts). A submit is one transaction per 49 changed answers in the period's partition,
// each guarded by the unit's report row and its ETag, so two writers can never both win and a
// result is never stored without its history row.
import { DomainError } from "../errors";
import { isStorageConflict } from "../storage/storage-errors";
import { escapeKey, unescapeKey, type TableStore } from "../storage/tables";
import { odata } from "../storage/odata";
import { rangeRows } from "./table-rows";
import { RecentReads } from "../shared-state/recent-reads";
import { snapshotFields } from "./report-snapshot";
import { historyAnswer, historyRow, writeSubmit, type ReportChange } from "./submit-transactions";
import type { DraftAnswer, HistoryEntry, Result, UnitReport } from "./report-model";
import {
  SUBMIT_MARKER,
  TABLES,
  historyKey,
  periodPartition,
  prefixRange,
  reportKey,
  reportToRow,
  rowToDraft,
  rowToReport,
  rowToHistory,
  rowToResult,
  type Row,
} from "./report-rows";

/** Changed answers per transaction: with the report row, the submit's history row, and a result
 * and a history row per change, 1 + 1 + 2 × 49 = 100, the most one transaction may hold. */
export interface UnitState {
  report: UnitReport | undefined;
  results: Map<string, Result>;
  drafts: Map<string, DraftAnswer>;
}

export type { ReportChange } from "./submit-transactions";

/** The report row, results and drafts of one unit: a point read and two range queries. */
export async function readUnitState(
  store: TableStore,
  planId: string,
  periodId: string,
  unitId: string,
): Promise<UnitState> {
  const partition = periodPartition(planId, periodId);
  const reports = store.table(TABLES.reports);
  const drafts = store.table(TABLES.drafts);
  const [reportRow, resultRows, draftRows] = await Promise.all([
    reports.get(partition, reportKey(unitId)),
    rangeRows(reports, partition, `r|${escapeKey(unitId)}|`),
    rangeRows(drafts, partition, `${escapeKey(unitId)}|`),
  ]);
  return {
    report: reportRow ? rowToReport(reportRow) : undefined,
    results: new Map(resultRows.map(rowToResult).map((result) => [result.itemId, result])),
    drafts: new Map(draftRows.map(rowToDraft).map((draft) => [draft.itemId, draft])),
  };
}

/** Every result of a plan's period, all units: one range query. */
export async function listResults(
  store: TableStore,
  planId: string,
  periodId: string,
): Promise<Result[]> {
  const rows = await rangeRows(
    await store.table(TABLES.reports),
    periodPartition(planId, periodId),
    "r|",
  );
  return rows.map(rowToResult);
}

/** One unit's results of a period: one range query. */
export async function listUnitResults(
  store: TableStore,
  planId: string,
  periodId: string,
  unitId: string,
): Promise<Result[]> {
  const rows = await rangeRows(
    await store.table(TABLES.reports),
    periodPartition(planId, periodId),
    `r|${escapeKey(unitId)}|`,
  );
  return rows.map(rowToResult);
}

/** The report row of every unit that has one in a plan's period: one range query. */
export async function listReports(
  store: TableStore,
  planId: string,
  periodId: string,
): Promise<UnitReport[]> {
  // Only the report's own columns: the row also carries a copy of the unit's results for summaries
  // (report-snapshot.ts), which this caller does not need.
  const { from, to } = prefixRange("u|");
  const reports: UnitReport[] = [];
  for await (const row of store.table(TABLES.reports).query({
    filter: odata`PartitionKey eq ${periodPartition(planId, periodId)} and RowKey ge ${from} and RowKey lt ${to}`,
    select: REPORT_COLUMNS,
  })) {
    reports.push(rowToReport(row));
  }
  return reports;
}

const REPORT_COLUMNS = [
  "PartitionKey",
  "RowKey",
  "unitId",
  "version",
  "submittedAt",
  "submittedBy",
  "submittedByName",
  "reopenedUntil",
  "reopenedBy",
];

/** Ids of the units that have submitted for a plan's period (at least once). */
export async function submittedUnits(
  store: TableStore,
  planId: string,
  periodId: string,
): Promise<Set<string>> {
  const reports = await listReports(store, planId, periodId);
  return new Set(reports.filter((report) => report.version > 0).map((report) => report.unitId));
}

const reportedByPlan = new RecentReads<ReadonlyMap<string, ReadonlySet<string>>>();

/**
 * Ids of the units that have submitted (at least once), for every period of a plan. Turns that ask
 * at about the same time share one read (shared-state/recent-reads.ts: a submit here is seen at
 * once, one on another instance within 250 ms).
 */
export function submittedUnitsByPeriod(
  store: TableStore,
  planId: string,
): Promise<ReadonlyMap<string, ReadonlySet<string>>> {
  return reportedByPlan.get(store, planId, () => readSubmittedUnitsByPeriod(store, planId));
}

/** This instance wrote a report row of the plan: what was read of them is read again. */
function reportsChanged(store: TableStore, planId: string): void {
  reportedByPlan.forget(store, planId);
}

/**
 * One range query over the plan's period partitions, the report rows' keys and version only.
 * (Table Storage may end a page at a partition boundary, so against Azure this can take a page
 * per period; Azurite answers it in one.)
 */
async function readSubmittedUnitsByPeriod(
  store: TableStore,
  planId: string,
): Promise<Map<string, Set<string>>> {
  const plan = prefixRange(`${escapeKey(planId)}|`);
  const report = prefixRange("u|");
  const byPeriod = new Map<string, Set<string>>();
  for await (const row of store.table(TABLES.reports).query({
    filter: odata`PartitionKey ge ${plan.from} and PartitionKey lt ${plan.to} and RowKey ge ${report.from} and RowKey lt ${report.to}`,
    select: ["PartitionKey", "RowKey", "unitId", "version"],
  })) {
    // The same test as submittedUnits (version > 0), without parsing the whole report row.
    if (typeof row.version !== "number" || row.version <= 0 || typeof row.unitId !== "string") {
      continue;
    }
    const periodId = unescapeKey(row.partitionKey.slice(plan.from.length));
    let units = byPeriod.get(periodId);
    if (!units) byPeriod.set(periodId, (units = new Set()));
    units.add(row.unitId);
  }
  return byPeriod;
}

/** A unit's history for a period, oldest version first: one range query. */
export async function reportHistory(
  store: TableStore,
  planId: string,
  periodId: string,
  unitId: string,
): Promise<HistoryEntry[]> {
  const rows = await rangeRows(
    await store.table(TABLES.reports),
    periodPartition(planId, periodId),
    `h|${escapeKey(unitId)}|`,
  );
  return rows.map(rowToHistory);
}

/**
 * Writes a submit: the report row `next` (ETag-checked against `current`), the changed results,
 * and a history row for each change and for the submit. Returns the report with its new ETag.
 * CONFLICT when someone else wrote the report since `current` was read.
 */
export async function commitReport(
  store: TableStore,
  input: {
    planId: string;
    periodId: string;
    current: UnitReport | undefined;
    next: UnitReport;
    changes: ReportChange[];
    /**
     * The unit's results as read before this submit: given, the report row carries a copy of every
     * result after it (report-snapshot.ts), which summaries read instead of the result rows.
     */
    stored?: ReadonlyMap<string, Result>;
  },
): Promise<UnitReport> {
  const table = store.table(TABLES.reports);
  const partition = periodPartition(input.planId, input.periodId);
  const { next } = input;
  const reportRow = reportToRow(partition, next);
  if (input.stored) {
    const after = new Map(input.stored);
    for (const { after: result } of input.changes) after.set(result.itemId, result);
    Object.assign(reportRow, snapshotFields(after.values(), next.version));
  }
  const history = (itemId: string, before: unknown, after: unknown): Row =>
    historyRow(
      partition,
      next,
      { rowKey: historyKey(next.unitId, next.version, itemId), unitId: next.unitId, itemId },
      before,
      after,
    );
  // Forgotten also when the write fails: a transaction that timed out may still have been made.
  const etag = await writeSubmit(table, {
    partition,
    reportRow,
    etag: input.current?.etag,
    submitHistory: history(
      SUBMIT_MARKER,
      { version: input.current?.version ?? 0 },
      { version: next.version, changed: input.changes.map((change) => change.after.itemId) },
    ),
    changes: input.changes,
    changeHistory: ({ before, after }) =>
      history(after.itemId, historyAnswer(before), historyAnswer(after)),
    conflict: staleReport,
  }).finally(() => reportsChanged(store, input.planId));
  return { ...next, etag };
}

/** Writes the report row alone (a reopen), guarded by its ETag. CONFLICT when it changed. */
export async function writeReport(
  store: TableStore,
  planId: string,
  periodId: string,
  current: UnitReport | undefined,
  next: UnitReport,
): Promise<void> {
  const table = store.table(TABLES.reports);
  const row = reportToRow(periodPartition(planId, periodId), next);
  try {
    if (current?.etag) await table.update(row, "Replace", current.etag);
    else if (!(await table.create(row))) throw staleReport();
  } catch (error) {
    if (isStorageConflict(error, "changed")) throw staleReport();
    throw error;
  } finally {
    reportsChanged(store, planId);
  }
}

function staleReport(): DomainError {
  return new DomainError(
    "CONFLICT",
    "Någon annan skickade in rapporten samtidigt. Titta på de senaste värdena och försök igen.",
  );
}
