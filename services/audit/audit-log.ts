// Who changed what, when, from what to what. Append-only; newest first within a partition.
//
// Table `Audit`: PK <scope, e.g. a plan id or "system">, RK <inverted time>-<random> so that a
// partition lists newest first.
import { randomBytes } from "node:crypto";
import { odata } from "../storage/odata";
import { escapeKey, type TableStore } from "../storage/tables";

export interface AuditEntry {
  scope: string;
  actor: string;
  action: string;
  before?: unknown;
  after?: unknown;
  at: string;
}

const TABLE = "Audit";
const MAX_TIME = 9_999_999_999_999;

export class AuditLog {
  constructor(
    private readonly store: TableStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async record(entry: Omit<AuditEntry, "at">): Promise<AuditEntry> {
    const at = this.now();
    const table = this.store.table(TABLE);
    const inverted = String(MAX_TIME - at.getTime()).padStart(13, "0");
    await table.create({
      partitionKey: escapeKey(entry.scope),
      rowKey: `${inverted}-${randomBytes(4).toString("hex")}`,
      scope: entry.scope,
      actor: entry.actor,
      action: entry.action,
      before: JSON.stringify(entry.before ?? null),
      after: JSON.stringify(entry.after ?? null),
      at: at.toISOString(),
    });
    return { ...entry, at: at.toISOString() };
  }

  /** The newest entries of a scope first. */
  async list(scope: string, limit = 50): Promise<AuditEntry[]> {
    const entries: AuditEntry[] = [];
    const rows = this.store
      .table(TABLE)
      .query({ filter: odata`PartitionKey eq ${escapeKey(scope)}` });
    for await (const row of rows) {
      entries.push({
        scope: String(row.scope),
        actor: String(row.actor),
        action: String(row.action),
        before: JSON.parse(String(row.before)),
        after: JSON.parse(String(row.after)),
        at: String(row.at),
      });
      if (entries.length >= limit) break;
    }
    return entries;
  }
}
