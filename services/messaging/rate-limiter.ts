// Keeps messages to Teams inside its rate limits on our side, so that Teams never has to throttle
// us. Teams counts a request when it arrives, whatever its answer time, so a message counts from the
// moment it is started until a window's length after it went on the wire (the caller says when:
// `Release.sent`): the rate reaches the limit at any latency, as long as enough are in flight (at
// 1 s answers, about one second's worth), and a process too busy to write its started requests at
// once cannot put more into a second than allowed when it writes them together. The windows are
// Teams' own: per app and tenant per second, and per chat 7 in 1 s, 8 in 2 s, 60 in 30 s and 1 800
// in an hour (rate-windows.ts), each kept a small margin under (one message, and a few
// milliseconds), and the starts of a second spread evenly, so that the spread between when a
// message leaves and when Teams sees it (up to one gap, about 35 ms at 30 a second) cannot push a
// window over. Sliding logs, not token buckets (whose bursts would put up to twice the limit
// into one second). Callers are served in order; a 429's Retry-After pauses everyone (`pause`).
//
// Real time on purpose: Teams counts in real seconds whatever the business clock says.
import { DeliveryError } from "./delivery-error";
import type { RateLimits } from "./rate-limits";
import { appWindows, chatWindows, SendLog, type RateWindow } from "./rate-windows";

export type { RateLimits } from "./rate-limits";

/** Monotonic milliseconds and a way to wait: real time in the product, a fake in unit tests. */
export interface Ticker {
  nowMs(): number;
  sleep(ms: number): Promise<void>;
}

export const realTicker: Ticker = {
  nowMs: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Added to every window: our clock and Teams' count in whole milliseconds. */
export const WINDOW_SAFETY_MS = 5;

/**
 * What a caller gets with its slot. Call it when the request's answer (or failure) has come: that
 * frees its place among those in flight. Call `sent` when the request has gone on the wire: until
 * then it counts in every window as going out at this very moment (a request answered without
 * `sent` counts from its answer).
 */
export interface Release {
  (): void;
  sent(): void;
}

export interface LimiterOptions {
  /** Added to every window's length (tests pass 0 to reason in whole seconds). */
  safetyMs: number;
  /**
   * Requests on their way at once. Enough to fill the app's second at 4 s answers; a bound so that
   * a Teams that stops answering does not collect thousands of open requests.
   */
  maxInFlight: number;
}

const PRUNE_AT = 5000;
const PRUNE_EVERY_MS = 10_000;

export class RateLimiter {
  private readonly appWindows: readonly RateWindow[];
  private readonly chatWindows: readonly RateWindow[];
  private readonly app = new SendLog();
  private readonly chats = new Map<string, SendLog>();
  private readonly options: LimiterOptions;
  private inFlight = 0;
  private lastPrune = 0;
  private pausedUntil = 0;
  private queue: Promise<unknown> = Promise.resolve();
  /** Resolves when a message goes on the wire or is answered: either can make room. */
  private changed: { promise: Promise<void>; resolve: () => void } = signal();

  constructor(
    readonly limits: RateLimits,
    private readonly ticker: Ticker = realTicker,
    options: Partial<LimiterOptions> = {},
  ) {
    if (limits.perAppPerSecond < 1 || limits.perConversationPerSecond < 1) {
      throw new RangeError("Rate limits must allow at least one message per second.");
    }
    this.options = {
      safetyMs: WINDOW_SAFETY_MS,
      maxInFlight: limits.perAppPerSecond * 4,
      ...options,
    };
    this.appWindows = appWindows(limits, this.options.safetyMs);
    this.chatWindows = chatWindows(limits, this.options.safetyMs);
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
      const full = this.inFlight >= this.options.maxInFlight;
      const at = Math.max(
        this.pausedUntil,
        this.app.earliest(this.appWindows, now),
        chat ? chat.earliest(this.chatWindows, now) : now,
        full ? Number.POSITIVE_INFINITY : now,
      );
      if (at <= now) return this.start(now, chat);
      if (at > deadline) {
        const next = Number.isFinite(at) ? `in ${Math.ceil(at - now)} ms` : "when one is answered";
        throw new DeliveryError("notSent", 0, `No slot within the wait allowed (next ${next}).`);
      }
      const wait = Math.min(at, deadline) - now;
      await Promise.race([
        this.changed.promise,
        Number.isFinite(wait) ? this.ticker.sleep(wait) : new Promise<void>(() => undefined),
      ]);
    }
  }

  private start(now: number, chat: SendLog | undefined): Release {
    this.app.started(now, this.appWindows);
    chat?.started(now, this.chatWindows);
    this.inFlight += 1;
    let sent = false;
    let released = false;
    const wentOut = () => {
      if (sent) return;
      sent = true;
      const at = this.ticker.nowMs();
      this.app.wentOut(at, this.appWindows);
      chat?.wentOut(at, this.chatWindows);
      this.wake();
    };
    const release = () => {
      if (released) return;
      released = true;
      wentOut();
      this.inFlight -= 1;
      this.wake();
    };
    return Object.assign(release, { sent: wentOut });
  }

  private wake(): void {
    const { resolve } = this.changed;
    this.changed = signal();
    resolve();
  }

  private chat(conversation: string, now: number): SendLog {
    let log = this.chats.get(conversation);
    if (!log) {
      // A fan-out touches each chat once: now and then, forget chats with nothing left in a window.
      if (this.chats.size >= PRUNE_AT && now - this.lastPrune >= PRUNE_EVERY_MS) {
        this.lastPrune = now;
        for (const [key, old] of this.chats) {
          if (old.idle(this.chatWindows, now)) this.chats.delete(key);
        }
      }
      log = new SendLog();
      this.chats.set(conversation, log);
    }
    return log;
  }
}

function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
