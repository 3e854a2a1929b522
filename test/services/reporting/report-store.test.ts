import { DomainError } from "../../../services/errors";
import {
  listReports,
  listResults,
  readUnitState,
  reportHistory,
  submittedUnits,
  type Result,
  type UnitReport,
} from "../../../services/reporting";
import { deleteDrafts, saveDrafts } from "../../../services/reporting/draft-store";
import { commitReport } from "../../../services/reporting/report-store";
import { testTableStore } from "../../support/storage";

const store = testTableStore();
const PLAN = "plan-2025";

function result(unitId: string, itemId: string, value: string, version = 1): Result {
  return {
    planId: PLAN,
    periodId: "T1",
    unitId,
    itemId,
    kind: "indicator",
    value,
    number: Number(value.replace(",", ".")),
    status: "green",
    explanation: "",
    comment: "",
    text: "",
    by: "anna@example.se",
    byName: "Anna",
    at: "2025-05-07T10:00:00.000Z",
    version,
  };
}

function next(unitId: string, version: number): UnitReport {
  return {
    unitId,
    version,
    submittedAt: "2025-05-07T10:00:00.000Z",
    submittedBy: "anna@example.se",
    submittedByName: "Anna",
  };
}

async function submit(
  unitId: string,
  current: UnitReport | undefined,
  values: Record<string, string>,
) {
  const version = (current?.version ?? 0) + 1;
  return commitReport(store, {
    planId: PLAN,
    periodId: "T1",
    current,
    next: next(unitId, version),
    changes: Object.entries(values).map(([itemId, value]) => ({
      before: undefined,
      after: result(unitId, itemId, value, version),
    })),
  });
}

describe("the reporting tables", () => {
  test("when units with look-alike ids submit, then each unit's range holds only its own rows", async () => {
    for (const unitId of ["htj", "htj-norr", "htjå", "htj.b"]) {
      await submit(unitId, undefined, { sjuk: "6,1", budget: "0" });
    }
    for (const unitId of ["htj", "htj-norr", "htjå", "htj.b"]) {
      const state = await readUnitState(store, PLAN, "T1", unitId);
      expect([...state.results.values()].map((r) => r.unitId)).toEqual([unitId, unitId]);
      expect(state.report?.version).toBe(1);
    }
    const all = await listResults(store, PLAN, "T1");
    expect(all).toHaveLength(8);
    expect(await submittedUnits(store, PLAN, "T1")).toEqual(
      new Set(["htj", "htj-norr", "htjå", "htj.b"]),
    );
    expect(await listResults(store, PLAN, "T2")).toEqual([]);
    expect(await submittedUnits(store, "another-plan", "T1")).toEqual(new Set());
  });

  test("when a writer holds a stale ETag, then it gets CONFLICT and none of its rows are written", async () => {
    const first = await submit("sabo", undefined, { sjuk: "5,0" });
    const stale = { ...first, etag: (await readUnitState(store, PLAN, "T1", "sabo")).report?.etag };
    await submit("sabo", stale, { sjuk: "5,5" });
    await expect(submit("sabo", stale, { sjuk: "9,9", extra: "1" })).rejects.toThrow(DomainError);
    const state = await readUnitState(store, PLAN, "T1", "sabo");
    expect(state.report?.version).toBe(2);
    expect(state.results.get("sjuk")?.value).toBe("5,5");
    expect(state.results.has("extra")).toBe(false);
    const history = await reportHistory(store, PLAN, "T1", "sabo");
    expect(history.map((entry) => [entry.version, entry.itemId])).toEqual([
      [1, "sjuk"],
      [1, "~submit"],
      [2, "sjuk"],
      [2, "~submit"],
    ]);
  });

  test("when two first submits race, then exactly one creates the report", async () => {
    const outcomes = await Promise.allSettled([
      submit("lss", undefined, { a: "1" }),
      submit("lss", undefined, { a: "2" }),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((await listReports(store, PLAN, "T1")).filter((r) => r.unitId === "lss")).toHaveLength(
      1,
    );
  });

  test("when a submit changes more answers than one transaction holds, then all are written under one version", async () => {
    const values = Object.fromEntries(
      Array.from({ length: 130 }, (_, i) => [`item-${i}`, String(i)]),
    );
    const report = await submit("stor", undefined, values);
    expect(report.version).toBe(1);
    const state = await readUnitState(store, PLAN, "T1", "stor");
    expect(state.results.size).toBe(130);
    expect(state.report?.etag).toBe(report.etag);
    const history = await reportHistory(store, PLAN, "T1", "stor");
    expect(history).toHaveLength(131);
  });

  test("when drafts are saved and the old ones deleted, then they live apart from the results", async () => {
    const draft = (itemId: string) => ({
      itemId,
      answer: { value: "7", comment: "utkast" },
      baseVersion: 0,
      savedBy: "anna@example.se",
      savedByName: "Anna",
      savedAt: "2025-05-07T10:00:00.000Z",
    });
    await saveDrafts(
      store,
      PLAN,
      "T1",
      "ifo",
      Array.from({ length: 150 }, (_, i) => draft(`i${i}`)),
    );
    await saveDrafts(store, PLAN, "T1", "ifo-2", [draft("x")]);
    expect((await readUnitState(store, PLAN, "T1", "ifo")).drafts.size).toBe(150);
    expect((await listResults(store, PLAN, "T1")).some((r) => r.unitId === "ifo")).toBe(false);
    await saveDrafts(store, PLAN, "T1", "ifo", [{ ...draft("i0"), baseVersion: 1 }]);
    await deleteDrafts(store, PLAN, "T1", "ifo", 1);
    // Drafts made on the new version (after the submit) are kept.
    expect([...(await readUnitState(store, PLAN, "T1", "ifo")).drafts.keys()]).toEqual(["i0"]);
    expect((await readUnitState(store, PLAN, "T1", "ifo-2")).drafts.get("x")?.answer).toEqual({
      value: "7",
      comment: "utkast",
    });
  });
});
