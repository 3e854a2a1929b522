// The one loop helper: no overlap, failures logged and survived, stop waits, `run` goes alone.
import { Writable } from "node:stream";
import { createLogger } from "../../../services/logging/logger";
import { Loop } from "../../../services/scheduling/loop";

function recordingLogger() {
  const lines: { level: number; msg: string; err?: { message: string } }[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as (typeof lines)[number]);
      done();
    },
  });
  return { logger: createLogger("info", stream), lines };
}

/** A promise and its resolver, to let a test decide when a run ends. */
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

const pause = () => new Promise((resolve) => setImmediate(resolve));
/** Long enough for a 1 ms loop to have run again had it been going to. */
const aWhile = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("the loop", () => {
  test("when runs are slower than the interval and kicked, then two runs never overlap", async () => {
    let active = 0;
    let most = 0;
    let runs = 0;
    const fifth = gate();
    const loop = new Loop(
      async () => {
        active += 1;
        most = Math.max(most, active);
        await pause();
        loop.kick();
        active -= 1;
        runs += 1;
        if (runs === 5) fifth.open();
      },
      { everyMs: 1, logger: recordingLogger().logger, failure: "failed" },
    );
    loop.start();
    loop.start();
    await fifth.opened;
    await loop.stop();
    expect(runs).toBeGreaterThanOrEqual(5);
    expect(most).toBe(1);
  });

  test("when a run fails, then the failure is logged with its error and the next run comes", async () => {
    const { logger, lines } = recordingLogger();
    let runs = 0;
    const second = gate();
    const loop = new Loop(
      async () => {
        runs += 1;
        if (runs === 1) throw new Error("storage away");
        second.open();
      },
      { everyMs: 1, logger, failure: "summary sweep failed" },
    );
    loop.start();
    await second.opened;
    await loop.stop();
    const failure = lines.find((line) => line.msg === "summary sweep failed");
    expect(failure?.err?.message).toBe("storage away");
    expect(runs).toBeGreaterThanOrEqual(2);
  });

  test("when stopped during a run, then stop waits for that run and no run follows", async () => {
    const release = gate();
    const started = gate();
    let runs = 0;
    let ended = false;
    const loop = new Loop(
      async () => {
        runs += 1;
        started.open();
        await release.opened;
        ended = true;
      },
      { everyMs: 1, logger: recordingLogger().logger, failure: "failed" },
    );
    loop.start();
    await started.opened;
    const stopped = loop.stop();
    release.open();
    await stopped;
    expect(ended).toBe(true);
    loop.kick();
    await loop.idle();
    await aWhile();
    expect(runs).toBe(1);
  });

  test("when run is asked for during a loop run, then it runs after it, alone, and returns its result", async () => {
    const release = gate();
    const started = gate();
    const order: string[] = [];
    const loop = new Loop(
      async () => {
        order.push("loop start");
        started.open();
        await release.opened;
        order.push("loop end");
      },
      { everyMs: 60_000, logger: recordingLogger().logger, failure: "failed" },
    );
    loop.start();
    await started.opened;
    const result = loop.run(async () => {
      order.push("work");
      return 42;
    });
    release.open();
    await expect(result).resolves.toBe(42);
    await expect(loop.run(() => Promise.reject(new Error("no lease")))).rejects.toThrow("no lease");
    await loop.stop();
    expect(order).toEqual(["loop start", "loop end", "work"]);
  });

  test("when a loop that was never started is kicked, then it runs once and stops there", async () => {
    let runs = 0;
    const loop = new Loop(
      async () => {
        runs += 1;
      },
      { everyMs: 1, logger: recordingLogger().logger, failure: "failed" },
    );
    loop.kick();
    await loop.idle();
    await aWhile();
    await loop.stop();
    expect(runs).toBe(1);
  });
});
