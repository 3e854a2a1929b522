// Translations between the port's shapes and the SDK's: batch actions, rows as read, and the
// status codes that mean a lost race.
import type { TransactionAction } from "@azure/data-tables";
import { statusOf } from "./sdk-errors";
import type { ConflictReason } from "./storage-errors";
import type { BatchAction, Entity, StoredRow } from "./table-port";

export function conflictReason(status: number | undefined): ConflictReason | undefined {
  if (status === 409) return "exists";
  if (status === 412) return "changed";
  if (status === 404) return "missing";
  return undefined;
}

export function toTransactionAction(action: BatchAction): TransactionAction {
  switch (action[0]) {
    case "create":
      return ["create", action[1]];
    case "upsert":
      return ["upsert", action[1], action[2]];
    case "update":
      return ["update", action[1], action[2], action[3]];
    case "delete":
      return ["delete", { partitionKey: action[1].partitionKey, rowKey: action[1].rowKey }];
  }
}

export function stored(row: Entity): StoredRow {
  return {
    ...row,
    partitionKey: typeof row.partitionKey === "string" ? row.partitionKey : "",
    rowKey: typeof row.rowKey === "string" ? row.rowKey : "",
    etag: typeof row.etag === "string" ? row.etag : "",
  };
}

export async function collect(rows: AsyncIterable<StoredRow>): Promise<StoredRow[]> {
  const all: StoredRow[] = [];
  for await (const row of rows) all.push(row);
  return all;
}

export function describe(error: unknown): string {
  const status = statusOf(error);
  const code = typeof error === "object" && error !== null ? Reflect.get(error, "code") : undefined;
  return [status, code].filter((part) => part !== undefined).join(" ") || "no answer";
}
