// Values read from storage kept per store and key, each under the shared version it was read at
// (shared-version.ts): a value read under an older version is read again. Promises are kept, so
// concurrent turns that miss share one read; a failed read is forgotten.
import type { TableStore } from "../storage/tables";
import { sharedVersion } from "./shared-version";

interface Entry<T> {
  version: string;
  value: Promise<T>;
}

/** Keys kept per store, at most: a plan id, a calendar per plan; far more than an installation has. */
const MAX_KEYS = 100;

export class VersionedCache<T> {
  private readonly stores = new WeakMap<TableStore, Map<string, Entry<T>>>();

  async get(store: TableStore, key: string, load: () => Promise<T>): Promise<T> {
    const version = await sharedVersion(store);
    let entries = this.stores.get(store);
    if (!entries) {
      entries = new Map();
      this.stores.set(store, entries);
    }
    const kept = entries.get(key);
    if (kept && kept.version === version) return kept.value;
    if (entries.size >= MAX_KEYS) entries.clear();
    const value = load();
    entries.set(key, { version, value });
    value.catch(() => {
      if (entries.get(key)?.value === value) entries.delete(key);
    });
    return value;
  }
}
