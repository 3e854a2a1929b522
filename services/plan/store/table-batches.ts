// Writes many rows fast and within Table Storage's limits: one transaction per partition of at most
// 100 operations and ~3 MB (the service allows 4 MiB), a few transactions at a time.
import type { BatchAction, Row, Table } from "../../storage/table-port";

const MAX_ACTIONS = 100;
const MAX_BYTES = 3_000_000;
const PARALLEL = 6;

export type RowAction = ["upsert", Row] | ["delete", Row];

export async function submitInBatches(table: Table, actions: RowAction[]): Promise<void> {
  const batches: BatchAction[][] = [];
  const open = new Map<string, { actions: BatchAction[]; bytes: number }>();
  for (const [kind, entity] of actions) {
    const action: BatchAction =
      kind === "upsert"
        ? ["upsert", entity, "Replace"]
        : ["delete", { partitionKey: entity.partitionKey, rowKey: entity.rowKey }];
    const bytes = kind === "upsert" ? Buffer.byteLength(JSON.stringify(entity)) : 200;
    let batch = open.get(entity.partitionKey);
    if (batch && (batch.actions.length >= MAX_ACTIONS || batch.bytes + bytes > MAX_BYTES)) {
      batches.push(batch.actions);
      batch = undefined;
    }
    if (!batch) {
      batch = { actions: [], bytes: 0 };
      open.set(entity.partitionKey, batch);
    }
    batch.actions.push(action);
    batch.bytes += bytes;
  }
  for (const batch of open.values()) if (batch.actions.length > 0) batches.push(batch.actions);
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      const batch = batches[next];
      next += 1;
      if (batch) await table.batch(batch);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, batches.length) }, worker));
}
