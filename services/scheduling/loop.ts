// The one loop that background work runs from (the reminder tick, the summary sweep): it runs its
// body at once and then `everyMs` after each run ends, never two runs at a time, logs a run that
// fails and goes on, and on stop waits for the run under way. `kick` asks for a run as soon as the
// current one ends; `run` runs a piece of work alone, between two loop runs, for callers that want
// its result (a tick from the CLI, a sweep from a test). A loop that was never started runs only
// what is kicked or asked for: an instance with REMINDERS_ENABLED=false still sends a `påminn`.
import type { Logger } from "../logging/logger";

export interface LoopRun {
  /** True when the run was asked for with `kick` rather than by the interval. */
  kicked: boolean;
}

export interface LoopOptions {
  /** Time from the end of one run to the start of the next. */
  everyMs: number;
  logger: Logger;
  /** The log line when a run fails ("reminder tick failed"). */
  failure: string;
}

export class Loop {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private kicked = false;
  private started = false;
  private stopped = false;

  constructor(
    private readonly body: (run: LoopRun) => Promise<void>,
    private readonly options: LoopOptions,
  ) {}

  /** Starts the loop: a run now, then one every `everyMs`. Starting a started loop does nothing. */
  start(): void {
    if (this.started && !this.stopped) return;
    this.started = true;
    this.stopped = false;
    this.wake(0);
  }

  /** Runs the body as soon as the run under way (if any) has ended. */
  kick(): void {
    if (this.stopped) return;
    this.kicked = true;
    if (!this.running) this.wake(0);
  }

  /** Runs `work` when no run is under way, with none starting until it ends; its error is the caller's. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    while (this.running) await this.running.catch(() => undefined);
    const result = work();
    this.running = result;
    try {
      return await result;
    } finally {
      this.running = undefined;
      if (this.kicked) this.wake(0);
    }
  }

  /** Stops the timer at once; resolves when the run under way has ended. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.started = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  /** Resolves when no run is under way or asked for (tests and shutdown). */
  async idle(): Promise<void> {
    while (this.running || (this.kicked && !this.stopped)) {
      if (this.running) await this.running.catch(() => undefined);
      else await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  private wake(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), delayMs);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    this.timer = undefined;
    // A `run` may be under way: this run follows it, so the interval never stops.
    while (this.running) await this.running.catch(() => undefined);
    if (this.stopped) return;
    const kicked = this.kicked;
    this.kicked = false;
    const run = this.body({ kicked }).catch((error: unknown) =>
      this.options.logger.error({ err: error }, this.options.failure),
    );
    this.running = run;
    await run;
    this.running = undefined;
    if (this.kicked) this.wake(0);
    else if (this.started) this.wake(this.options.everyMs);
  }
}
