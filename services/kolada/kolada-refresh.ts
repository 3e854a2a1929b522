// Kolada read again by itself: once every `refreshHours` (KOLADA_REFRESH_HOURS, default a day),
// every stored plan of this year or last year that maps an indicator to a Kolada KPI has its
// figures read and kept as comparison values (origin Kolada, with the date read), as at import.
// When it last ran is a row in storage, claimed with its ETag, so a restart does not run it again
// early and two instances do not both run it. A failure (429 with Retry-After, 5xx, a timeout,
// malformed JSON) is logged and tried again at the next run; stored values are only ever added to
// or replaced by a value Kolada gave, never removed, so nothing stored is lost.
import { z } from "zod";
import type { Logger } from "../logging/logger";
import { listPlans, loadPlan, planItems, type Plan } from "../plan";
import { isStorageConflict } from "../storage/storage-errors";
import type { TableStore } from "../storage/tables";
import type { KoladaClient } from "./kolada-client";
import { readKolada } from "./read-kolada";

const TABLE = "KoladaRefresh";
const KEYS = { partitionKey: "refresh", rowKey: "last" } as const;

const stateSchema = z.object({
  lastRunAt: z.string(),
  /** Not before this (a 429's Retry-After, when it is later than the next run). */
  notBefore: z.string().optional(),
});

export interface KoladaRefreshDeps {
  store: TableStore;
  client: KoladaClient;
  logger: Logger;
  now: () => Date;
  /** Hours between runs (> 0). */
  refreshHours: number;
}

export type KoladaRefreshResult =
  | { ran: false; reason: "notDue" | "claimedElsewhere" }
  | {
      ran: true;
      plans: { planId: string; read: number; notes: string[]; throttled: boolean }[];
    };

/** Runs the refresh if it is due and this instance claims it. */
export async function refreshKoladaIfDue(deps: KoladaRefreshDeps): Promise<KoladaRefreshResult> {
  const claimed = await claimRun(deps);
  if (claimed !== true) return { ran: false, reason: claimed };
  const log = deps.logger.child({ module: "kolada" });
  const plans: Extract<KoladaRefreshResult, { ran: true }>["plans"] = [];
  let retryAfterSeconds: number | undefined;
  for (const plan of await plansToRead(deps.store, deps.now())) {
    const result = await readKolada(deps.store, plan, deps.client, deps.now);
    plans.push({
      planId: plan.id,
      read: result.read,
      notes: result.notes,
      throttled: result.throttled !== undefined,
    });
    if (result.notes.length > 0) {
      log.warn(
        { planId: plan.id, read: result.read, notes: result.notes.slice(0, 20) },
        "kolada refresh: some figures could not be read; tried again at the next run",
      );
    } else {
      log.info({ planId: plan.id, read: result.read }, "kolada refresh");
    }
    if (result.throttled) {
      retryAfterSeconds = result.throttled.retryAfterSeconds;
      break; // the other plans wait for the next run too: Kolada asked for fewer requests
    }
  }
  if (retryAfterSeconds !== undefined) await postpone(deps, retryAfterSeconds);
  return { ran: true, plans };
}

/** This year's and last year's plans (last year's full-year figures come in February). */
async function plansToRead(store: TableStore, now: Date): Promise<Plan[]> {
  const year = now.getUTCFullYear();
  const plans: Plan[] = [];
  for (const listing of await listPlans(store)) {
    if (listing.year < year - 1) continue;
    const plan = await loadPlan(store, listing.planId);
    if (plan && planItems(plan).some((item) => item.kind === "indicator" && item.kolada)) {
      plans.push(plan);
    }
  }
  return plans;
}

/** true when this instance may run now; otherwise why not. */
async function claimRun(deps: KoladaRefreshDeps): Promise<true | "notDue" | "claimedElsewhere"> {
  const table = deps.store.table(TABLE);
  const now = deps.now();
  const stored = await table.getParsed(KEYS.partitionKey, KEYS.rowKey, stateSchema);
  if (stored) {
    const next = Date.parse(stored.lastRunAt) + deps.refreshHours * 3_600_000;
    const notBefore = stored.notBefore ? Date.parse(stored.notBefore) : 0;
    if (now.getTime() < Math.max(next, notBefore)) return "notDue";
  }
  const row = { ...KEYS, lastRunAt: now.toISOString(), notBefore: "" };
  if (!stored) return (await table.create(row)) ? true : "claimedElsewhere";
  try {
    await table.update(row, "Replace", stored.etag);
    return true;
  } catch (error) {
    if (isStorageConflict(error)) return "claimedElsewhere";
    throw error;
  }
}

/** After a 429: the next run is not before Retry-After (and never sooner than it would be). */
async function postpone(deps: KoladaRefreshDeps, retryAfterSeconds: number): Promise<void> {
  const notBefore = new Date(deps.now().getTime() + retryAfterSeconds * 1000).toISOString();
  await deps.store.table(TABLE).upsert({ ...KEYS, notBefore }, "Merge");
}
