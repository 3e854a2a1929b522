// What every instance keeps in memory of the rarely changing data (plans, their calendars, the
// admin list, the organisation's settings) is valid as long as one row says so: `Versions`/
// `version`/`shared`. Every change of such data writes that row after the change; every turn reads
// it once (its ETag) and keeps what it has in memory only if the ETag is the one it was read under.
// So a change by another instance is seen on the next turn, and a turn that changes nothing reads
// one row instead of a plan's four tables. Readers outside a turn (the scheduler, the CLI) read the
// row at every use: still one point read instead of the data.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { statusOf, type TableStore } from "../storage/tables";

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
  const table = await store.table(TABLE);
  const written = await table.upsertEntity(
    { partitionKey: PARTITION, rowKey: ROW, stamp: randomUUID() },
    "Replace",
  );
  // The rest of this turn must not reuse what it read before the change.
  turns.getStore()?.set(store, Promise.resolve(written.etag ?? randomUUID()));
}

async function readVersion(store: TableStore): Promise<string> {
  const table = await store.table(TABLE);
  try {
    const row = await table.getEntity(PARTITION, ROW);
    return row.etag;
  } catch (error) {
    if (statusOf(error) === 404) return NEVER_WRITTEN;
    throw error;
  }
}
