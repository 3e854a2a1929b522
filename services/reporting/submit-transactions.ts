// A submit as Table Storage transactions, the same for a unit's report (report-store.ts) and a
// role's (role-report-store.ts): every transaction holds the report row, so its ETag guards them
// all; the first also holds the submit's own history row; each changed result comes with a history
// row of its before and after. At most 49 changes a transaction (a transaction holds 100 actions).
import type { DomainError } from "../errors";
import { isStorageConflict } from "../storage/storage-errors";
import type { BatchAction, Row, Table } from "../storage/tables";
import type { Result, UnitReport } from "./report-model";
import { SUBMIT_MARKER, resultToRow } from "./report-rows";

const CHANGES_PER_TRANSACTION = 49;

export interface ReportChange {
  before: Result | undefined;
  after: Result;
}

/** A history row of the submit `report`: one changed item, or the submit itself (SUBMIT_MARKER). */
export function historyRow(
  partition: string,
  report: UnitReport,
  facts: { rowKey: string; unitId: string; itemId: string; role?: string },
  before: unknown,
  after: unknown,
): Row {
  return {
    partitionKey: partition,
    rowKey: facts.rowKey,
    ...(facts.role !== undefined && { role: facts.role }),
    unitId: facts.unitId,
    itemId: facts.itemId,
    version: report.version,
    action: facts.itemId === SUBMIT_MARKER ? "report.submit" : "result.change",
    by: report.submittedBy ?? "",
    at: report.submittedAt ?? "",
    before: JSON.stringify(before ?? null),
    after: JSON.stringify(after ?? null),
  };
}

/** What a history row keeps of a result: the answer and its judgement, not who or when. */
export function historyAnswer(result: Result | undefined): Record<string, unknown> | null {
  if (!result) return null;
  return {
    value: result.value,
    status: result.status,
    activityState: result.activityState,
    ...(result.parts && { parts: result.parts }),
    ...(result.milestoneStates && { milestoneStates: result.milestoneStates }),
    comment: result.comment,
    text: result.text,
  };
}

/**
 * Writes the submit; returns the report row's new ETag. Throws `conflict()` when the report row
 * changed (or appeared) since `etag` was read.
 */
export async function writeSubmit(
  table: Table,
  input: {
    partition: string;
    reportRow: Row;
    etag: string | undefined;
    submitHistory: Row;
    changes: ReportChange[];
    changeHistory: (change: ReportChange) => Row;
    conflict: () => DomainError;
  },
): Promise<string | undefined> {
  let etag = input.etag;
  for (const [index, chunk] of chunksOf(input.changes).entries()) {
    const actions: BatchAction[] = [
      etag ? ["update", input.reportRow, "Replace", { etag }] : ["create", input.reportRow],
    ];
    if (index === 0) actions.push(["create", input.submitHistory]);
    for (const change of chunk) {
      actions.push(["upsert", resultToRow(input.partition, change.after), "Replace"]);
      actions.push(["create", input.changeHistory(change)]);
    }
    try {
      etag = (await table.batch(actions))[0];
    } catch (error) {
      if (isStorageConflict(error, "changed", "exists")) throw input.conflict();
      throw error;
    }
  }
  return etag;
}

/** The changes a transaction at a time; one empty chunk when nothing changed (the submit alone). */
function chunksOf(changes: ReportChange[]): ReportChange[][] {
  const chunks: ReportChange[][] = [];
  for (let i = 0; i < changes.length; i += CHANGES_PER_TRANSACTION) {
    chunks.push(changes.slice(i, i + CHANGES_PER_TRANSACTION));
  }
  return chunks.length > 0 ? chunks : [[]];
}
