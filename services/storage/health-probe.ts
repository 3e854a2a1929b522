// Whether storage can be read, kept up to date in the background so /healthz answers at once from
// the last check and never waits on a storage call of its own. The timer does not keep the process
// alive and is stopped on shutdown.
import type { StorageCheck, TableStore } from "./table-port";

export type StorageHealth = StorageCheck & { checkedAt?: string };

export interface HealthProbe {
  /** The last answer; waits at most `waitMs` for a check under way to finish first. */
  current(waitMs?: number): Promise<StorageHealth>;
  stop(): void;
}

export interface HealthProbeOptions {
  intervalMs?: number;
  now?: () => Date;
  /** Told when the answer changes from ok to not ok or back (for the log). */
  onChange?: (health: StorageHealth) => void;
}

export function startHealthProbe(store: TableStore, options: HealthProbeOptions = {}): HealthProbe {
  const now = options.now ?? (() => new Date());
  let health: StorageHealth = { ok: false, reason: "not checked yet" };
  let running: Promise<void> | undefined;

  const check = () => {
    running ??= store
      .check()
      .catch((error: unknown): StorageCheck => ({ ok: false, reason: String(error) }))
      .then((result) => {
        const changed = result.ok !== health.ok;
        health = { ...result, checkedAt: now().toISOString() };
        if (changed) options.onChange?.(health);
      })
      .finally(() => {
        running = undefined;
      });
  };
  check();
  const timer = setInterval(check, options.intervalMs ?? 5_000);
  timer.unref();

  return {
    async current(waitMs = 0) {
      if (running && waitMs > 0) {
        let timeout: NodeJS.Timeout | undefined;
        await Promise.race([
          running,
          new Promise((resolve) => (timeout = setTimeout(resolve, waitMs))),
        ]);
        clearTimeout(timeout);
      }
      return health;
    },
    stop: () => clearInterval(timer),
  };
}
