// The scheduler inside the bot process, on the one loop helper: every 15 seconds it renews the
// lease (or tries to take it from a holder that stopped renewing, so a crashed holder is replaced
// within a minute), and every minute, or at once when kicked (`påminn`), the lease holder runs a
// tick. Nothing is kept here: every tick starts from what is in storage.
import type { Logger } from "../logging/logger";
import { Loop, type LoopRun } from "../scheduling/loop";
import type { ReminderRunner, TickResult } from "./reminder-runner";

export interface LoopOptions {
  /** How often to renew or try to take the lease. */
  pollMs: number;
  /** How often the holder runs a tick when nothing asks for one sooner. */
  tickMs: number;
}

export const DEFAULT_LOOP_OPTIONS: LoopOptions = { pollMs: 15_000, tickMs: 60_000 };

export class ReminderLoop {
  private readonly loop: Loop;
  private lastTickAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly runner: ReminderRunner,
    private readonly logger: Logger,
    private readonly options: LoopOptions = DEFAULT_LOOP_OPTIONS,
  ) {
    this.loop = new Loop((run) => this.step(run), {
      everyMs: options.pollMs,
      logger,
      failure: "reminder tick failed",
    });
  }

  start(): void {
    this.loop.start();
  }

  /** Something is waiting to be sent (a `påminn`): run a tick as soon as the current one ends. */
  kick(): void {
    this.loop.kick();
  }

  /** Runs one tick now (after the one running, if any) and says what it did. */
  runOnce(): Promise<TickResult> {
    return this.loop.run(async () => {
      const result = await this.runner.tick();
      this.lastTickAt = Date.now();
      return result;
    });
  }

  /**
   * Stops the timers, ends the running tick once the messages on their way are answered, and then
   * lets the lease go: another instance may take over at once.
   */
  async stop(): Promise<void> {
    const stopped = this.loop.stop();
    this.runner.halt();
    await stopped;
    await this.runner.releaseLease();
  }

  /** Waits for a kicked or running tick to end (tests and shutdown). */
  idle(): Promise<void> {
    return this.loop.idle();
  }

  private async step({ kicked }: LoopRun): Promise<void> {
    const due = Date.now() - this.lastTickAt >= this.options.tickMs;
    if (kicked || due || !this.runner.holdsLease()) {
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
