import { isDomainError } from "../../../services/errors";
import {
  importPlan,
  itemsForUnit,
  listPlans,
  loadPlan,
  planSchema,
  requirePlan,
  savePlan,
  unitsForReporter,
} from "../../../services/plan";
import { readStoredPlan } from "../../../services/plan/plan-store";
import { testTableStore } from "../../support/storage";
import { smallPlan, yamlFile } from "./plan-builders";

const stamp = { importedAt: "2025-01-15T08:00:00.000Z", importedBy: "test" };

describe("plan storage", () => {
  const store = testTableStore();
  const plan = planSchema.parse(smallPlan());

  beforeAll(async () => {
    await savePlan(store, plan, stamp);
  });

  test.each([
    ["htj-norr", ["sjukfranvaro", "personalkontinuitet", "beskriv"]],
    ["sabo-ost", ["sjukfranvaro", "personalkontinuitet", "beskriv"]],
    ["omsorg", ["lokalutredning"]],
  ])(
    "when unit %s lists its items, then it gets those it reports, in plan order",
    async (unitId, ids) => {
      expect((await itemsForUnit(store, plan.id, unitId)).map((item) => item.id)).toEqual(ids);
    },
  );

  test("when a unit's items are listed, then each comes with its kind and goal", async () => {
    const [first] = await itemsForUnit(store, plan.id, "omsorg");
    expect(first).toMatchObject({
      kind: "activity",
      goalAreaId: "valfard",
      goalId: "kontinuitet",
      name: "Lokalutredning",
    });
  });

  test.each([
    ["Megan.B@example.se", ["htj-norr", "htj-syd"]],
    ["MEGAN.B@EXAMPLE.SE", ["htj-norr", "htj-syd"]],
    [" adele.v@example.se ", ["sabo-ost"]],
    ["okand@example.se", []],
  ])(
    "when %j asks for the units they report for, then the case of the address does not matter",
    async (upn, ids) => {
      expect((await unitsForReporter(store, plan.id, upn)).map((unit) => unit.id)).toEqual(ids);
    },
  );

  test("when the plans are listed, then the plan is there with its summary and who imported it", async () => {
    expect(await listPlans(store)).toEqual([
      expect.objectContaining({
        planId: "test-omsorg-2025",
        year: 2025,
        importedBy: "test",
        summary: expect.objectContaining({ indicators: 2, activities: 1, questions: 1 }),
      }),
    ]);
  });

  test("when a plan that is not stored is asked for, then loadPlan gives undefined and requirePlan NOT_FOUND", async () => {
    expect(await loadPlan(store, "finns-inte")).toBeUndefined();
    const error = await requirePlan(store, "finns-inte").catch((e: unknown) => e);
    expect(isDomainError(error, "NOT_FOUND")).toBe(true);
    const unitError = await itemsForUnit(store, plan.id, "finns-inte").catch((e: unknown) => e);
    expect(isDomainError(unitError, "NOT_FOUND")).toBe(true);
  });

  test("when an item's text is longer than a table property holds, then it is split and read back whole", async () => {
    const own = testTableStore();
    const long = smallPlan();
    const description = Array(3000).fill("Lång beskrivning med å, ä, ö och 😀.").join(" "); // ~110 000 characters
    const goal = long.goalAreas[0]?.goals?.[0];
    if (!goal?.indicators?.[0]) throw new Error("smallPlan has an indicator");
    goal.indicators[0].description = description;
    const result = await importPlan(own, yamlFile(long), { actor: "test" });
    expect(result.ok).toBe(true);
    const stored = (await loadPlan(own, long.id))?.goalAreas[0]?.goals[0]?.indicators[0]
      ?.description;
    expect(stored?.length).toBe(description.length);
    expect(stored === description).toBe(true); // not toBe: a failure would print 110 000 characters
  });

  test("when someone saves the plan after it was read, then saving over the stale copy is refused with CONFLICT", async () => {
    const own = testTableStore();
    await savePlan(own, plan, stamp);
    const stale = await readStoredPlan(own, plan.id);
    await savePlan(own, plan, { ...stamp, importedBy: "someone else" });
    const error = await savePlan(own, plan, stamp, stale).catch((e: unknown) => e);
    expect(isDomainError(error, "CONFLICT")).toBe(true);
  });
});
