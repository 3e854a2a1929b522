// Draft answers in table ReportDrafts (PK <plan>|<period>, RK <unit>|<item>): kept apart from
// submitted results, shared by a unit's reporters, last writer wins per item.
import { isStorageConflict } from "../storage/storage-errors";
import { escapeKey, type BatchAction, type TableStore } from "../storage/tables";
import type { DraftAnswer } from "./report-model";
import { TABLES, draftToRow, periodPartition, rowToDraft } from "./report-rows";
import { rangeRows } from "./table-rows";

/** Upserts draft answers of one unit, a transaction per 100. Last writer wins per item. */
export async function saveDrafts(
  store: TableStore,
  planId: string,
  periodId: string,
  unitId: string,
  drafts: DraftAnswer[],
): Promise<void> {
  const table = store.table(TABLES.drafts);
  const partition = periodPartition(planId, periodId);
  for (let i = 0; i < drafts.length; i += 100) {
    await table.batch(
      drafts
        .slice(i, i + 100)
        .map((draft): BatchAction => ["upsert", draftToRow(partition, unitId, draft), "Replace"]),
    );
  }
}

const PARALLEL_DELETES = 8;

/**
 * Deletes a unit's drafts made before `version` (after a submit they are out of date). A draft
 * saved on the new version meanwhile is kept. Each delete is ETag-guarded, so a draft saved again
 * between the read and the delete stays too.
 */
export async function deleteDrafts(
  store: TableStore,
  planId: string,
  periodId: string,
  unitId: string,
  version: number,
): Promise<void> {
  const table = store.table(TABLES.drafts);
  const partition = periodPartition(planId, periodId);
  const rows = await rangeRows(table, partition, `${escapeKey(unitId)}|`);
  const old = rows.filter((row) => rowToDraft(row).baseVersion < version);
  for (let i = 0; i < old.length; i += PARALLEL_DELETES) {
    await Promise.all(
      old.slice(i, i + PARALLEL_DELETES).map(async (row) => {
        try {
          await table.delete(partition, row.rowKey, row.etag);
        } catch (error) {
          // Saved again since it was read: leave it (one already gone is no error either).
          if (!isStorageConflict(error, "changed")) throw error;
        }
      }),
    );
  }
}
