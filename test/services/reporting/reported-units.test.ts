import { submittedUnits, submittedUnitsByPeriod } from "../../../services/reporting";
import { unitReport } from "../../support/reports";
import { commitReport } from "../../../services/reporting/report-store";
import { shareVersionReads } from "../../../services/shared-state/shared-version";
import type { TableStore } from "../../../services/storage/tables";
import { testTableStore, uniquePrefix } from "../../support/storage";

/** A first submit of a unit's report (no answers: the report row is what is counted). */
function submit(store: TableStore, planId: string, periodId: string, unitId: string) {
  return commitReport(store, {
    planId,
    periodId,
    current: undefined,
    next: unitReport(unitId, 1),
    changes: [],
  });
}

/** An instance's store on the same tables, counting the Reports queries it makes. */
function instance(prefix: string) {
  const inner = testTableStore(prefix);
  let queries = 0;
  const store: TableStore = {
    ...inner,
    table: (name) => {
      const table = inner.table(name);
      if (name !== "Reports") return table;
      const counted = Object.create(table) as typeof table;
      counted.query = (options) => ((queries += 1), table.query(options));
      return counted;
    },
  };
  return { store, queries: () => queries };
}

const sets = (byPeriod: ReadonlyMap<string, ReadonlySet<string>>) =>
  Object.fromEntries([...byPeriod].map(([period, units]) => [period, [...units].sort()]));

describe("the units that have reported, per period of a plan", () => {
  test("when units have reported in several periods (and in a plan whose id starts the same), then one query counts each period's, as submittedUnits does", async () => {
    const { store, queries } = instance(uniquePrefix());
    await submit(store, "plan", "T1", "htj-norsjo");
    await submit(store, "plan", "T1", "sabo-norsjo");
    await submit(store, "plan", "T2", "htj-norsjo");
    await submit(store, "plan", "Tertial 3", "lss");
    await submit(store, "plan-2", "T1", "annan");
    await submit(store, "plan-2", "T2", "annan");

    const before = queries();
    const byPeriod = await submittedUnitsByPeriod(store, "plan");
    expect(queries() - before).toBe(1);
    expect(sets(byPeriod)).toEqual({
      T1: ["htj-norsjo", "sabo-norsjo"],
      T2: ["htj-norsjo"],
      "Tertial 3": ["lss"],
    });
    for (const period of ["T1", "T2", "Tertial 3"]) {
      expect([...(byPeriod.get(period) ?? [])].sort()).toEqual(
        [...(await submittedUnits(store, "plan", period))].sort(),
      );
    }
  });

  describe("when the store shares reads for 250 ms (as the bot's does)", () => {
    let now = 0;
    const clock = () => now;
    const sharing = (prefix: string) => {
      const made = instance(prefix);
      shareVersionReads(made.store, { freshForMs: 250, clock });
      return made;
    };

    test("when turns ask at about the same time, then they share one query", async () => {
      const a = sharing(uniquePrefix());
      await submit(a.store, "plan", "T1", "htj-norsjo");
      const before = a.queries();
      await Promise.all(Array.from({ length: 5 }, () => submittedUnitsByPeriod(a.store, "plan")));
      now += 100;
      await submittedUnitsByPeriod(a.store, "plan");
      expect(a.queries() - before).toBe(1);
    });

    test("when a unit submits on this instance, then the next count here has it at once", async () => {
      const a = sharing(uniquePrefix());
      expect(sets(await submittedUnitsByPeriod(a.store, "plan"))).toEqual({});
      await submit(a.store, "plan", "T1", "htj-norsjo");
      expect(sets(await submittedUnitsByPeriod(a.store, "plan"))).toEqual({ T1: ["htj-norsjo"] });
    });

    test("when a unit submits on another instance, then counts here have it once the bound has passed", async () => {
      const prefix = uniquePrefix();
      const a = sharing(prefix);
      const b = instance(prefix);
      expect(sets(await submittedUnitsByPeriod(a.store, "plan"))).toEqual({});
      await submit(b.store, "plan", "T1", "htj-norsjo");
      now += 200;
      expect(sets(await submittedUnitsByPeriod(a.store, "plan"))).toEqual({}); // within the bound
      now += 51;
      expect(sets(await submittedUnitsByPeriod(a.store, "plan"))).toEqual({ T1: ["htj-norsjo"] });
    });
  });
});
