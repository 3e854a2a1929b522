import {
  describeChanges,
  importPlan,
  itemsForUnit,
  loadPlan,
  type PlanInput,
} from "../../../services/plan";
import type { TableStore } from "../../../services/storage/tables";
import { testTableStore } from "../../support/storage";
import { smallPlan, yamlFile } from "./plan-builders";

async function etags(
  store: TableStore,
  table: string,
  planId: string,
): Promise<Record<string, string>> {
  const rows: Record<string, string> = {};
  for (const row of await store.table(table).partition(planId)) rows[row.rowKey] = row.etag;
  return rows;
}

function nextVersion(): PlanInput {
  const plan = smallPlan();
  const goal = plan.goalAreas[0]?.goals?.[0];
  if (!goal?.indicators) throw new Error("smallPlan has indicators");
  goal.indicators[0] = {
    ...goal.indicators[0],
    id: "sjukfranvaro",
    name: "Sjukfrånvaro",
    rule: "Grön 6 Gul 7",
  };
  goal.indicators.push({ id: "hme", name: "HME", rule: "Grön 79 Gul 77", periods: ["Helår"] });
  goal.questions = [];
  plan.units = plan.units.filter((unit) => unit.id !== "htj-syd");
  plan.units.push({
    id: "sabo-vast",
    name: "SÄBO Väst",
    parent: "omsorg",
    type: "SÄBO",
    reporters: ["adele.v@example.se"],
  });
  plan.people = (plan.people ?? []).map((p) =>
    p.upn === "admin@example.se" ? { ...p, name: "Ada Administratör" } : p,
  );
  return plan;
}

describe("importing a plan again", () => {
  test("when the same plan is imported again, then nothing but its header row is written and it says there are no changes", async () => {
    const store = testTableStore();
    await importPlan(store, yamlFile(smallPlan()), { actor: "test" });
    const before = await etags(store, "PlanItems", "test-omsorg-2025");

    const again = await importPlan(store, yamlFile(smallPlan()), { actor: "test" });

    expect(again.ok && describeChanges(again.changes)).toEqual([
      "Inga ändringar jämfört med den sparade planen.",
    ]);
    expect(await etags(store, "PlanItems", "test-omsorg-2025")).toEqual(before);
  });

  test("when a changed plan is imported, then ids stay, results stay, only changed rows are written, and the changes are listed", async () => {
    const store = testTableStore();
    await importPlan(store, yamlFile(smallPlan()), { actor: "test" });
    // Another engineer's table: a result keyed by plan, period, unit and item.
    const results = store.table("Results");
    await results.create({
      partitionKey: "test-omsorg-2025",
      rowKey: "T1|htj-syd|sjukfranvaro",
      value: 6.8,
    });
    const before = await etags(store, "PlanItems", "test-omsorg-2025");

    const result = await importPlan(store, yamlFile(nextVersion()), { actor: "admin@example.se" });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));

    expect(result.changes.items).toEqual({
      added: [{ id: "hme", name: "HME" }],
      changed: [{ id: "sjukfranvaro", name: "Sjukfrånvaro" }],
      removed: [{ id: "beskriv", name: "Beskriv arbetet." }],
    });
    expect(result.changes.units).toEqual({
      added: [{ id: "sabo-vast", name: "SÄBO Väst" }],
      changed: [],
      removed: [{ id: "htj-syd", name: "Hemtjänst Syd" }],
    });
    expect(result.changes.people.changed.map((p) => p.id)).toEqual([
      "admin@example.se",
      "megan.b@example.se",
      "adele.v@example.se",
    ]);
    expect(describeChanges(result.changes)).toEqual([
      "Punkter att följa upp: 1 ny (hme); 1 ändrad (sjukfranvaro); 1 borttagen (beskriv).",
      "Enheter: 1 ny (sabo-vast); 1 borttagen (htj-syd).",
      "Personer: 3 ändrade (admin@example.se, megan.b@example.se, adele.v@example.se).",
      "Resultat som redan rapporterats för borttagna punkter och enheter finns kvar, men följs inte längre upp.",
    ]);

    const after = await etags(store, "PlanItems", "test-omsorg-2025");
    expect(Object.keys(after).sort()).toEqual([
      "hme",
      "lokalutredning",
      "personalkontinuitet",
      "sjukfranvaro",
    ]);
    expect(after.personalkontinuitet).toBe(before.personalkontinuitet);
    expect(after.lokalutredning).toBe(before.lokalutredning);
    expect(after.sjukfranvaro).not.toBe(before.sjukfranvaro);
    expect((await results.get("test-omsorg-2025", "T1|htj-syd|sjukfranvaro"))?.value).toBe(6.8);
    expect(await loadPlan(store, "test-omsorg-2025")).toEqual(result.plan);
    expect(
      (await itemsForUnit(store, "test-omsorg-2025", "sabo-vast")).map((item) => item.id),
    ).toEqual(["sjukfranvaro", "personalkontinuitet", "hme"]);
  });
});
