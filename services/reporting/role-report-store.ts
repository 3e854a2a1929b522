// A reporter role's report for a period in Table Storage, beside the units' reports in the same
// partition, so one transaction can hold the role's report row (the ETag guard) and the results it
// writes for many units. The results are ordinary results (`r|<unit>|<item>`, marked with the role),
// so the summary, the export and earlier results read them as they read the units'.
//
//   Reports       PK <plan>|<period>   RK o|<role>                          the role's report: version, who, when
//                                      RK g|<role>|<version>|<unit>|<item>  history: before and after of a change
//                                      RK g|<role>|<version>|~submit        history: the submit itself
//   ReportDrafts  PK <plan>|<period>   RK |o|<role>|<unit>|<item>           one draft answer (a leading `|`
//                                                                           is never a unit's escaped id)
import { DomainError } from "../errors";
import { isStorageConflict } from "../storage/storage-errors";
import { escapeKey, type BatchAction, type TableStore } from "../storage/tables";
import type { DraftAnswer, UnitReport } from "./report-model";
import {
  SUBMIT_MARKER,
  TABLES,
  draftToRow,
  periodPartition,
  rowToDraft,
  rowToReport,
  rowToResult,
  withoutUndefined,
  type Row,
} from "./report-rows";
import type { UnitState } from "./report-store";
import { historyAnswer, historyRow, writeSubmit, type ReportChange } from "./submit-transactions";
import { rangeRows } from "./table-rows";

export const roleReportKey = (roleId: string) => `o|${escapeKey(roleId)}`;
const roleDraftPrefix = (roleId: string) => `|o|${escapeKey(roleId)}|`;
const roleHistoryKey = (roleId: string, version: number, unitId: string, itemId: string) =>
  `g|${escapeKey(roleId)}|${String(version).padStart(6, "0")}|${
    itemId === SUBMIT_MARKER ? itemId : `${escapeKey(unitId)}|${escapeKey(itemId)}`
  }`;

export interface RoleState {
  /** The role's report row; its `unitId` holds the role's id. */
  report: UnitReport | undefined;
  /** Per unit: the role's report, the unit's results of the role's items, the role's drafts. */
  units: Map<string, UnitState>;
}

/** The role's report row, the results of its items for its units, its drafts: three reads. */
export async function readRoleState(
  store: TableStore,
  input: { planId: string; periodId: string; roleId: string; cells: Map<string, Set<string>> },
): Promise<RoleState> {
  const partition = periodPartition(input.planId, input.periodId);
  const reports = store.table(TABLES.reports);
  const [reportRow, resultRows, draftRows] = await Promise.all([
    reports.get(partition, roleReportKey(input.roleId)),
    rangeRows(reports, partition, "r|"),
    rangeRows(store.table(TABLES.drafts), partition, roleDraftPrefix(input.roleId)),
  ]);
  const report = reportRow ? rowToReport(reportRow) : undefined;
  const units = new Map<string, UnitState>();
  for (const unitId of input.cells.keys()) {
    units.set(unitId, { report, results: new Map(), drafts: new Map() });
  }
  const wanted = (unitId: string, itemId: string) => input.cells.get(unitId)?.has(itemId) === true;
  for (const result of resultRows.map(rowToResult)) {
    if (wanted(result.unitId, result.itemId))
      units.get(result.unitId)?.results.set(result.itemId, result);
  }
  for (const row of draftRows) {
    const unitId = String(row.unitId);
    const draft = rowToDraft(row);
    if (wanted(unitId, draft.itemId)) units.get(unitId)?.drafts.set(draft.itemId, draft);
  }
  return { report, units };
}

/** Ids of the roles that have submitted for a plan's period (at least once): one range query. */
export async function submittedRoles(
  store: TableStore,
  planId: string,
  periodId: string,
): Promise<Set<string>> {
  const rows = await rangeRows(
    store.table(TABLES.reports),
    periodPartition(planId, periodId),
    "o|",
  );
  return new Set(
    rows
      .map(rowToReport)
      .filter((r) => r.version > 0)
      .map((r) => r.unitId),
  );
}

/** Upserts the role's draft answers for its units, a transaction per 100. */
export async function saveRoleDrafts(
  store: TableStore,
  input: { planId: string; periodId: string; roleId: string },
  drafts: { unitId: string; draft: DraftAnswer }[],
): Promise<void> {
  const table = store.table(TABLES.drafts);
  const partition = periodPartition(input.planId, input.periodId);
  const rows = drafts.map(({ unitId, draft }): BatchAction => {
    const row = draftToRow(partition, unitId, draft);
    const rowKey = `${roleDraftPrefix(input.roleId)}${escapeKey(unitId)}|${escapeKey(draft.itemId)}`;
    return ["upsert", { ...row, rowKey, unitId }, "Replace"];
  });
  for (let i = 0; i < rows.length; i += 100) await table.batch(rows.slice(i, i + 100));
}

/** Deletes the role's drafts made before `version` (out of date after a submit). */
export async function deleteRoleDrafts(
  store: TableStore,
  input: { planId: string; periodId: string; roleId: string },
  version: number,
): Promise<void> {
  const table = store.table(TABLES.drafts);
  const partition = periodPartition(input.planId, input.periodId);
  const rows = await rangeRows(table, partition, roleDraftPrefix(input.roleId));
  for (const row of rows.filter((r) => rowToDraft(r).baseVersion < version)) {
    try {
      await table.delete(partition, row.rowKey, row.etag);
    } catch (error) {
      if (!isStorageConflict(error, "changed")) throw error;
    }
  }
}

/**
 * Writes a role's submit: its report row (ETag-checked against `current`), the changed results of
 * its units, and a history row per change and for the submit. CONFLICT when someone else of the
 * role submitted since `current` was read.
 */
export async function commitRoleReport(
  store: TableStore,
  input: {
    planId: string;
    periodId: string;
    roleId: string;
    current: UnitReport | undefined;
    next: UnitReport;
    changes: ReportChange[];
  },
): Promise<UnitReport> {
  const table = store.table(TABLES.reports);
  const partition = periodPartition(input.planId, input.periodId);
  const { next, roleId } = input;
  const { etag: _etag, ...fields } = next;
  const reportRow: Row = {
    partitionKey: partition,
    rowKey: roleReportKey(roleId),
    ...withoutUndefined(fields),
  };
  const history = (unitId: string, itemId: string, before: unknown, after: unknown): Row =>
    historyRow(
      partition,
      next,
      {
        rowKey: roleHistoryKey(roleId, next.version, unitId, itemId),
        unitId,
        itemId,
        role: roleId,
      },
      before,
      after,
    );
  const etag = await writeSubmit(table, {
    partition,
    reportRow,
    etag: input.current?.etag,
    submitHistory: history(
      "",
      SUBMIT_MARKER,
      { version: input.current?.version ?? 0 },
      {
        version: next.version,
        changed: input.changes.map(({ after }) => `${after.unitId}/${after.itemId}`),
      },
    ),
    changes: input.changes,
    changeHistory: ({ before, after }) =>
      history(after.unitId, after.itemId, historyAnswer(before), historyAnswer(after)),
    conflict: () =>
      new DomainError(
        "CONFLICT",
        "Någon annan i rollen skickade in samtidigt. Titta på de senaste värdena och försök igen.",
      ),
  });
  return { ...next, etag };
}
