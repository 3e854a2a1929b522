// What every instance keeps in memory of the rarely changing data (plans, their calendars, the
// admin list, the organisation's settings, deputies) is valid as long as one row says so:
// `Versions`/`version`/`shared`, whose `stamp` changes with every change of such data (written
// after the change). The same row's `people` changes with every write to a person's address-book
// row, so an instance may remember senders (services/people/known-senders.ts) until it changes.
//
// A turn reads the row at most once. An app's store may also share one read of it across turns
// (`shareVersionReads`: the bot does, for 250 ms): concurrent and closely following turns then read
// nothing, and a change by another instance is seen by every turn that starts more than
// `freshForMs` after the change was written. A change made here is seen here at once. Readers of a
// store that does not share (the tests' own stores, by default) read the row at every turn or use.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { TableStore } from "../storage/tables";

const TABLE = "Versions";
const PARTITION = "version";
const ROW = "shared";
/** The version while the row (or the column) has never been written. */
const NEVER_WRITTEN = "none";

/** How long the bot reuses one read of the version row: the bound on seeing another instance's change. */
export const VERSION_FRESH_MS = 250;

export interface Versions {
  /** Plans, calendars, admins, leadership, settings, deputies. */
  shared: string;
  /** Any person's row in the address book. */
  people: string;
}

interface Sharing {
  freshForMs: number;
  /** A monotonic clock in milliseconds (not the app's clock, which tests stop or move). */
  clock: () => number;
  recent?: { reading: Promise<Versions>; startedAt: number };
}

/** The versions each store was seen at in this turn (a turn is one `withinTurn` call). */
const turns = new AsyncLocalStorage<Map<TableStore, Promise<Versions>>>();
const sharing = new WeakMap<TableStore, Sharing>();

/** Runs one turn: the version row is read at most once inside it. */
export function withinTurn<T>(work: () => Promise<T>): Promise<T> {
  return turns.run(new Map(), work);
}

/**
 * Lets turns on this store share one read of the version row for `freshForMs` after it started
 * (one read in flight at a time). Called once by the composition root of an app.
 */
export function shareVersionReads(
  store: TableStore,
  options: { freshForMs?: number; clock?: () => number } = {},
): void {
  sharing.set(store, {
    freshForMs: options.freshForMs ?? VERSION_FRESH_MS,
    clock: options.clock ?? (() => performance.now()),
  });
}

/** How this store shares reads across turns, if it does (recent-reads.ts uses the same bound). */
export function readSharing(
  store: TableStore,
): { freshForMs: number; clock: () => number } | undefined {
  const shared = sharing.get(store);
  return shared && { freshForMs: shared.freshForMs, clock: shared.clock };
}

/** The version of what instances keep in memory of this store's shared data. */
export async function sharedVersion(store: TableStore): Promise<string> {
  return (await versions(store)).shared;
}

/** The version of the address book's person rows. */
export async function peopleVersion(store: TableStore): Promise<string> {
  return (await versions(store)).people;
}

/** Says that shared data changed: other instances reload it within the bound, this one at once. */
export function bumpSharedVersion(store: TableStore): Promise<void> {
  return bump(store, "shared");
}

/** Says that a person's row changed: every instance forgets the senders it remembers. */
export function bumpPeopleVersion(store: TableStore): Promise<void> {
  return bump(store, "people");
}

function versions(store: TableStore): Promise<Versions> {
  const turn = turns.getStore();
  const seen = turn?.get(store);
  if (seen) return seen;
  const reading = recentOrRead(store);
  turn?.set(store, reading);
  reading.catch(() => turn?.delete(store));
  return reading;
}

function recentOrRead(store: TableStore): Promise<Versions> {
  const shared = sharing.get(store);
  if (!shared) return readVersions(store);
  const now = shared.clock();
  // Measured from when the read started: what it returns is at least that fresh.
  if (shared.recent && now - shared.recent.startedAt <= shared.freshForMs) {
    return shared.recent.reading;
  }
  const recent = { reading: readVersions(store), startedAt: now };
  shared.recent = recent;
  recent.reading.catch(() => {
    if (shared.recent === recent) shared.recent = undefined;
  });
  return recent.reading;
}

async function bump(store: TableStore, which: keyof Versions): Promise<void> {
  const stamp = randomUUID();
  // Merge: the other column is left as it is (a change of one kind does not flush the other).
  await store
    .table(TABLE)
    .upsert({ partitionKey: PARTITION, rowKey: ROW, [COLUMNS[which]]: stamp }, "Merge");
  const apply = (reading: Promise<Versions>) =>
    reading.then(
      (read) => ({ ...read, [which]: stamp }),
      () => readVersions(store),
    );
  // Other turns here see the change at once; the shared read keeps its start (the bound on the
  // other column).
  const shared = sharing.get(store);
  if (shared?.recent) shared.recent = { ...shared.recent, reading: apply(shared.recent.reading) };
  // The rest of this turn must not reuse what it read before the change.
  const turn = turns.getStore();
  if (turn) {
    const seen = turn.get(store) ?? shared?.recent?.reading;
    turn.set(store, seen ? apply(seen) : readVersions(store));
  }
}

const COLUMNS: Record<keyof Versions, string> = { shared: "stamp", people: "people" };

async function readVersions(store: TableStore): Promise<Versions> {
  const row = await store.table(TABLE).get(PARTITION, ROW);
  const text = (value: unknown) => (typeof value === "string" ? value : NEVER_WRITTEN);
  return { shared: text(row?.stamp), people: text(row?.people) };
}
