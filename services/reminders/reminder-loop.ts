// The scheduler inside the bot process: every 15 seconds it renews the lease (or tries to take it
// from a holder that stopped renewing, so a crashed holder is replaced within a minute), and every
// minute, or at once when kicked (`påminn`), the lease holder runs a tick. Nothing is kept here:
// every tick starts from what is in storage.
import type { Logger } from "../logging/logger";
import type { ReminderRunner, TickResult } from "./reminder-runner";

export interface LoopOptions {
  /** How often to renew or try to take the lease. */
  pollMs: number;
  /** How often the holder runs a tick when nothing asks for one sooner. */
  tickMs: number;
}

export const DEFAULT_LOOP_OPTIONS: LoopOptions = { pollMs: 15_000, tickMs: 60_000 };

export class ReminderLoop {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private kicked = false;
  private stopped = false;
  private lastTickAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly runner: ReminderRunner,
    private readonly logger: Logger,
    private readonly options: LoopOptions = DEFAULT_LOOP_OPTIONS,
  ) {}

  start(): void {
    this.stopped = false;
    this.wake(0);
  }

  /** Something is waiting to be sent (a `påminn`): run a tick as soon as the current one ends. */
  kick(): void {
    if (this.stopped) return;
    this.kicked = true;
    if (!this.running) this.wake(0);
  }

  /** Runs one tick now (after the one running, if any) and says what it did. */
  async runOnce(): Promise<TickResult> {
    while (this.running) await this.running;
    let result: TickResult | undefined;
    this.running = this.runner
      .tick()
      .then((r) => {
        result = r;
        this.lastTickAt = Date.now();
      })
      .finally(() => {
        this.running = undefined;
        if (this.kicked) this.wake(0);
      });
    await this.running;
    if (!result) throw new Error("The reminder tick did not finish.");
    return result;
  }

  /**
   * Stops the timers, ends the running tick once the messages on their way are answered, and then
   * lets the lease go: another instance may take over at once.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.runner.halt();
    await this.running?.catch(() => undefined);
    await this.runner.releaseLease();
  }

  /** Waits for a kicked or running tick to end (tests and shutdown). */
  async idle(): Promise<void> {
    while (this.running || this.kicked) {
      if (this.running) await this.running.catch(() => undefined);
      else await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  private wake(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.poll(), delayMs);
    this.timer.unref();
  }

  private async poll(): Promise<void> {
    this.timer = undefined;
    if (this.running || this.stopped) return;
    this.running = this.step()
      .catch((error: unknown) => this.logger.error({ err: error }, "reminder tick failed"))
      .finally(() => (this.running = undefined));
    await this.running;
    this.wake(this.kicked ? 0 : this.options.pollMs);
  }

  private async step(): Promise<void> {
    const due = Date.now() - this.lastTickAt >= this.options.tickMs;
    if (this.kicked || due || !this.runner.holdsLease()) {
      this.kicked = false;
      const result = await this.runner.tick();
      if (result.ran) this.lastTickAt = Date.now();
      if (result.ran && (result.due || result.done || result.missed)) {
        this.logger.info(result, "reminder tick");
      }
    } else {
      await this.runner.renewLease();
    }
  }
}
