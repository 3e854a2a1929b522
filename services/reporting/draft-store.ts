// Draft answers in table ReportDrafts (PK <plan>|<period>, RK <unit>|<item>): kept apart from
// submitted results, shared by a unit's reporters, last writer wins per item.
import type { TransactionAction } from "@azure/data-tables";
import { escapeKey, type TableStore } from "../storage/tables";
import type { DraftAnswer } from "./report-model";
import { TABLES, draftToRow, periodPartition } from "./report-rows";
import { rangeRows } from "./table-rows";

/** Upserts draft answers of one unit, a transaction per 100. Last writer wins per item. */
export async function saveDrafts(
  store: TableStore,
  planId: string,
  periodId: string,
  unitId: string,
  drafts: DraftAnswer[],
): Promise<void> {
  const table = await store.table(TABLES.drafts);
  const partition = periodPartition(planId, periodId);
  for (let i = 0; i < drafts.length; i += 100) {
    await table.submitTransaction(
      drafts
        .slice(i, i + 100)
        .map((draft): TransactionAction => [
          "upsert",
          draftToRow(partition, unitId, draft),
          "Replace",
        ]),
    );
  }
}

/** Deletes a unit's drafts (after a submit they are out of date). */
export async function deleteDrafts(
  store: TableStore,
  planId: string,
  periodId: string,
  unitId: string,
): Promise<void> {
  const table = await store.table(TABLES.drafts);
  const partition = periodPartition(planId, periodId);
  const rows = await rangeRows(table, partition, `${escapeKey(unitId)}|`);
  for (let i = 0; i < rows.length; i += 100) {
    await table.submitTransaction(
      rows
        .slice(i, i + 100)
        .map((row): TransactionAction => [
          "delete",
          { partitionKey: partition, rowKey: String(row.rowKey) },
        ]),
    );
  }
}
