// The organisation's settings (as stored JSON), kept in this instance's memory while the shared
// version says no instance changed them (services/shared-state).
import type { TableStore } from "../storage/tables";
import { VersionedCache } from "../shared-state/versioned-cache";

const settings = new VersionedCache<string | undefined>();

export function cachedSetting(
  store: TableStore,
  name: string,
  load: () => Promise<string | undefined>,
): Promise<string | undefined> {
  return settings.get(store, name, load);
}
