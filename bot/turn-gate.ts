// Backpressure for incoming turns: at most `running` turns at once (8: more only lengthen the
// event loop's backlog, as the turns are CPU-bound in one thread, and make /healthz wait); more wait in line, first come
// first served, for at most `maxWaitMs`; a line longer than `queued` or a wait past `maxWaitMs`
// is answered 503 with Retry-After without running the turn.
// Why a line and not an immediate 503: Teams does not promise to send a refused activity again,
// so refusing at once would lose the person's message or card press in an ordinary burst (everyone
// answering a reminder at 08:00); a short wait costs only memory for the parsed request, while
// the turns themselves (storage calls, cards, the connector's answers) are what fill memory and
// the event loop. The wait ends before Teams' own (about 15 s) stops listening, so no turn is run
// for an answer nobody waits for. /healthz never waits here.
export interface TurnGateOptions {
  running: number;
  queued: number;
  maxWaitMs: number;
}

export const DEFAULT_TURN_GATE: TurnGateOptions = { running: 8, queued: 2000, maxWaitMs: 12_000 };

/** What the caller answers when a turn could not get its place: 503 and when to come back. */
export const RETRY_AFTER_SECONDS = 2;

export class TurnGate {
  private active = 0;
  private readonly line: { start: () => void; timer: NodeJS.Timeout }[] = [];

  constructor(private readonly options: TurnGateOptions = DEFAULT_TURN_GATE) {}

  /** Runs `turn` when there is room; false (and `turn` not run) when the turn was turned away. */
  async run(turn: () => Promise<void>): Promise<boolean> {
    if (!(await this.enter())) return false;
    try {
      await turn();
    } finally {
      this.leave();
    }
    return true;
  }

  /** Turns running and waiting now (for logs and the burst bench). */
  load(): { running: number; waiting: number } {
    return { running: this.active, waiting: this.line.length };
  }

  private enter(): Promise<boolean> {
    if (this.active < this.options.running) {
      this.active += 1;
      return Promise.resolve(true);
    }
    if (this.line.length >= this.options.queued) return Promise.resolve(false);
    return new Promise((resolve) => {
      const place = {
        start: () => {
          clearTimeout(place.timer);
          resolve(true);
        },
        timer: setTimeout(() => {
          this.line.splice(this.line.indexOf(place), 1);
          resolve(false);
        }, this.options.maxWaitMs),
      };
      this.line.push(place);
    });
  }

  private leave(): void {
    const next = this.line.shift();
    if (next) next.start();
    else this.active -= 1;
  }
}
