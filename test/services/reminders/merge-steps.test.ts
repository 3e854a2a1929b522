// The grouping of steps due at the same moment into one job (one reminder per person and step,
// across plans), on the test's own Azurite tables: who leads, what survives a tick that stopped
// half-way, and the rows a lead writes.
import fs from "node:fs";
import path from "node:path";
import { planSchema, type Plan } from "../../../services/plan";
import { JobStore, jobId, type ReminderJob } from "../../../services/reminders";
import { groupSameStep, mergedReminderRows } from "../../../services/reminders/merge-steps";
import { testTableStore } from "../../support/storage";
import { parse } from "yaml";

const AT = "2025-05-02T07:00:00.000Z";

async function dueJobs(jobs: JobStore, planIds: string[], at = AT): Promise<ReminderJob[]> {
  for (const planId of planIds) {
    await jobs.create({
      planId,
      periodId: "T1",
      stepKey: "opening",
      origin: "calendar",
      audience: "everyone",
      copyToAdmin: false,
      at,
      state: "due",
      locale: "sv",
    });
  }
  return jobs.open();
}

function plan(file: string): Plan {
  const text = fs.readFileSync(path.resolve(__dirname, "../../..", file), "utf8");
  return planSchema.parse(parse(text));
}

describe("steps of several plans due at the same moment", () => {
  test("when three plans' openings are due at once, then the first by id leads and the others are merged into it", async () => {
    const jobs = new JobStore(testTableStore(), () => new Date(AT));
    await groupSameStep({ jobs }, await dueJobs(jobs, ["plan-c", "plan-a", "plan-b"]));
    const byPlan = new Map((await jobs.open()).map((job) => [job.planId, job]));
    expect(byPlan.get("plan-a")?.members?.map((m) => m.planId)).toEqual(["plan-b", "plan-c"]);
    expect(byPlan.get("plan-b")?.mergedInto).toBe(
      jobId(byPlan.get("plan-a") ?? { planId: "", periodId: "", stepKey: "" }),
    );
    expect(byPlan.get("plan-c")?.mergedInto).toBe(byPlan.get("plan-b")?.mergedInto);
  });

  test("when a tick stopped after marking only some members, then the next one groups the rest into the same lead", async () => {
    const jobs = new JobStore(testTableStore(), () => new Date(AT));
    const open = await dueJobs(jobs, ["plan-a", "plan-b", "plan-c"]);
    const lead = open.find((job) => job.planId === "plan-a") as ReminderJob;
    const b = open.find((job) => job.planId === "plan-b") as ReminderJob;
    // As a stopped tick leaves it: the lead knows both, only plan-b is marked.
    await jobs.update(lead, {
      members: [
        { planId: "plan-b", periodId: "T1", stepKey: "opening" },
        { planId: "plan-c", periodId: "T1", stepKey: "opening" },
      ],
    });
    await jobs.update(b, { mergedInto: jobId(lead) });
    await groupSameStep({ jobs }, await jobs.open());
    const after = new Map((await jobs.open()).map((job) => [job.planId, job]));
    expect(after.get("plan-a")?.mergedInto).toBeUndefined();
    expect(after.get("plan-c")?.mergedInto).toBe(jobId(lead));
    expect(after.get("plan-a")?.members).toHaveLength(2);
  });

  test("when steps are due at different moments, or one has been expanded already, then nothing is merged", async () => {
    const jobs = new JobStore(testTableStore(), () => new Date(AT));
    await dueJobs(jobs, ["plan-a"]);
    await dueJobs(jobs, ["plan-b"], "2025-05-02T08:00:00.000Z");
    await groupSameStep({ jobs }, await jobs.open());
    expect((await jobs.open()).every((job) => !job.members && !job.mergedInto)).toBe(true);
  });

  test("when a person reports in both plans, then the lead's rows give them one row with the units of both, the member's tagged with its plan", () => {
    const omsorg = plan("plans/examples/norsjo-omsorg-2025.yaml");
    const ifo = plan("test/fixtures/plans/norsjo-ifo-2025.yaml");
    const { rows } = mergedReminderRows({ plan: ifo, periodId: "T1", submitted: new Set() }, [
      { plan: omsorg, periodId: "T1", submitted: new Set(["htj-norsjo"]) },
    ]);
    const megan = rows.filter((row) => row.recipient === "megan.b@example.se");
    expect(megan).toHaveLength(1);
    expect(megan[0]?.units).toEqual([
      expect.objectContaining({ id: "ifo-mottagning" }),
      expect.objectContaining({ id: "htj-bastutrask", planId: omsorg.id, periodId: "T1" }),
    ]);
    expect(megan[0]?.units?.[0]).not.toHaveProperty("planId");
    expect(rows.map((row) => row.recipient)).toEqual(
      expect.arrayContaining(["lee.g@example.se", "adele.v@example.se", "isaiah.l@example.se"]),
    );
  });
});
