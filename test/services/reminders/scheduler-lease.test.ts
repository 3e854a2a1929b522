import { SchedulerLease } from "../../../services/reminders";
import { testTableStore } from "../../support/storage";
import { FakeClock } from "../../support/test-clocks";

describe("the scheduler lease", () => {
  test("when two instances try at the same moment, then exactly one holds the lease", async () => {
    const store = testTableStore();
    const clock = new FakeClock("2025-05-02T07:00:00Z");
    for (let round = 0; round < 5; round += 1) {
      const name = `race-${round}`;
      const leases = Array.from(
        { length: 4 },
        (_, i) => new SchedulerLease(store, clock, `instance-${i}`, 30_000, name),
      );
      const won = await Promise.all(leases.map((lease) => lease.acquire()));
      expect(won.filter(Boolean)).toHaveLength(1);
    }
  });

  test("when the holder renews, then nobody else gets it; when it stops renewing, then another takes over once the lease has run out", async () => {
    const store = testTableStore();
    const clock = new FakeClock("2025-05-02T07:00:00Z");
    const first = new SchedulerLease(store, clock, "first", 30_000);
    const second = new SchedulerLease(store, clock, "second", 30_000);
    expect(await first.acquire()).toBe(true);
    expect(first.held()).toBe(true);
    clock.advance(20_000);
    expect(await second.acquire()).toBe(false);
    expect(await first.acquire()).toBe(true);
    clock.advance(29_000);
    expect(await second.acquire()).toBe(false);
    expect(await second.current()).toMatchObject({ holder: "first" });
    // The first stops renewing (crashed): 30 s after its last renewal the second takes over.
    clock.advance(1_000);
    expect(await second.acquire()).toBe(true);
    expect(first.held()).toBe(false);
    expect(await first.acquire()).toBe(false);
  });

  test("when the holder lets go, then another instance takes the lease at once", async () => {
    const store = testTableStore();
    const clock = new FakeClock("2025-05-02T07:00:00Z");
    const first = new SchedulerLease(store, clock, "first", 30_000);
    const second = new SchedulerLease(store, clock, "second", 30_000);
    await first.acquire();
    await first.release();
    expect(first.held()).toBe(false);
    expect(await second.acquire()).toBe(true);
    // Letting go of a lease someone else holds changes nothing.
    await first.release();
    expect(await second.current()).toMatchObject({ holder: "second" });
  });

  test("when a short lease is renewed on time (at a third of it), then it still counts as held until the renewal has landed", async () => {
    const store = testTableStore();
    const clock = new FakeClock("2025-05-02T07:00:00Z");
    const lease = new SchedulerLease(store, clock, "short", 3_000, "short-lease");
    expect(await lease.acquire()).toBe(true);
    // The keeper renews after 1 s; the write takes a while under load.
    clock.advance(1_500);
    expect(lease.held()).toBe(true);
    clock.advance(600);
    expect(lease.held()).toBe(false);
    // A long lease keeps its 2 s margin for the renewing write.
    const long = new SchedulerLease(store, clock, "long", 45_000, "long-lease");
    expect(await long.acquire()).toBe(true);
    clock.advance(42_900);
    expect(long.held()).toBe(true);
    clock.advance(200);
    expect(long.held()).toBe(false);
  });
});
