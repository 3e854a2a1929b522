import { OutboxStore, jobId } from "../../../services/reminders";
import { runnerFixture } from "./runner-fixture";

const PLAN = "norsjo-omsorg-2025";
// T1 2025: opening Fri 2 May 09:00, before-3 Tue 13 May, deadline Fri 16 May, after-2 Tue 20 May.
const OPENING = "2025-05-02T07:00:00.000Z";

describe("the reminder schedule", () => {
  test("when the tick first runs, then every step of every period is in the schedule with its time, and only those due are sent", async () => {
    const f = await runnerFixture("2025-04-30T10:00:00Z");
    const result = await f.runner().tick();
    expect(result).toMatchObject({ ran: true, due: 0, done: 0 });
    const jobs = await f.jobs.list(PLAN);
    const t1 = jobs
      .filter((job) => job.periodId === "T1")
      .map((job) => [job.stepKey, job.at, job.state]);
    expect(t1).toEqual(
      expect.arrayContaining([
        ["opening", OPENING, "scheduled"],
        ["before-3", "2025-05-13T07:00:00.000Z", "scheduled"],
        ["deadline", "2025-05-16T07:00:00.000Z", "scheduled"],
        ["after-2", "2025-05-20T07:00:00.000Z", "scheduled"],
      ]),
    );
    expect(jobs.filter((job) => job.periodId === "Helår")).toHaveLength(4);
    expect(f.messenger.sent).toHaveLength(0);
  });

  test("when an admin moves the deadline, then steps not yet sent follow; a step already sent is not sent again; a step taken away is cancelled", async () => {
    const f = await runnerFixture(OPENING);
    await f.install("megan.b@example.se", "Megan Bowen");
    await f.runner().tick();
    expect(f.messenger.to("a:personal-megan.b@example.se")).toHaveLength(1);
    const calendar = { planId: PLAN, year: 2025, definitions: f.plan.periods };
    await f.calendar.setOpens(calendar, "T1", "2025-05-05", "admin");
    await f.calendar.setDeadline(calendar, "T1", "2025-05-23", "admin");
    await f.calendar.setReminderDays(calendar, "T1", "inga", "admin");
    await f.runner().tick();
    const jobs = new Map(
      (await f.jobs.list(PLAN)).filter((j) => j.periodId === "T1").map((j) => [j.stepKey, j]),
    );
    expect(jobs.get("opening")).toMatchObject({ state: "done", at: OPENING });
    expect(jobs.get("before-3")).toMatchObject({ state: "cancelled" });
    expect(jobs.get("deadline")).toMatchObject({
      state: "scheduled",
      at: "2025-05-23T07:00:00.000Z",
    });
    expect(f.messenger.to("a:personal-megan.b@example.se")).toHaveLength(1);
  });

  test("when a step's working day ended before any instance ran, then it is missed, not sent the next morning; the next step still goes", async () => {
    const f = await runnerFixture("2025-05-05T06:30:00Z");
    await f.install("megan.b@example.se", "Megan Bowen");
    const result = await f.runner().tick();
    expect(result).toMatchObject({ missed: 1, due: 0 });
    expect(f.messenger.sent).toHaveLength(0);
    const opening = (await f.jobs.list(PLAN)).find(
      (j) => j.periodId === "T1" && j.stepKey === "opening",
    );
    expect(opening?.state).toBe("missed");

    f.clock.set("2025-05-13T12:00:00Z"); // three hours late, same working day
    expect(await f.runner().tick()).toMatchObject({ due: 1, done: 1 });
    expect(f.messenger.to("a:personal-megan.b@example.se")).toHaveLength(1);
  });

  test("when another instance holds the lease, then the tick does nothing and says who holds it", async () => {
    const f = await runnerFixture(OPENING);
    await f.install("megan.b@example.se", "Megan Bowen");
    const holder = f.runner("instance-a");
    await holder.renewLease();
    const other = await f.runner("instance-b").tick();
    expect(other).toMatchObject({ ran: false, holder: { holder: "instance-a" } });
    expect(f.messenger.sent).toHaveLength(0);
    expect(await holder.tick()).toMatchObject({ ran: true, done: 1 });
  });

  test("when the tick finds a job whose recipients were only partly written (a crash while expanding), then it writes the rest and sends each person once", async () => {
    const f = await runnerFixture("2025-05-02T06:00:00Z");
    const people = [
      ["megan.b@example.se", "Megan Bowen"],
      ["adele.v@example.se", "Adele Vance"],
      ["isaiah.l@example.se", "Isaiah Langer"],
    ] as const;
    for (const [upn, name] of people) await f.install(upn, name);
    await f.runner().tick();
    // As if an instance had made the opening due and written one row before it died.
    const job = (await f.jobs.list(PLAN)).find(
      (j) => j.periodId === "T1" && j.stepKey === "opening",
    )!;
    await f.jobs.update(job, { state: "due" });
    const outbox = new OutboxStore(f.store, () => f.clock.now());
    await outbox.enqueue(jobId(job), [
      {
        kind: "reminder",
        recipient: "adele.v@example.se",
        name: "Adele Vance",
        units: [{ id: "sabo-norrgarden", name: "Särskilt boende Norrgården", items: 4 }],
      },
    ]);
    f.clock.set("2025-05-02T07:00:10Z");
    await f.runner("another instance").tick();
    for (const [upn] of people) expect(f.messenger.to(`a:personal-${upn}`)).toHaveLength(1);
    // Made due again by mistake: written again, nothing sent again.
    await f.jobs.update((await f.jobs.get(job))!, { state: "due" });
    await f.runner().tick();
    for (const [upn] of people) expect(f.messenger.to(`a:personal-${upn}`)).toHaveLength(1);
  });
});
