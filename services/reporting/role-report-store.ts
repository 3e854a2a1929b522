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
import type { DraftAnswer, Result, UnitReport } from "./report-model";
import {
  SUBMIT_MARKER,
  TABLES,
  draftToRow,
  periodPartition,
  resultToRow,
  rowToDraft,
  rowToReport,
  rowToResult,
  withoutUndefined,
  type Row,
} from "./report-rows";
import type { ReportChange, UnitState } from "./report-store";
import { rangeRows } from "./table-rows";

const CHANGES_PER_TRANSACTION = 49;

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
  const history = (unitId: string, itemId: string, before: unknown, after: unknown): Row => ({
    partitionKey: partition,
    rowKey: roleHistoryKey(roleId, next.version, unitId, itemId),
    role: roleId,
    unitId,
    itemId,
    version: next.version,
    action: itemId === SUBMIT_MARKER ? "report.submit" : "result.change",
    by: next.submittedBy ?? "",
    at: next.submittedAt ?? "",
    before: JSON.stringify(before ?? null),
    after: JSON.stringify(after ?? null),
  });
  const chunks: ReportChange[][] = [];
  for (let i = 0; i < input.changes.length; i += CHANGES_PER_TRANSACTION) {
    chunks.push(input.changes.slice(i, i + CHANGES_PER_TRANSACTION));
  }
  if (chunks.length === 0) chunks.push([]);
  let etag = input.current?.etag;
  for (const [index, chunk] of chunks.entries()) {
    const actions: BatchAction[] = [
      etag ? ["update", reportRow, "Replace", { etag }] : ["create", reportRow],
    ];
    if (index === 0) {
      actions.push([
        "create",
        history(
          "",
          SUBMIT_MARKER,
          { version: input.current?.version ?? 0 },
          {
            version: next.version,
            changed: input.changes.map(({ after }) => `${after.unitId}/${after.itemId}`),
          },
        ),
      ]);
    }
    for (const change of chunk) {
      actions.push(["upsert", resultToRow(partition, change.after), "Replace"]);
      actions.push([
        "create",
        history(
          change.after.unitId,
          change.after.itemId,
          brief(change.before),
          brief(change.after),
        ),
      ]);
    }
    try {
      etag = (await table.batch(actions))[0];
    } catch (error) {
      if (isStorageConflict(error, "changed", "exists")) {
        throw new DomainError(
          "CONFLICT",
          "Någon annan i rollen skickade in samtidigt. Titta på de senaste värdena och försök igen.",
        );
      }
      throw error;
    }
  }
  return { ...next, etag };
}

function brief(result: Result | undefined): Record<string, unknown> | null {
  if (!result) return null;
  return {
    value: result.value,
    status: result.status,
    activityState: result.activityState,
    comment: result.comment,
    text: result.text,
  };
}
