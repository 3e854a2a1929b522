// What admins set in a plan's calendar, kept in this instance's memory while the shared version
// says no instance changed it (services/shared-state), and the periods resolved from it: resolving
// (luxon's date arithmetic for every date and reminder step) was most of a `perioder` turn's own
// time. They are kept per plan definitions and overrides as held in memory, objects that are new
// whenever the shared version changes, so they can never outlive what they were resolved from.
import type { TableStore } from "../storage/tables";
import { VersionedCache } from "../shared-state/versioned-cache";
import type { PeriodDefinition, PeriodOverrides, ReportingPeriod } from "./reporting-period";
import type { WorkingHours } from "./working-hours";

const overrides = new VersionedCache<PeriodOverrides>();

export function cachedOverrides(
  store: TableStore,
  planId: string,
  load: () => Promise<PeriodOverrides>,
): Promise<PeriodOverrides> {
  return overrides.get(store, planId, load);
}

/** By working hours, then by plan id and year (which a caller might pair with the same definitions). */
type Resolved = WeakMap<object, Map<string, readonly ReportingPeriod[]>>;
const resolved = new WeakMap<PeriodOverrides, WeakMap<readonly PeriodDefinition[], Resolved>>();
/** Stands for "the default working hours" as a key. */
const DEFAULT_HOURS = {};

/** The periods resolved from these definitions and overrides, once per pair (and working hours). */
export function cachedPeriods(
  plan: {
    planId: string;
    year: number;
    definitions: readonly PeriodDefinition[];
    workingHours?: WorkingHours;
  },
  periodOverrides: PeriodOverrides,
  resolve: () => ReportingPeriod[],
): readonly ReportingPeriod[] {
  const { definitions, workingHours } = plan;
  let byDefinitions = resolved.get(periodOverrides);
  if (!byDefinitions) resolved.set(periodOverrides, (byDefinitions = new WeakMap()));
  let byHours = byDefinitions.get(definitions);
  if (!byHours) byDefinitions.set(definitions, (byHours = new WeakMap()));
  const hours = workingHours ?? DEFAULT_HOURS;
  let byPlan = byHours.get(hours);
  if (!byPlan) byHours.set(hours, (byPlan = new Map()));
  const key = `${plan.planId}|${plan.year}`;
  let periods = byPlan.get(key);
  if (!periods) {
    periods = Object.freeze(resolve().map(freezePeriod));
    byPlan.set(key, periods);
  }
  return periods;
}

/** Shared by every caller: frozen, so none can change another's. */
function freezePeriod(period: ReportingPeriod): ReportingPeriod {
  for (const step of period.reminderSteps) Object.freeze(step);
  Object.freeze(period.reminderSteps);
  return Object.freeze(period);
}
