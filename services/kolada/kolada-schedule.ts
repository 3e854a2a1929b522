// The loop that asks, every few minutes, whether the Kolada refresh is due (kolada-refresh.ts
// decides, from storage, so a restart neither loses nor repeats a run), on the app's one loop
// helper. Started and stopped with the reminders' scheduler (services/reminders/reminder-runtime.ts);
// off at 0 hours.
import type { Config } from "../config/config";
import type { Logger } from "../logging/logger";
import { Loop } from "../scheduling/loop";
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
  private readonly loop: Loop;

  constructor(private readonly options: KoladaScheduleOptions) {
    this.loop = new Loop(async () => void (await this.check()), {
      everyMs: options.checkMs ?? CHECK_MS,
      logger: options.logger.child({ module: "kolada" }),
      failure: "kolada refresh failed",
    });
  }

  get enabled(): boolean {
    return this.options.config.kolada.refreshHours > 0;
  }

  start(): void {
    if (this.enabled) this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** One check now: runs the refresh if it is due (tests, and each loop run). */
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
}
