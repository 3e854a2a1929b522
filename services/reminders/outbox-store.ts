// The outbox: one row per message to send, written before anything is sent, keyed by what makes it
// unique (job = plan, period, step; and the person), so writing it again changes nothing and a
// person gets one message per step however often the job is expanded. Senders take a row with an
// ETag-conditional claim that runs out, send, and mark it sent with Teams' activity id; a claim
// that runs out (its sender died) is taken again.
//
// Table `ReminderOutbox`: PK <job id: plan|period|step, escaped>, RK <kind>|<person, escaped>.
import { odata } from "../storage/odata";
import { isStorageConflict } from "../storage/storage-errors";
import type { BatchAction, Table, TableStore } from "../storage/tables";
import {
  outboxKey,
  toEntity,
  toRow,
  type NewOutboxRow,
  type OutboxChanges,
  type OutboxRow,
  type OutboxState,
} from "./outbox-rows";

export type { NewOutboxRow, OutboxKind, OutboxRow, OutboxState } from "./outbox-rows";
export { outboxKey } from "./outbox-rows";

const TABLE = "ReminderOutbox";
const BATCH = 100;

export interface OutboxOverview {
  rows: OutboxRow[];
  /** Rows that are neither sent nor finished for good. */
  open: number;
  /** The earliest moment an open row may be taken (its notBefore or claim running out). */
  nextAt?: string;
}

export class OutboxStore {
  constructor(
    private readonly store: TableStore,
    private readonly now: () => Date,
  ) {}

  /**
   * Writes the rows that are not in the job yet, in transactions of 100; rows already there are
   * left as they are (sent stays sent). Returns how many were new.
   */
  async enqueue(
    jobId: string,
    rows: readonly NewOutboxRow[],
    onBatch?: (written: number) => void,
  ): Promise<{ created: number; existing: number }> {
    const table = this.table();
    const present = await this.keys(jobId);
    const fresh = rows.filter((row) => !present.has(outboxKey(row.kind, row.recipient)));
    const unique = new Map(fresh.map((row) => [outboxKey(row.kind, row.recipient), row]));
    const entities = [...unique].map(([key, row]) => ({
      partitionKey: jobId,
      rowKey: key,
      kind: row.kind,
      recipient: row.recipient.toLowerCase(),
      name: row.name,
      ...(row.units ? { units: JSON.stringify(row.units) } : {}),
      state: "pending" satisfies OutboxState,
      attempts: 0,
      failures: 0,
    }));
    let created = 0;
    for (let start = 0; start < entities.length; start += BATCH) {
      const batch = entities.slice(start, start + BATCH);
      try {
        await table.batch(batch.map((entity): BatchAction => ["create", entity]));
        created += batch.length;
      } catch (error) {
        if (!isStorageConflict(error, "exists")) throw error;
        // Someone wrote some of these since we looked: write the rest one by one.
        for (const entity of batch) {
          if (await table.create(entity)) created += 1;
        }
      }
      onBatch?.(created);
    }
    return { created, existing: rows.length - created };
  }

  async get(jobId: string, key: string): Promise<OutboxRow | undefined> {
    const row = await this.table().get(jobId, key);
    return row ? toRow(row) : undefined;
  }

  /** Rows that may be taken now: pending, or claimed by a sender whose claim has run out. */
  async *takeable(jobId: string): AsyncGenerator<OutboxRow> {
    const rows = this.table().query({
      filter: odata`PartitionKey eq ${jobId} and (state eq ${"pending"} or state eq ${"claimed"})`,
    });
    for await (const entity of rows) {
      const row = toRow(entity);
      const nowIso = this.now().toISOString();
      if (row.state === "pending" && (!row.notBefore || row.notBefore <= nowIso)) yield row;
      else if (row.state === "claimed" && (row.claimedUntil ?? "") <= nowIso) yield row;
    }
  }

  async overview(jobId: string): Promise<OutboxOverview> {
    const rows: OutboxRow[] = [];
    let open = 0;
    let nextAt: string | undefined;
    for await (const entity of this.table().query({ filter: odata`PartitionKey eq ${jobId}` })) {
      const row = toRow(entity);
      rows.push(row);
      if (row.state !== "pending" && row.state !== "claimed") continue;
      open += 1;
      const at = row.state === "pending" ? (row.notBefore ?? "") : (row.claimedUntil ?? "");
      if (nextAt === undefined || at < nextAt) nextAt = at;
    }
    return { rows, open, ...(nextAt === undefined ? {} : { nextAt }) };
  }

  /**
   * Takes the row for `owner` until `until`, if it is unchanged since read. Returns it claimed (with
   * the ETag the later writes must match), or undefined when another sender got there first.
   */
  async claim(row: OutboxRow, owner: string, until: Date): Promise<OutboxRow | undefined> {
    return this.change(row, {
      state: "claimed",
      claimedBy: owner,
      claimedUntil: until.toISOString(),
      attempts: row.attempts + 1,
    });
  }

  /** Changes the row if unchanged since read; undefined when someone else changed it. */
  async change(row: OutboxRow, changes: OutboxChanges): Promise<OutboxRow | undefined> {
    try {
      const etag = await this.table().update(
        {
          partitionKey: row.jobId,
          rowKey: row.key,
          ...toEntity({ ...changes }),
          updatedAt: this.now().toISOString(),
        },
        "Merge",
        row.etag,
      );
      return { ...row, ...changes, etag: etag || row.etag };
    } catch (error) {
      if (isStorageConflict(error, "changed", "missing")) return undefined;
      throw error;
    }
  }

  private async keys(jobId: string): Promise<Set<string>> {
    const keys = new Set<string>();
    for await (const entity of this.table().query({
      filter: odata`PartitionKey eq ${jobId}`,
      select: ["RowKey"],
    })) {
      if (entity.rowKey) keys.add(entity.rowKey);
    }
    return keys;
  }

  private table(): Table {
    return this.store.table(TABLE);
  }
}
