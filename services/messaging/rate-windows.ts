// Teams' rate windows and the log of sends they are checked against. Teams documents its
// limits per bot and conversation as 7 messages in 1 s, 8 in 2 s, 60 in 30 s and 1 800 in an hour,
// and per app and tenant per second; a message over any of them is answered 429.
// (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit)
import type { RateLimits } from "./rate-limits";

export interface RateWindow {
  lengthMs: number;
  /** How many may start inside one window: the limit less our margin. */
  allowed: number;
  /**
   * The shortest window's starts are spread evenly (lengthMs / allowed apart) rather than let go
   * in bursts: then a message Teams sees up to one gap later than we started it still cannot make
   * a window hold more than the limit, as the margin of one message absorbs it.
   */
  paced?: boolean;
}

/** The longer per-chat windows, beside the configurable per-second one. */
const TEAMS_CHAT_WINDOWS = [
  { seconds: 2, limit: 8 },
  { seconds: 30, limit: 60 },
  { seconds: 3600, limit: 1800 },
] as const;

/**
 * A little under the limit: one message less (3 % of large limits), so that a message Teams sees a
 * little later or sooner than we started it cannot make one window hold one too many.
 */
export function withMargin(limit: number): number {
  if (limit <= 1) return limit;
  return Math.max(1, Math.min(limit - 1, Math.floor(limit * 0.97)));
}

export function appWindows(limits: RateLimits, safetyMs: number): RateWindow[] {
  return [{ lengthMs: 1000 + safetyMs, allowed: withMargin(limits.perAppPerSecond), paced: true }];
}

export function chatWindows(limits: RateLimits, safetyMs: number): RateWindow[] {
  const perSecond = { seconds: 1, limit: limits.perConversationPerSecond };
  return [perSecond, ...TEAMS_CHAT_WINDOWS].map(({ seconds, limit }) => ({
    lengthMs: seconds * 1000 + safetyMs,
    allowed: withMargin(Math.max(limit, perSecond.limit)),
    paced: seconds === 1,
  }));
}

/**
 * How much of a late start the next paced one may make up. A timer fires a millisecond or so after
 * it was asked to (Node counts timers in whole milliseconds), and a gap measured from each actual
 * start would add that to every gap: 35,5 ms instead of 34,7, 94 % of the limit instead of 96 %.
 * So the pace runs on a schedule of slots, and a start up to this much after its slot keeps the
 * slot. Small, so that the gap between two actual starts never shrinks by more than this, and
 * bounded, so that after a pause nothing bursts to "catch up"; the windows' counts, checked on the
 * actual starts, hold whatever the pace does.
 */
export const PACE_CATCH_UP_MS = 3;

/**
 * The messages a window counts: those that went on the wire (when, ascending), kept as long as the
 * longest window needs them, and those started but not on the wire yet, which count as going out
 * now. A message counts from when it went out, not from when it was let start: a busy process can
 * hold a started request back (a connection to open, an event loop tens or hundreds of
 * milliseconds late) and then write several at once, and Teams counts them as they arrive. Counted
 * from start to wire, no window of what actually went out can hold more than `allowed`, however
 * late each one left (docs/reminders.md, "The limits").
 */
export class SendLog {
  private written: number[] = [];
  private pending = 0;
  /** The slot on the pace's schedule that the last start took (see PACE_CATCH_UP_MS). */
  private slot: number | undefined;

  /**
   * The earliest moment one more may start under every window (now when it may at once; infinity
   * while those not yet on the wire fill a window: then only one going out can make room).
   */
  earliest(windows: readonly RateWindow[], now: number): number {
    let at = now;
    for (const { lengthMs, allowed, paced } of windows) {
      if (paced && this.slot !== undefined) at = Math.max(at, this.slot + lengthMs / allowed);
      const room = allowed - this.pending;
      if (room <= 0) return Number.POSITIVE_INFINITY;
      const inside = this.written.length - this.indexAfter(now - lengthMs);
      if (inside < room) continue;
      const oldest = this.written[this.written.length - room] ?? now;
      at = Math.max(at, oldest + lengthMs);
    }
    return at;
  }

  /** One was let start: it counts as going out now until it has (`wentOut`). */
  started(now: number, windows: readonly RateWindow[]): void {
    this.pending += 1;
    const paced = windows.find((window) => window.paced);
    if (paced) {
      const gap = paced.lengthMs / paced.allowed;
      const catchUp = Math.min(PACE_CATCH_UP_MS, gap / 10);
      this.slot =
        this.slot === undefined ? now : Math.min(now, Math.max(now - catchUp, this.slot + gap));
    }
  }

  /** One started earlier went on the wire now (or was answered without our seeing it go). */
  wentOut(now: number, windows: readonly RateWindow[]): void {
    this.pending = Math.max(0, this.pending - 1);
    this.written.push(now);
    const longest = Math.max(...windows.map((window) => window.lengthMs));
    const keepFrom = this.indexAfter(now - longest);
    // Dropping from the front now and then, not at every message: shift() on a long log is O(n).
    if (keepFrom > 64 && keepFrom > this.written.length / 2) {
      this.written = this.written.slice(keepFrom);
    }
  }

  idle(windows: readonly RateWindow[], now: number): boolean {
    const last = this.written[this.written.length - 1];
    const longest = Math.max(...windows.map((window) => window.lengthMs));
    return this.pending === 0 && (last === undefined || last + longest <= now);
  }

  /** The index of the first message written later than `time` (binary search; ascending). */
  private indexAfter(time: number): number {
    let low = 0;
    let high = this.written.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.written[middle] ?? 0) > time) high = middle;
      else low = middle + 1;
    }
    return low;
  }
}
