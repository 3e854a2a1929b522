// What a summary reads of a period: which units have submitted, and their results. One range query
// of the report rows, whose copies of their results (report-snapshot.ts) are used where they are of
// the report's version; the units without one (rows from before the copy, a reopened report) are
// read from their result rows: a query per unit when they are few, the period's result rows once
// when they are many.
import type { TableStore } from "../storage/tables";
import type { Result } from "./report-model";
import { periodPartition, rowToReport, rowToResult, TABLES } from "./report-rows";
import { readSnapshot } from "./report-snapshot";
import { rangeRows } from "./table-rows";
import { escapeKey } from "../storage/tables";

/** More units than this without a copy: read the period's result rows in one query instead. */
const PER_UNIT_AT_MOST = 8;

export interface SubmittedResults {
  /** The units that have submitted (at least once). */
  submitted: Set<string>;
  /** The current results of those units. */
  results: Result[];
}

export async function submittedResults(
  store: TableStore,
  planId: string,
  periodId: string,
): Promise<SubmittedResults> {
  const table = store.table(TABLES.reports);
  const partition = periodPartition(planId, periodId);
  const submitted = new Set<string>();
  const results: Result[] = [];
  const without: string[] = [];
  for (const row of await rangeRows(table, partition, "u|")) {
    const report = rowToReport(row);
    if (report.version <= 0) continue;
    submitted.add(report.unitId);
    const copy = readSnapshot(row, planId, periodId, report.version);
    if (copy) results.push(...copy);
    else without.push(report.unitId);
  }
  if (without.length > PER_UNIT_AT_MOST) {
    const missing = new Set(without);
    const rows = await rangeRows(table, partition, "r|");
    for (const result of rows.map(rowToResult)) {
      if (missing.has(result.unitId)) results.push(result);
    }
  } else if (without.length > 0) {
    const perUnit = await Promise.all(
      without.map((unitId) => rangeRows(table, partition, `r|${escapeKey(unitId)}|`)),
    );
    for (const rows of perUnit) results.push(...rows.map(rowToResult));
  }
  return { submitted, results };
}
