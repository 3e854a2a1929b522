// The organisation's setting rows, the one way OrganisationSettings and PlanSettings reach them.
// Table `Settings`: PK "organisation", RK <setting name>; each row { value (JSON), by, at }. A read
// is kept in this instance's memory while the shared version says no instance changed shared data
// (services/shared-state); a write says so, so every instance reads it again.
import type { TableStore } from "../storage/tables";
import { bumpSharedVersion } from "../shared-state/shared-version";
import { VersionedCache } from "../shared-state/versioned-cache";

const TABLE = "Settings";
const PARTITION = "organisation";

const settings = new VersionedCache<string | undefined>();

/** The setting's stored JSON, from memory while nothing shared has changed. */
export function cachedSettingJson(store: TableStore, name: string): Promise<string | undefined> {
  return settings.get(store, name, () => freshSettingJson(store, name));
}

/** The setting's stored JSON, read now: a change starts from it, never from memory. */
export async function freshSettingJson(
  store: TableStore,
  name: string,
): Promise<string | undefined> {
  const row = await store.table(TABLE).get(PARTITION, name);
  return row ? String(row.value) : undefined;
}

/** Replaces the setting's row and bumps the shared version. */
export async function writeSettingRow(
  store: TableStore,
  name: string,
  value: unknown,
  by: string,
  at: Date,
): Promise<void> {
  await store.table(TABLE).upsert(
    {
      partitionKey: PARTITION,
      rowKey: name,
      value: JSON.stringify(value),
      by,
      at: at.toISOString(),
    },
    "Replace",
  );
  await bumpSharedVersion(store);
}
