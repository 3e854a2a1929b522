// Clocks for reminder tests. FakeClock: time moves only when someone sleeps (instantly) or the test
// moves it, so a day of backoffs and claims runs in milliseconds. RunningClock: starts where the
// test says and runs forward in real time, as the bot's clock does with BOT_CLOCK_START.
import type { Clock } from "../../services/reminders";

export class FakeClock implements Clock {
  private ms: number;

  constructor(start: string) {
    this.ms = Date.parse(start);
  }

  now(): Date {
    return new Date(this.ms);
  }

  async sleep(ms: number): Promise<void> {
    this.ms += Math.max(0, ms);
    await new Promise((resolve) => setImmediate(resolve));
  }

  set(iso: string): void {
    this.ms = Date.parse(iso);
  }

  advance(ms: number): void {
    this.ms += ms;
  }
}

export class RunningClock implements Clock {
  private offset: number;

  constructor(start: string) {
    this.offset = Date.parse(start) - Date.now();
  }

  now(): Date {
    return new Date(Date.now() + this.offset);
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
  }

  set(iso: string): void {
    this.offset = Date.parse(iso) - Date.now();
  }
}
