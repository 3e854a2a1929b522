import fs from "node:fs";
import path from "node:path";
import { AdminDirectory } from "../../../services/admins/admin-directory";
import { LeadershipDirectory } from "../../../services/access/leadership-directory";
import { AuditLog } from "../../../services/audit/audit-log";
import { CalendarStore } from "../../../services/calendar";
import { importPlan, listPlans, loadPlan } from "../../../services/plan";
import { DeputyDirectory } from "../../../services/deputies/deputy-directory";
import { shareVersionReads, withinTurn } from "../../../services/shared-state/shared-version";
import { OrganisationSettings } from "../../../services/settings/organisation-settings";
import type { TableStore } from "../../../services/storage/tables";
import { testTableStore, uniquePrefix } from "../../support/storage";

const file = path.resolve(__dirname, "../../../plans/examples/norsjo-omsorg-2025.yaml");
const yaml = fs.readFileSync(file, "utf8");

/** A second instance: its own store (and so its own memory) on the same tables; counts tables asked for. */
function instance(prefix: string): { store: TableStore; asked: string[] } {
  const inner = testTableStore(prefix);
  const asked: string[] = [];
  return {
    asked,
    store: { ...inner, table: (name) => (asked.push(name), inner.table(name)) },
  };
}

async function importNorsjo(store: TableStore, name = "Verksamhetsplan 2025 Omsorg") {
  const content = Buffer.from(yaml.replace("Verksamhetsplan 2025 Omsorg", name));
  const result = await importPlan(store, { fileName: "plan.yaml", content }, { actor: "test" });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.plan;
}

