import {
  listReports,
  readUnitState,
  submittedResults,
  type Result,
} from "../../../services/reporting";
import { unitReport } from "../../support/reports";
import { commitReport, writeReport } from "../../../services/reporting/report-store";
import { periodPartition, resultToRow, reportToRow } from "../../../services/reporting/report-rows";
import type { TableStore } from "../../../services/storage/tables";
import { testTableStore, uniquePrefix } from "../../support/storage";

const PLAN = "plan-2025";

function result(unitId: string, itemId: string, value: number, version: number): Result {
  return {
    planId: PLAN,
    periodId: "T1",
    unitId,
    itemId,
    kind: "indicator",
    value: String(value),
    number: value,
    status: value >= 82 ? "green" : "red",
    explanation: `Utfallet ${value} jämfört med gränsen 82.`,
    comment: "Se [länk](https://example.se) **fet**",
    text: "",
    by: "anna@example.se",
    byName: "Anna Berg",
    at: "2025-05-07T10:00:00.000Z",
    version,
  };
}

/** A submit as the report card makes it: the unit's stored results passed along. */
async function submit(store: TableStore, unitId: string, values: Record<string, number>) {
  const state = await readUnitState(store, PLAN, "T1", unitId);
  const version = (state.report?.version ?? 0) + 1;
  return commitReport(store, {
    planId: PLAN,
    periodId: "T1",
    current: state.report,
    next: unitReport(unitId, version),
    changes: Object.entries(values).map(([itemId, value]) => ({
      before: state.results.get(itemId),
      after: result(unitId, itemId, value, version),
    })),
    stored: state.results,
  });
}

/** The store, counting the Reports queries whose filter names result rows (`r|`). */
function counting(store: TableStore): { store: TableStore; resultQueries: () => number } {
  let queries = 0;
  const table = (name: string) => {
    const inner = store.table(name);
    return {
      ...inner,
      get: inner.get.bind(inner),
      range: (partition: string, from: string, to: string) => {
        if (from.startsWith("r|")) queries += 1;
        return inner.range(partition, from, to);
      },
      query: inner.query.bind(inner),
    } as ReturnType<TableStore["table"]>;
  };
  return { store: { ...store, table }, resultQueries: () => queries };
}

const byKey = (results: Result[]) =>
  Object.fromEntries(results.map((r) => [`${r.unitId}/${r.itemId}`, r.number]));

describe("what a summary reads of a period", () => {
  test("when units submit and submit again, then the summary gets every current result from the report rows alone, without a result query", async () => {
    const store = testTableStore(uniquePrefix());
    await submit(store, "htj", { sjuk: 80, heltid: 90 });
    await submit(store, "sabo", { sjuk: 85, heltid: 70 });
    await submit(store, "htj", { sjuk: 83 });
    const watched = counting(store);
    const read = await submittedResults(watched.store, PLAN, "T1");
    expect([...read.submitted].sort()).toEqual(["htj", "sabo"]);
    expect(byKey(read.results)).toEqual({
      "htj/sjuk": 83,
      "htj/heltid": 90,
      "sabo/sjuk": 85,
      "sabo/heltid": 70,
    });
    const htjSjuk = read.results.find((r) => r.unitId === "htj" && r.itemId === "sjuk");
    expect(htjSjuk).toMatchObject({
      planId: PLAN,
      periodId: "T1",
      version: 2,
      comment: "Se [länk](https://example.se) **fet**",
      explanation: "Utfallet 83 jämfört med gränsen 82.",
    });
    expect(watched.resultQueries()).toBe(0);
  });

  test("when report rows were written before they carried a copy, or a reopen rewrote one, then their results are read from the result rows and match", async () => {
    const store = testTableStore(uniquePrefix());
    const partition = periodPartition(PLAN, "T1");
    // As a submit wrote them before: the report row and the result rows, no copy.
    await store.table("Reports").batch([
      ["create", reportToRow(partition, unitReport("old", 1))],
      ["upsert", resultToRow(partition, result("old", "sjuk", 77, 1)), "Replace"],
    ]);
    await submit(store, "new", { sjuk: 88 });
    const reopened = await submit(store, "reopened", { sjuk: 90 });
    await writeReport(store, PLAN, "T1", reopened, {
      ...reopened,
      reopenedUntil: "2025-06-01T00:00:00.000Z",
      reopenedBy: "admin@example.se",
    });
    const watched = counting(store);
    const read = await submittedResults(watched.store, PLAN, "T1");
    expect(byKey(read.results)).toEqual({ "old/sjuk": 77, "new/sjuk": 88, "reopened/sjuk": 90 });
    expect(watched.resultQueries()).toBe(2);
  });

  test("when a report row's copy is of another version than the row, then it is not trusted", async () => {
    const store = testTableStore(uniquePrefix());
    const partition = periodPartition(PLAN, "T1");
    const stale = await submit(store, "htj", { sjuk: 70 });
    // Version 2 written as a writer that does not know of the copy would: the copy says version 1.
    const row = await store.table("Reports").get(partition, "u|htj");
    await store.table("Reports").batch([
      [
        "update",
        { ...row, partitionKey: partition, rowKey: "u|htj", version: 2 },
        "Replace",
        { etag: stale.etag ?? "" },
      ],
      ["upsert", resultToRow(partition, result("htj", "sjuk", 95, 2)), "Replace"],
    ]);
    const read = await submittedResults(store, PLAN, "T1");
    expect(byKey(read.results)).toEqual({ "htj/sjuk": 95 });
  });

  test("when a report row's copy cannot be read, then the unit's result rows are read instead", async () => {
    const store = testTableStore(uniquePrefix());
    const partition = periodPartition(PLAN, "T1");
    const written = await submit(store, "htj", { sjuk: 70 });
    const row = await store.table("Reports").get(partition, "u|htj");
    const copy = String(row?.snapshot0).replace('"status":"red"', '"status":"purple"');
    await store
      .table("Reports")
      .update(
        { ...row, partitionKey: partition, rowKey: "u|htj", snapshot0: copy },
        "Replace",
        written.etag,
      );
    const watched = counting(store);
    const read = await submittedResults(watched.store, PLAN, "T1");
    expect(read.results.map((r) => [r.itemId, r.status])).toEqual([["sjuk", "red"]]);
    expect(watched.resultQueries()).toBe(1);
  });

  test("when the report rows are listed, then they come without the copy and with their ETag", async () => {
    const store = testTableStore(uniquePrefix());
    await submit(store, "htj", { sjuk: 80 });
    const [listed] = await listReports(store, PLAN, "T1");
    expect(listed).toMatchObject({ unitId: "htj", version: 1 });
    expect(listed?.etag).toEqual(expect.any(String));
    expect(Object.keys(listed ?? {}).some((key) => key.startsWith("snapshot"))).toBe(false);
  });
});
