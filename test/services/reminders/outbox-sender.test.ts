import { DeliveryError } from "../../../services/messaging";
import { jobId, tally } from "../../../services/reminders";
import { reachOf } from "../../../services/people/reachability";
import { reminderRow, senderFixture, type SenderFixture } from "./sender-fixture";

const texts = (f: SenderFixture, conversationId: string) =>
  f.messenger.to(conversationId).map((m) => m.message.text);

describe("the outbox sender", () => {
  test("when every recipient can be reached, then each gets exactly one message and the job is done with the count", async () => {
    const f = await senderFixture();
    for (let i = 0; i < 25; i += 1) await f.person(i);
    const job = await f.job(
      {},
      Array.from({ length: 25 }, (_, i) => reminderRow(i)),
    );
    expect(await f.sender().drain(job)).toBe("done");
    for (let i = 0; i < 25; i += 1) {
      expect(texts(f, `a:personal-${i}`)).toEqual([`reminder Person ${i}: enhet-${i}`]);
    }
    // Draining again sends nothing: every row is sent.
    expect(await f.sender().drain(job)).toBe("notQueued");
    expect(f.messenger.sent).toHaveLength(25);
    const done = await f.jobs.get(job);
    expect(done).toMatchObject({ state: "done", counts: { sent: 25, unreachable: 0, failed: 0 } });
    const rows = (await f.outbox.overview(jobId(job))).rows;
    expect(rows.every((row) => row.state === "sent" && row.activityId?.startsWith("act-"))).toBe(
      true,
    );
  });

  test("when Teams answers 5xx, then the row is tried again after a backoff, and given up after five failures while the others are sent", async () => {
    const f = await senderFixture();
    for (const i of [1, 2, 3]) await f.person(i);
    f.messenger.failFor(
      (id) => id === "a:personal-2",
      () => new DeliveryError("transient", 503, "unavailable"),
      10,
    );
    f.messenger.failFor(
      (id) => id === "a:personal-3",
      () => new DeliveryError("transient", 502, "bad gateway"),
      2,
    );
    const started = f.clock.now().getTime();
    const job = await f.job({}, [reminderRow(1), reminderRow(2), reminderRow(3)]);
    expect(await f.sender().drain(job)).toBe("done");
    expect(texts(f, "a:personal-1")).toHaveLength(1);
    expect(texts(f, "a:personal-2")).toHaveLength(0);
    // Two failures, then sent: once.
    expect(texts(f, "a:personal-3")).toHaveLength(1);
    const rows = (await f.outbox.overview(jobId(job))).rows;
    expect(rows.find((r) => r.recipient === "person-2@example.se")).toMatchObject({
      state: "failed",
      reason: "gaveUp",
      failures: 5,
      attempts: 5,
      status: 503,
    });
    expect(rows.find((r) => r.recipient === "person-3@example.se")).toMatchObject({
      state: "sent",
      failures: 2,
      attempts: 3,
    });
    // Backoffs of 3.75, 7.5, 15 and 30 s (3/4 of 5·2^n with the test's jitter) were waited out.
    expect(f.clock.now().getTime() - started).toBeGreaterThanOrEqual(56_250);
    expect((await f.jobs.get(job))?.counts).toMatchObject({ sent: 2, failed: 1 });
  });

  test("when Teams answers 429 with Retry-After, then the row waits that long and is sent once", async () => {
    const f = await senderFixture();
    await f.person(1);
    f.messenger.failFor(
      () => true,
      () => new DeliveryError("throttled", 429, "throttled", 7_000),
    );
    const started = f.clock.now().getTime();
    const job = await f.job({}, [reminderRow(1)]);
    await f.sender().drain(job);
    expect(texts(f, "a:personal-1")).toHaveLength(1);
    expect(f.clock.now().getTime() - started).toBeGreaterThanOrEqual(7_000);
    const [row] = (await f.outbox.overview(jobId(job))).rows;
    expect(row).toMatchObject({ state: "sent", failures: 0, attempts: 2 });
  });

  test("when Teams answers 403, then the person is marked unreachable, the others are sent, and every reachable admin is told once", async () => {
    const f = await senderFixture(["person-9@example.se"]);
    for (const i of [1, 2, 9]) await f.person(i);
    f.messenger.failFor(
      (id) => id === "a:personal-2",
      () => new DeliveryError("unreachable", 403, "forbidden"),
    );
    const job = await f.job({}, [reminderRow(1), reminderRow(2)]);
    expect(await f.sender().drain(job)).toBe("done");
    expect(texts(f, "a:personal-1")).toHaveLength(1);
    expect(texts(f, "a:personal-9")).toEqual(["notice Person 9: Person 2=blocked"]);
    expect((await reachOf(f.addressBook, "person-2@example.se")).reach).toBe("blocked");
    // The next step does not try the blocked person again; the admin is not told again.
    const next = await f.job({ stepKey: "deadline" }, [reminderRow(1), reminderRow(2)]);
    await f.sender().drain(next);
    expect(texts(f, "a:personal-2")).toHaveLength(0);
    expect(texts(f, "a:personal-9")).toHaveLength(1);
    const rows = (await f.outbox.overview(jobId(next))).rows;
    expect(rows.find((r) => r.recipient === "person-2@example.se")).toMatchObject({
      state: "unreachable",
      reason: "blocked",
    });
  });

  test("when 413 or another refusal comes, then the row fails for good without a retry", async () => {
    const f = await senderFixture();
    for (const i of [1, 2]) await f.person(i);
    f.messenger.failFor(
      (id) => id === "a:personal-1",
      () => new DeliveryError("tooLarge", 413, "too large"),
      5,
    );
    f.messenger.failFor(
      (id) => id === "a:personal-2",
      () => new DeliveryError("failed", 400, "bad request"),
      5,
    );
    const job = await f.job({}, [reminderRow(1), reminderRow(2)]);
    await f.sender().drain(job);
    const rows = (await f.outbox.overview(jobId(job))).rows;
    expect(rows.map((r) => [r.recipient, r.state, r.reason, r.attempts]).sort()).toEqual([
      ["person-1@example.se", "failed", "tooLarge", 1],
      ["person-2@example.se", "failed", "rejected", 1],
    ]);
  });

  test("when a unit submits after the job was written, then its reporter is not reminded (missing steps) but is on the opening step", async () => {
    const f = await senderFixture();
    for (const i of [1, 2]) await f.person(i);
    f.ledger.submit("plan", "T1", "enhet-1");
    f.ledger.submit("plan", "T1", "enhet-2b");
    const missing = await f.job({}, [reminderRow(1), reminderRow(2, ["enhet-2a", "enhet-2b"])]);
    await f.sender().drain(missing);
    expect(texts(f, "a:personal-1")).toEqual([]);
    expect(texts(f, "a:personal-2")).toEqual(["reminder Person 2: enhet-2a"]);
    expect(tally(missing, (await f.outbox.overview(jobId(missing))).rows)).toMatchObject({
      sent: 1,
      reported: 1,
    });
    const opening = await f.job({ stepKey: "opening", audience: "everyone" }, [reminderRow(1)]);
    await f.sender().drain(opening);
    expect(texts(f, "a:personal-1")).toEqual(["reminder Person 1: enhet-1"]);
  });

  test("when a person has not installed the app but is in a team the bot is in, then the chat is opened from the roster and kept for next time", async () => {
    const f = await senderFixture();
    await f.person(1, false);
    f.messenger.roster = [
      { id: "29:other", name: "Other", upn: "other@example.se" },
      { id: "29:other2", name: "Other 2", upn: "other2@example.se" },
      { id: "29:person-1", name: "Person 1", upn: "person-1@example.se", aadObjectId: "aad-1" },
    ];
    const job = await f.job({}, [reminderRow(1), reminderRow(5)]);
    await f.sender().drain(job);
    expect(f.messenger.opened.map((m) => m.id)).toEqual(["29:person-1"]);
    expect(texts(f, "a:personal-29:person-1")).toHaveLength(1);
    expect((await reachOf(f.addressBook, "person-1@example.se")).reach).toBe("reachable");
    const rows = (await f.outbox.overview(jobId(job))).rows;
    expect(rows.find((r) => r.recipient === "person-5@example.se")).toMatchObject({
      state: "unreachable",
      reason: "noAddress",
    });
  });

  test("when another sender holds a row's claim, then it is left alone until the claim runs out, and then taken over and sent once", async () => {
    const f = await senderFixture();
    await f.person(1);
    const job = await f.job({}, [reminderRow(1)]);
    const [row] = (await f.outbox.overview(jobId(job))).rows;
    const started = f.clock.now().getTime();
    await f.outbox.claim(row!, "a sender that died", new Date(started + 60_000));
    await f.sender().drain(job);
    expect(texts(f, "a:personal-1")).toHaveLength(1);
    expect(f.clock.now().getTime() - started).toBeGreaterThanOrEqual(60_000);
    const [after] = (await f.outbox.overview(jobId(job))).rows;
    expect(after).toMatchObject({ state: "sent", attempts: 2, claimedBy: "test" });
  });

  test("when the messenger cannot get a rate-limit slot within the claim, then nothing is sent and the row goes back unchanged", async () => {
    const f = await senderFixture();
    await f.person(1);
    f.messenger.failFor(
      () => true,
      () => new DeliveryError("notSent", 0, "no slot"),
    );
    const job = await f.job({}, [reminderRow(1)]);
    await f.sender().drain(job);
    const [row] = (await f.outbox.overview(jobId(job))).rows;
    expect(row).toMatchObject({ state: "sent", failures: 0 });
    expect(texts(f, "a:personal-1")).toHaveLength(1);
  });
});
