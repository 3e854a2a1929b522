// The clock port: what time it is and how to wait. Reminders compare due times, leases and claims
// against it, so tests run a day of reminders in milliseconds with a fake, and a demo can start the
// bot on a chosen day (BOT_CLOCK_START) and let time run forward from there.

export interface Clock {
  now(): Date;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => new Date(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

/** A clock that reads `start` now and runs forward in real time. */
export function clockStartingAt(start: string | Date, real: Clock = systemClock): Clock {
  const offset = new Date(start).getTime() - real.now().getTime();
  if (Number.isNaN(offset)) throw new RangeError(`Not an instant: ${String(start)}`);
  return { now: () => new Date(real.now().getTime() + offset), sleep: (ms) => real.sleep(ms) };
}

/** The clock of an app that was given only `now`: waits in real time. */
export function clockFrom(now: () => Date): Clock {
  return { now, sleep: systemClock.sleep };
}
