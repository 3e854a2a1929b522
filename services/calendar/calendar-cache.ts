// What admins set in a plan's calendar, kept in this instance's memory while the shared version
// says no instance changed it (services/shared-state).
import type { TableStore } from "../storage/tables";
import { VersionedCache } from "../shared-state/versioned-cache";
import type { PeriodOverrides } from "./reporting-period";

const overrides = new VersionedCache<PeriodOverrides>();

export function cachedOverrides(
  store: TableStore,
  planId: string,
  load: () => Promise<PeriodOverrides>,
): Promise<PeriodOverrides> {
  return overrides.get(store, planId, load);
}
