import { DeliveryError, RateLimiter, type Ticker } from "../../../services/messaging";

/** Time that moves only when every waiter is asleep: the next timer fires at once. */
class VirtualTime implements Ticker {
  now = 0;
  private timers: { at: number; resolve: () => void }[] = [];

  nowMs(): number {
    return this.now;
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.timers.push({ at: this.now + ms, resolve }));
  }

  /** Runs `work` to its end, moving time forward whenever nothing else can happen. */
  async run<T>(work: Promise<T>): Promise<T> {
    let done = false;
    void work.finally(() => (done = true)).catch(() => undefined);
    for (;;) {
      for (let i = 0; i < 20; i += 1) await Promise.resolve();
      await new Promise((resolve) => setImmediate(resolve));
      if (done) return work;
      this.timers.sort((a, b) => a.at - b.at);
      const next = this.timers.shift();
      if (!next) throw new Error("stuck: nobody is waiting on time");
      this.now = Math.max(this.now, next.at);
      next.resolve();
    }
  }
}

const limits = { perAppPerSecond: 30, perConversationPerSecond: 7 };

describe("the rate limiter", () => {
  test("when 30 messages are answered at once, then the 31st waits until a second after the first answer", async () => {
    const time = new VirtualTime();
    const limiter = new RateLimiter(limits, time, 1000);
    const releases = await time.run(
      Promise.all(Array.from({ length: 30 }, (_, i) => limiter.acquire(`chat-${i}`))),
    );
    expect(time.now).toBe(0);
    time.now = 40;
    releases.forEach((release) => release());
    await time.run(limiter.acquire("chat-30"));
    expect(time.now).toBe(1040);
  });

  test("when 30 messages are still on their way, then the next waits for an answer, however long", async () => {
    const time = new VirtualTime();
    const limiter = new RateLimiter(limits, time, 1000);
    const releases = await time.run(
      Promise.all(Array.from({ length: 30 }, (_, i) => limiter.acquire(`chat-${i}`))),
    );
    let granted = false;
    const next = limiter.acquire("chat-30").then((release) => {
      granted = true;
      return release;
    });
    for (let i = 0; i < 10; i += 1) await new Promise((resolve) => setImmediate(resolve));
    expect(granted).toBe(false);
    time.now = 5000;
    releases[0]?.();
    await time.run(next);
    expect(time.now).toBe(6000);
  });

  test("when one chat gets 8 messages, then the 8th waits for the chat's second while other chats go on", async () => {
    const time = new VirtualTime();
    const limiter = new RateLimiter(limits, time, 1000);
    for (let i = 0; i < 7; i += 1) (await time.run(limiter.acquire("admin")))();
    expect(time.now).toBe(0);
    (await time.run(limiter.acquire("someone else")))();
    expect(time.now).toBe(0);
    (await time.run(limiter.acquire("admin")))();
    expect(time.now).toBe(1000);
  });

  test("when Teams says Retry-After, then nothing is let through before it has passed", async () => {
    const time = new VirtualTime();
    const limiter = new RateLimiter(limits, time, 1000);
    limiter.pause(2500);
    (await time.run(limiter.acquire("chat")))();
    expect(time.now).toBe(2500);
  });

  test("when the wait would be longer than allowed, then nothing is sent and nothing is counted", async () => {
    const time = new VirtualTime();
    const limiter = new RateLimiter(
      { perAppPerSecond: 1, perConversationPerSecond: 1 },
      time,
      1000,
    );
    (await time.run(limiter.acquire("a")))();
    await expect(time.run(limiter.acquire("b", 500))).rejects.toMatchObject({
      kind: "notSent",
      code: "DELIVERY_NOT_SENT",
    });
    await expect(time.run(limiter.acquire("b", 500))).rejects.toBeInstanceOf(DeliveryError);
    (await time.run(limiter.acquire("b", 1000)))();
    expect(time.now).toBe(1000);
  });

  test.each([
    ["fast answers", 1, 20],
    ["slow answers", 100, 900],
    ["answers of any speed", 0, 3000],
  ])(
    "when 600 messages go out with %s and Teams counts each at any moment between its start and its answer, then no second ever holds more than 30",
    async (_label, minLatency, maxLatency) => {
      const time = new VirtualTime();
      const limiter = new RateLimiter(limits, time, 1000);
      let seed = 42;
      const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
      const arrivals: number[] = [];
      const send = async (i: number) => {
        const release = await limiter.acquire(`chat-${i % 50}`);
        const start = time.now;
        const latency = minLatency + random() * (maxLatency - minLatency);
        await time.sleep(latency);
        arrivals.push(start + random() * (time.now - start));
        release();
      };
      const workers = Array.from({ length: 40 }, async (_, w) => {
        for (let i = w; i < 600; i += 40) await send(i);
      });
      await time.run(Promise.all(workers));
      arrivals.sort((a, b) => a - b);
      let most = 0;
      for (let i = 0, j = 0; i < arrivals.length; i += 1) {
        while ((arrivals[i] ?? 0) - (arrivals[j] ?? 0) >= 1000) j += 1;
        most = Math.max(most, i - j + 1);
      }
      expect(arrivals).toHaveLength(600);
      expect(most).toBeLessThanOrEqual(30);
    },
  );
});
