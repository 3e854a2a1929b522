import { listResults, readUnitState, type Result } from "../../../services/reporting";
import { saveDrafts } from "../../../services/reporting/draft-store";
import { commitReport } from "../../../services/reporting/report-store";
import { periodPartition, resultKey } from "../../../services/reporting/report-rows";
import { testTableStore } from "../../support/storage";

const store = testTableStore();
const PLAN = "parts-2025";

function result(unitId: string, itemId: string, extra: Partial<Result>): Result {
  return {
    planId: PLAN,
    periodId: "T1",
    unitId,
    itemId,
    kind: "indicator",
    value: "20",
    number: 20,
    status: "none",
    explanation: "",
    comment: "",
    text: "",
    by: "anna@example.se",
    byName: "Anna",
    at: "2025-05-07T10:00:00.000Z",
    version: 1,
    ...extra,
  };
}

describe("parts and milestone states in the reporting tables", () => {
  test("when a result with parts and one with milestone states are submitted, then they read back the same", async () => {
    const parts = result("htj", "vantande", { parts: { women: 12, men: 8 } });
    const activity = result("htj", "kompetens", {
      kind: "activity",
      value: "",
      number: undefined,
      activityState: "inProgress",
      milestoneStates: { "1": "done", "2": "delayed" },
    });
    await commitReport(store, {
      planId: PLAN,
      periodId: "T1",
      current: undefined,
      next: { unitId: "htj", version: 1, submittedAt: parts.at, submittedBy: parts.by },
      changes: [parts, activity].map((after) => ({ before: undefined, after })),
    });
    const state = await readUnitState(store, PLAN, "T1", "htj");
    expect(state.results.get("vantande")?.parts).toEqual({ women: 12, men: 8 });
    expect(state.results.get("kompetens")?.milestoneStates).toEqual({
      "1": "done",
      "2": "delayed",
    });
  });

  test("when a result stored before breakdowns is read, then it loads without parts or milestone states", async () => {
    const { parts: _parts, milestoneStates: _states, ...old } = result("sabo", "vantande", {});
    await store.table("Reports").upsert(
      {
        partitionKey: periodPartition(PLAN, "T1"),
        rowKey: resultKey("sabo", "vantande"),
        ...old,
      },
      "Replace",
    );
    const [loaded] = (await listResults(store, PLAN, "T1")).filter((r) => r.unitId === "sabo");
    expect(loaded).toMatchObject({ value: "20", number: 20 });
    expect(loaded && "parts" in loaded).toBe(false);
    expect(loaded && "milestoneStates" in loaded).toBe(false);
  });

  test("when a stored parts column is not the JSON it should be, then reading says the row cannot be read", async () => {
    await store.table("Reports").upsert(
      {
        partitionKey: periodPartition(PLAN, "T2"),
        rowKey: resultKey("lss", "vantande"),
        ...result("lss", "vantande", {}),
        periodId: "T2",
        parts: '{"women":"tolv"}',
      },
      "Replace",
    );
    await expect(listResults(store, PLAN, "T2")).rejects.toMatchObject({
      code: "STORAGE_UNAVAILABLE",
    });
  });

  test("when a draft with parts and milestone states is saved, then the unit's state gives them back", async () => {
    await saveDrafts(store, PLAN, "T3", "hsv", [
      {
        itemId: "vantande",
        answer: { value: "20", parts: { women: "12", men: "9" } },
        baseVersion: 0,
        savedBy: "anna@example.se",
        savedByName: "Anna",
        savedAt: "2025-05-07T10:00:00.000Z",
      },
      {
        itemId: "kompetens",
        answer: { state: "inProgress", milestones: { "2": "delayed" } },
        baseVersion: 0,
        savedBy: "anna@example.se",
        savedByName: "Anna",
        savedAt: "2025-05-07T10:00:00.000Z",
      },
    ]);
    const state = await readUnitState(store, PLAN, "T3", "hsv");
    expect(state.drafts.get("vantande")?.answer).toEqual({
      value: "20",
      parts: { women: "12", men: "9" },
    });
    expect(state.drafts.get("kompetens")?.answer).toEqual({
      state: "inProgress",
      milestones: { "2": "delayed" },
    });
  });
});
