// The admins added in chat, kept in this instance's memory while the shared version says no
// instance changed them (services/shared-state): asking "is this person an admin" reads nothing
// more than the version row.
import type { TableStore } from "../storage/tables";
import { VersionedCache } from "../shared-state/versioned-cache";

const admins = new VersionedCache<string[]>();

export function cachedAdminIds(
  store: TableStore,
  load: () => Promise<string[]>,
): Promise<string[]> {
  return admins.get(store, "admins", load);
}
