// What a summary reads of a period: which units have submitted, and their results. One range query
// of the report rows, whose copies of their results (report-snapshot.ts) are used where they are of
// the report's version; the units without one (rows from before the copy, a reopened report) are
// read from their result rows: a query per unit when they are few, the period's result rows once
// when they are many. A reporter role's results (HR …) are result rows with `role` set, which count
// from the role's own submit: they are read from the result rows whenever a role has submitted,
// never from a unit's copy (which may hold an older value of them).
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
  /** The reporter roles that have submitted (at least once), by role id. */
  submittedRoles: Set<string>;
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
  const [unitRows, roleRows] = await Promise.all([
    rangeRows(table, partition, "u|"),
    rangeRows(table, partition, "o|"),
  ]);
  for (const row of unitRows) {
    const report = rowToReport(row);
    if (report.version <= 0) continue;
    submitted.add(report.unitId);
    const copy = readSnapshot(row, planId, periodId, report.version);
    if (copy) results.push(...copy.filter((result) => !result.role));
    else without.push(report.unitId);
  }
  const submittedRoles = new Set(
    roleRows.map(rowToReport).flatMap((report) => (report.version > 0 ? [report.unitId] : [])),
  );
  const rolesSubmitted = submittedRoles.size > 0;
  if (rolesSubmitted || without.length > PER_UNIT_AT_MOST) {
    const missing = new Set(without);
    const rows = await rangeRows(table, partition, "r|");
    for (const result of rows.map(rowToResult)) {
      if (result.role ? rolesSubmitted : missing.has(result.unitId)) results.push(result);
    }
  } else if (without.length > 0) {
    const perUnit = await Promise.all(
      without.map((unitId) => rangeRows(table, partition, `r|${escapeKey(unitId)}|`)),
    );
    for (const rows of perUnit) {
      results.push(...rows.map(rowToResult).filter((result) => !result.role));
    }
  }
  return { submitted, submittedRoles, results };
}