describe("what instances keep in memory of plans, calendars, admins and settings", () => {
  test("when nothing changed since the last turn, then a turn reads the version row and no plan table", async () => {
    const a = instance(uniquePrefix());
    const plan = await importNorsjo(a.store);
    await withinTurn(async () => [await loadPlan(a.store, plan.id), await listPlans(a.store)]);
    a.asked.length = 0;
    const again = await withinTurn(async () => {
      await loadPlan(a.store, plan.id);
      await listPlans(a.store);
      return loadPlan(a.store, plan.id);
    });
    expect(again?.name).toBe("Verksamhetsplan 2025 Omsorg");
    expect(a.asked).toEqual(["Versions"]);
  });

  test("when another instance imports a changed plan, then the next turn here sees the change", async () => {
    const prefix = uniquePrefix();
    const a = instance(prefix);
    const b = instance(prefix);
    const plan = await importNorsjo(a.store);
    expect((await withinTurn(() => loadPlan(a.store, plan.id)))?.name).toBe(
      "Verksamhetsplan 2025 Omsorg",
    );
    await importNorsjo(b.store, "Omsorgsplan 2025, reviderad");
    expect((await withinTurn(() => loadPlan(a.store, plan.id)))?.name).toBe(
      "Omsorgsplan 2025, reviderad",
    );
    expect((await withinTurn(() => listPlans(a.store)))[0]?.name).toBe(
      "Omsorgsplan 2025, reviderad",
    );
  });

  test("when another instance adds an admin, changes a deadline or the active plan, then the next turn here sees it", async () => {
    const prefix = uniquePrefix();
    const a = instance(prefix);
    const b = instance(prefix);
    const plan = await importNorsjo(a.store);
    const admins = (store: TableStore) => new AdminDirectory(store, new AuditLog(store), []);
    const may2025 = () => new Date("2025-05-07T10:00:00Z");
    const calendar = (store: TableStore) => new CalendarStore(store, new AuditLog(store), may2025);
    const settings = (store: TableStore) => new OrganisationSettings(store, new AuditLog(store));
    const person = { aadObjectId: "aad-anna", upn: "anna.berg@example.se" };
    const planCalendar = { planId: plan.id, year: plan.year, definitions: plan.periods };
    const t1Deadline = async (store: TableStore) =>
      (await calendar(store).resolve(planCalendar)).find((p) => p.id === "T1")?.deadline;

    const before = await withinTurn(async () => ({
      admin: await admins(a.store).isAdmin(person),
      deadline: await t1Deadline(a.store),
      active: await settings(a.store).getActivePlanId(),
    }));
    expect(before).toEqual({ admin: false, deadline: expect.any(String), active: undefined });

    await admins(b.store).add("anna.berg@example.se", "test");
    await calendar(b.store).setDeadline(planCalendar, "T1", "2025-05-28", "test");
    await settings(b.store).setActivePlanId(plan.id, "test");

    const after = await withinTurn(async () => ({
      admin: await admins(a.store).isAdmin(person),
      deadline: await t1Deadline(a.store),
      active: await settings(a.store).getActivePlanId(),
    }));
    expect(after).toEqual({ admin: true, deadline: "2025-05-28", active: plan.id });
  });

  test("when this instance changes something inside a turn, then the rest of the turn reads it anew", async () => {
    const a = instance(uniquePrefix());
    await withinTurn(async () => {
      const directory = new AdminDirectory(a.store, new AuditLog(a.store), []);
      const person = { aadObjectId: "aad-bo", upn: "bo@example.se" };
      expect(await directory.isAdmin(person)).toBe(false);
      await directory.add("bo@example.se", "test");
      expect(await directory.isAdmin(person)).toBe(true);
    });
  });

  test("when a turn asks whether someone is leadership, then it reads the version row and no Leadership row; when another instance names or removes them, then the next turn here sees it", async () => {
    const prefix = uniquePrefix();
    const a = instance(prefix);
    const b = instance(prefix);
    const leadership = (store: TableStore) => new LeadershipDirectory(store, new AuditLog(store));
    const person = { aadObjectId: "aad-cecilia", upn: "cecilia.ek@example.se" };
    expect(await withinTurn(() => leadership(a.store).isNamed(person))).toBe(false);
    a.asked.length = 0;
    expect(await withinTurn(() => leadership(a.store).isNamed(person))).toBe(false);
    expect(a.asked).toEqual(["Versions"]);

    await leadership(b.store).add("cecilia.ek@example.se", "test");
    expect(await withinTurn(() => leadership(a.store).isNamed(person))).toBe(true);
    await leadership(b.store).remove("cecilia.ek@example.se", "test");
    expect(await withinTurn(() => leadership(a.store).isNamed(person))).toBe(false);
  });

  describe("when the store shares reads of the version row for 250 ms (as the bot's does)", () => {
    let now = 0;
    const clock = () => now;
    function sharing(prefix: string) {
      const made = instance(prefix);
      shareVersionReads(made.store, { freshForMs: 250, clock });
      return made;
    }
    beforeEach(() => {
      now = 0;
    });

    test("when turns follow each other within the bound, then they read the version row once between them", async () => {
      const a = sharing(uniquePrefix());
      const plan = await importNorsjo(a.store);
      await withinTurn(() => loadPlan(a.store, plan.id));
      now += 1_000;
      a.asked.length = 0;
      for (let turn = 0; turn < 5; turn += 1) {
        await withinTurn(() => loadPlan(a.store, plan.id));
        now += 50;
      }
      expect(a.asked).toEqual(["Versions"]);
    });

    test("when another instance imports a changed plan, then turns here see it once the bound has passed since", async () => {
      const prefix = uniquePrefix();
      const a = sharing(prefix);
      const b = instance(prefix);
      const plan = await importNorsjo(a.store);
      const name = () => withinTurn(async () => (await loadPlan(a.store, plan.id))?.name);
      expect(await name()).toBe("Verksamhetsplan 2025 Omsorg");
      await importNorsjo(b.store, "Omsorgsplan 2025, reviderad");
      now += 200;
      expect(await name()).toBe("Verksamhetsplan 2025 Omsorg"); // within the bound: from memory
      now += 51;
      expect(await name()).toBe("Omsorgsplan 2025, reviderad");
    });

    test("when this instance makes a change, then its next turn sees it at once, within the bound", async () => {
      const a = sharing(uniquePrefix());
      const directory = new AdminDirectory(a.store, new AuditLog(a.store), []);
      const person = { aadObjectId: "aad-bo", upn: "bo@example.se" };
      expect(await withinTurn(() => directory.isAdmin(person))).toBe(false);
      await withinTurn(() => directory.add("bo@example.se", "test"));
      expect(await withinTurn(() => directory.isAdmin(person))).toBe(true);
    });
  });

  test("when a turn asks for a plan's deputies again, then it reads no Deputies row; when another instance names one, then the next turn here sees them", async () => {
    const prefix = uniquePrefix();
    const a = instance(prefix);
    const b = instance(prefix);
    const may2025 = () => new Date("2025-05-07T10:00:00Z");
    const deputies = (store: TableStore) =>
      new DeputyDirectory(store, new AuditLog(store), may2025, "Europe/Stockholm");
    expect(await withinTurn(() => deputies(a.store).current("plan-1"))).toEqual([]);
    a.asked.length = 0;
    expect(await withinTurn(() => deputies(a.store).current("plan-1"))).toEqual([]);
    expect(a.asked).toEqual(["Versions"]);

    await deputies(b.store).set("plan-1", {
      unitId: "htj-norsjo",
      deputy: "dan@example.se",
      deputyName: "Dan",
      forWhom: "",
      until: "",
      setBy: "test",
    });
    expect(await withinTurn(() => deputies(a.store).current("plan-1"))).toEqual([
      expect.objectContaining({ unitId: "htj-norsjo", deputy: "dan@example.se" }),
    ]);
  });

  test("when a plan's periods are resolved again while nothing changed, then they are not resolved anew; when another instance changes a deadline, then they are", async () => {
    const prefix = uniquePrefix();
    const a = instance(prefix);
    const b = instance(prefix);
    const plan = await importNorsjo(a.store);
    const may2025 = () => new Date("2025-05-07T10:00:00Z");
    const calendar = (store: TableStore) => new CalendarStore(store, new AuditLog(store), may2025);
    const periods = (store: TableStore) =>
      withinTurn(async () => {
        const loaded = await loadPlan(store, plan.id);
        if (!loaded) throw new Error("no plan");
        return calendar(store).resolve({
          planId: loaded.id,
          year: loaded.year,
          definitions: loaded.periods,
        });
      });
    const first = await periods(a.store);
    const again = await periods(a.store);
    expect(again[0]).toBe(first[0]); // the same object: not resolved again
    expect(Object.isFrozen(again[0])).toBe(true); // shared, so no caller may change it

    const planCalendar = { planId: plan.id, year: plan.year, definitions: plan.periods };
    await calendar(b.store).setDeadline(planCalendar, "T1", "2025-05-28", "test");
    const after = await periods(a.store);
    expect(after[0]).not.toBe(first[0]);
    expect(after.find((period) => period.id === "T1")?.deadline).toBe("2025-05-28");
  });
});
