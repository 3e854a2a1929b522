// The timer that asks, every few minutes, whether the Kolada refresh is due (kolada-refresh.ts
// decides, from storage, so a restart neither loses nor repeats a run). Started and stopped with
// the reminders' scheduler (services/reminders/reminder-runtime.ts); off at 0 hours.
import type { Config } from "../config/config";
import type { Logger } from "../logging/logger";
import type { TableStore } from "../storage/tables";
import { createKoladaClient, type KoladaClient } from "./kolada-client";
import { refreshKoladaIfDue, type KoladaRefreshResult } from "./kolada-refresh";

export interface KoladaScheduleOptions {
  config: Config;
  store: TableStore;
  logger: Logger;
  clock: { now(): Date };
  /** Tests: a client of their own, and a shorter check interval. */
  client?: KoladaClient;
  checkMs?: number;
}

const CHECK_MS = 10 * 60_000;

export class KoladaSchedule {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private readonly logger: Logger;

  constructor(private readonly options: KoladaScheduleOptions) {
    this.logger = options.logger.child({ module: "kolada" });
  }

  get enabled(): boolean {
    return this.options.config.kolada.refreshHours > 0;
  }

  start(): void {
    if (!this.enabled || this.timer) return;
    this.wake(0);
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** One check now: runs the refresh if it is due (tests, and each timer tick). */
  async check(): Promise<KoladaRefreshResult> {
    const { config, store, clock } = this.options;
    return refreshKoladaIfDue({
      store,
      client: this.options.client ?? createKoladaClient({ baseUrl: config.kolada.apiUrl }),
      logger: this.options.logger,
      now: () => clock.now(),
      refreshHours: config.kolada.refreshHours,
    });
  }

  private wake(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.running = this.check()
        .catch((error: unknown) => this.logger.warn({ err: error }, "kolada refresh failed"))
        .finally(() => {
          this.running = undefined;
          if (this.timer) this.wake(this.options.checkMs ?? CHECK_MS);
        });
    }, delayMs);
    this.timer.unref();
  }
}
