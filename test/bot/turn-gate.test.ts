import { TurnGate } from "../../bot/turn-gate";

/** A turn that runs until it is let go, recording how many ran at once. */
function turns() {
  let running = 0;
  const seen = { most: 0, order: [] as number[] };
  const waiting: (() => void)[] = [];
  const turn = (i: number) => async () => {
    running += 1;
    seen.most = Math.max(seen.most, running);
    seen.order.push(i);
    await new Promise<void>((resolve) => waiting.push(resolve));
    running -= 1;
  };
  const letOneGo = async () => {
    for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setImmediate(resolve));
    waiting.shift()?.();
  };
  return { seen, turn, letOneGo, waiting };
}

describe("the turn gate", () => {
  test("when more turns come than may run, then the rest wait in line and run in order as places free up", async () => {
    const gate = new TurnGate({ running: 2, queued: 10, maxWaitMs: 60_000 });
    const { seen, turn, letOneGo } = turns();
    const all = Array.from({ length: 5 }, (_, i) => gate.run(turn(i)));
    expect(gate.load()).toEqual({ running: 2, waiting: 3 });
    for (let i = 0; i < 5; i += 1) await letOneGo();
    expect(await Promise.all(all)).toEqual([true, true, true, true, true]);
    expect(seen.most).toBe(2);
    expect(seen.order).toEqual([0, 1, 2, 3, 4]);
    expect(gate.load()).toEqual({ running: 0, waiting: 0 });
  });

  test("when the line is full, then the next turn is turned away without running", async () => {
    const gate = new TurnGate({ running: 1, queued: 1, maxWaitMs: 60_000 });
    const { seen, turn, letOneGo } = turns();
    const first = gate.run(turn(0));
    const second = gate.run(turn(1));
    expect(await gate.run(turn(2))).toBe(false);
    await letOneGo();
    await letOneGo();
    expect([await first, await second]).toEqual([true, true]);
    expect(seen.order).toEqual([0, 1]);
  });

  test("when a turn has waited as long as it may, then it is turned away and the line goes on", async () => {
    const gate = new TurnGate({ running: 1, queued: 10, maxWaitMs: 20 });
    const { seen, turn, letOneGo } = turns();
    const first = gate.run(turn(0));
    expect(await gate.run(turn(1))).toBe(false);
    await letOneGo();
    expect(await first).toBe(true);
    const third = gate.run(turn(2));
    await letOneGo();
    expect(await third).toBe(true);
    expect(seen.order).toEqual([0, 2]);
  });

  test("when a turn fails, then its place is freed for the next", async () => {
    const gate = new TurnGate({ running: 1, queued: 10, maxWaitMs: 60_000 });
    await expect(gate.run(() => Promise.reject(new Error("storage down")))).rejects.toThrow();
    expect(await gate.run(() => Promise.resolve())).toBe(true);
    expect(gate.load()).toEqual({ running: 0, waiting: 0 });
  });
});
