// Keeps messages to Teams inside its rate limits on our side, so that Teams never has to throttle
// us: at most `perAppPerSecond` messages in any second for the whole app, and at most
// `perConversationPerSecond` to one chat. Teams counts a message when it arrives, which is some
// time after we start sending it (our own event loop, the network) and before we have its answer.
// So a message counts from the moment it is started until one second after its answer came: then
// no second, wherever Teams places the arrivals, can hold more than the limit, however slow the
// way there. The price is the answer time: the rate is the limit × 1 s / (1 s + answer time).
// A sliding window, not a token bucket (whose bursts would put up to twice the limit into one
// second). Callers are served in order; a 429's Retry-After pauses everyone (`pause`).
//
// Real time on purpose: Teams counts in real seconds whatever the business clock says.
import { DeliveryError } from "./delivery-error";

export interface RateLimits {
  /** Teams: 30 messages per second per app and tenant (configurable). */
  perAppPerSecond: number;
  /** Teams: 7 messages per second to one conversation. */
  perConversationPerSecond: number;
}

/** Monotonic milliseconds and a way to wait: real time in the product, a fake in unit tests. */
export interface Ticker {
  nowMs(): number;
  sleep(ms: number): Promise<void>;
}

export const realTicker: Ticker = {
  nowMs: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Added to the second: our clock and Teams' count in whole milliseconds. */
export const WINDOW_SAFETY_MS = 5;

/** Call when the request's answer (or failure) has come: from then on it counts for one second. */
export type Release = () => void;

const PRUNE_AT = 5000;

/** Requests started and not answered, and when the recent ones were answered (ascending). */
class Window {
  inFlight = 0;
  readonly ended: number[] = [];

  /** When one more may start: now, a moment in the future, or Infinity (when one is answered). */
  earliest(limit: number, now: number, windowMs: number): number {
    while (this.ended.length > 0 && (this.ended[0] ?? 0) + windowMs <= now) this.ended.shift();
    const excess = this.inFlight + this.ended.length - limit + 1;
    if (excess <= 0) return now;
    if (excess > this.ended.length) return Number.POSITIVE_INFINITY;
    return (this.ended[excess - 1] ?? 0) + windowMs;
  }

  idle(now: number, windowMs: number): boolean {
    const last = this.ended[this.ended.length - 1];
    return this.inFlight === 0 && (last === undefined || last + windowMs <= now);
  }
}

export class RateLimiter {
  private readonly app = new Window();
  private readonly chats = new Map<string, Window>();
  private pausedUntil = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private answered: { promise: Promise<void>; resolve: () => void } = signal();

  constructor(
    readonly limits: RateLimits,
    private readonly ticker: Ticker = realTicker,
    private readonly windowMs = 1000 + WINDOW_SAFETY_MS,
  ) {
    if (limits.perAppPerSecond < 1 || limits.perConversationPerSecond < 1) {
      throw new RangeError("Rate limits must allow at least one message per second.");
    }
  }

  /**
   * Resolves when one message may go to `conversation` (undefined: a request that counts for the app
   * only, such as opening a chat), with the function to call when its answer has come. Throws a
   * DeliveryError of kind "notSent" when that would take longer than `maxWaitMs`, counting nothing.
   */
  acquire(
    conversation: string | undefined,
    maxWaitMs = Number.POSITIVE_INFINITY,
  ): Promise<Release> {
    const deadline = this.ticker.nowMs() + maxWaitMs;
    const turn = this.queue.then(() => this.take(conversation, deadline));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  /** Teams said 429 with Retry-After: nothing goes out before it has passed. */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.ticker.nowMs() + ms);
  }

  private async take(conversation: string | undefined, deadline: number): Promise<Release> {
    for (;;) {
      const now = this.ticker.nowMs();
      const chat = conversation === undefined ? undefined : this.chat(conversation, now);
      const at = Math.max(
        this.pausedUntil,
        this.app.earliest(this.limits.perAppPerSecond, now, this.windowMs),
        chat ? chat.earliest(this.limits.perConversationPerSecond, now, this.windowMs) : now,
      );
      if (at <= now) return this.start(chat);
      if (at > deadline) {
        const next = Number.isFinite(at) ? `in ${Math.ceil(at - now)} ms` : "when one is answered";
        throw new DeliveryError("notSent", 0, `No slot within the wait allowed (next ${next}).`);
      }
      const wait = Math.min(at, deadline) - now;
      await Promise.race([
        this.answered.promise,
        Number.isFinite(wait) ? this.ticker.sleep(wait) : new Promise<void>(() => undefined),
      ]);
    }
  }

  private start(chat: Window | undefined): Release {
    this.app.inFlight += 1;
    if (chat) chat.inFlight += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const now = this.ticker.nowMs();
      for (const window of chat ? [this.app, chat] : [this.app]) {
        window.inFlight -= 1;
        window.ended.push(now);
      }
      const { resolve } = this.answered;
      this.answered = signal();
      resolve();
    };
  }

  private chat(conversation: string, now: number): Window {
    let window = this.chats.get(conversation);
    if (!window) {
      // A fan-out touches each chat once: forget chats with nothing left in their window.
      if (this.chats.size >= PRUNE_AT) {
        for (const [key, old] of this.chats) {
          if (old.idle(now, this.windowMs)) this.chats.delete(key);
        }
      }
      window = new Window();
      this.chats.set(conversation, window);
    }
    return window;
  }
}

function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
