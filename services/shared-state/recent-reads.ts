// One read shared by the turns that ask for the same thing at about the same time: concurrent turns
// and those that start within the store's bound (shared-version.ts, 250 ms for the bot) after the
// read started get its answer; later ones read again. For data that changes with every report
// (how many units have reported), where a version row would be bumped on every submit: a change
// made on this instance is seen here at once (`forget`, after the write), one made on another
// instance by every turn that starts more than the bound after it. Stores that do not share version
// reads (the tests' own, by default) read at every call.
import type { TableStore } from "../storage/tables";
import { readSharing } from "./shared-version";

interface Recent<T> {
  reading: Promise<T>;
  startedAt: number;
}

/** Keys kept per store, at most (a plan id each): far more than an installation has. */
const MAX_KEYS = 100;

export class RecentReads<T> {
  private readonly stores = new WeakMap<TableStore, Map<string, Recent<T>>>();

  get(store: TableStore, key: string, load: () => Promise<T>): Promise<T> {
    const sharing = readSharing(store);
    if (!sharing) return load();
    let entries = this.stores.get(store);
    if (!entries) this.stores.set(store, (entries = new Map()));
    const now = sharing.clock();
    const kept = entries.get(key);
    if (kept && now - kept.startedAt <= sharing.freshForMs) return kept.reading;
    if (entries.size >= MAX_KEYS) entries.clear();
    const recent = { reading: load(), startedAt: now };
    entries.set(key, recent);
    recent.reading.catch(() => {
      if (entries.get(key) === recent) entries.delete(key);
    });
    return recent.reading;
  }

  /** This instance changed what `key` reads: the next call reads again. */
  forget(store: TableStore, key: string): void {
    this.stores.get(store)?.delete(key);
  }
}
