// What every instance keeps in memory of the rarely changing data (plans, their calendars, the
// admin list, the organisation's settings) is valid as long as one row says so: `Versions`/
// `version`/`shared`, whose `stamp` changes with every change of such data (written after the
// change). Every turn reads it once and keeps what it has in memory only if it was read under the
// same stamp. So a change by another instance is seen on the next turn, and a turn that changes
// nothing reads one row instead of a plan's four tables. Readers outside a turn (the scheduler,
// the CLI) read the row at every use: still one point read instead of the data.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import type { TableStore } from "../storage/tables";

const TABLE = "Versions";
const PARTITION = "version";
const ROW = "shared";
/** The version while the row has never been written. */
const NEVER_WRITTEN = "none";

/** The version each store was seen at in this turn (a turn is one `withinTurn` call). */
const turns = new AsyncLocalStorage<Map<TableStore, Promise<string>>>();

/** Runs one turn: the shared version is read at most once inside it. */
export function withinTurn<T>(work: () => Promise<T>): Promise<T> {
  return turns.run(new Map(), work);
}

/** The version of what instances keep in memory of this store, read once a turn. */
export function sharedVersion(store: TableStore): Promise<string> {
  const turn = turns.getStore();
  const seen = turn?.get(store);
  if (seen) return seen;
  const reading = readVersion(store);
  turn?.set(store, reading);
  reading.catch(() => turn?.delete(store));
  return reading;
}

/** Says that shared data changed: other instances reload it on their next turn, this one at once. */
export async function bumpSharedVersion(store: TableStore): Promise<void> {
  const stamp = randomUUID();
  await store.table(TABLE).upsert({ partitionKey: PARTITION, rowKey: ROW, stamp }, "Replace");
  // The rest of this turn must not reuse what it read before the change.
  turns.getStore()?.set(store, Promise.resolve(stamp));
}

async function readVersion(store: TableStore): Promise<string> {
  const row = await store.table(TABLE).get(PARTITION, ROW);
  return typeof row?.stamp === "string" ? row.stamp : NEVER_WRITTEN;
}
