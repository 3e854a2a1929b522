import { commitReport } from "../../../services/reporting/report-store";
import type { Result } from "../../../services/reporting";
import { baselineFor } from "../../../services/reporting/comparison-baseline";
import {
  importPlanCarrying,
  listComparisons,
  type CarryingImportResult,
} from "../../../services/comparison";
import type { Indicator, PlanInput } from "../../../services/plan";
import { testTableStore } from "../../support/storage";
import { smallPlan, yamlFile } from "../plan/plan-builders";

const store = testTableStore();

/** Next year's copy of the small plan: same organisation and name, its own id and year. */
function planFor(year: number, change?: (plan: PlanInput) => void): PlanInput {
  const plan = smallPlan();
  plan.id = `test-omsorg-${year}`;
  plan.year = year;
  const sickLeave = plan.goalAreas[0]?.goals?.[0]?.indicators?.[0];
  if (sickLeave) {
    sickLeave.rule = "Minska";
    sickLeave.kolada = "N00090";
  }
  change?.(plan);
  return plan;
}

async function importYear(plan: PlanInput): Promise<CarryingImportResult & { ok: true }> {
  const result = await importPlanCarrying(store, yamlFile(plan), { actor: "test" });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

/** Stores a submitted value, as a report's submit does. */
async function reported(planId: string, periodId: string, unitId: string, value: number) {
  const result: Result = {
    planId,
    periodId,
    unitId,
    itemId: "sjukfranvaro",
    kind: "indicator",
    value: String(value).replace(".", ","),
    number: value,
    status: "none",
    explanation: "",
    comment: "",
    text: "",
    by: "megan.b@example.se",
    byName: "Megan Bowen",
    at: "2024-05-10T08:00:00Z",
    version: 1,
  };
  await commitReport(store, {
    planId,
    periodId,
    current: undefined,
    next: { unitId, version: 1, submittedAt: result.at, submittedBy: result.by },
    changes: [{ before: undefined, after: result }],
  });
}

describe("last year's results carried forward", () => {
  test("when three years are imported in turn, then each carries the year before's results, per unit and period", async () => {
    const first = await importYear(planFor(2023));
    expect(first.carried).toBe(0);
    await reported("test-omsorg-2023", "T1", "htj-norr", 7.0);
    await reported("test-omsorg-2023", "Helår", "htj-norr", 6.8);

    const second = await importYear(planFor(2024));
    expect(second.carried).toBe(2);
    expect(second.carriedFrom).toBe("test-omsorg-2023");
    await reported("test-omsorg-2024", "T1", "htj-norr", 6.3);
    await reported("test-omsorg-2024", "T1", "htj-syd", 5.9);

    const third = await importYear(planFor(2025));
    expect(third.carried).toBe(2);
    const values = await listComparisons(store, "test-omsorg-2025");
    expect(values.map((v) => [v.unitId, v.year, v.period, v.value, v.label]).sort()).toEqual([
      ["htj-norr", 2024, "T1", 6.3, "utfall T1 2024"],
      ["htj-syd", 2024, "T1", 5.9, "utfall T1 2024"],
    ]);

    // T1 2025 for Hemtjänst Norr: 6,3 % a year earlier, so Minska is judged against 6,3.
    const plan = third.plan;
    const indicator = plan.goalAreas[0]?.goals[0]?.indicators[0] as Indicator;
    const unit = plan.units.find((u) => u.id === "htj-norr");
    if (!unit) throw new Error("unit");
    const found = baselineFor(
      indicator,
      { comparisons: values },
      {
        plan,
        unit,
        period: { kind: "tertial", start: "2025-01-01" },
      },
    );
    expect(found.baseline).toEqual({ value: 6.3, source: "utfall T1 2024 (rapporterat)" });
  });

  test("when the indicator's id changed but its Kolada KPI did not, then its results are carried under the new id", async () => {
    await importYear(planFor(2030));
    await reported("test-omsorg-2030", "Helår", "sabo-ost", 8.1);
    const renamed = await importYear(
      planFor(2031, (plan) => {
        const indicator = plan.goalAreas[0]?.goals?.[0]?.indicators?.[0];
        if (indicator) indicator.id = "sjukfranvaro-total";
      }),
    );
    expect(renamed.carried).toBe(1);
    const [value] = await listComparisons(store, "test-omsorg-2031");
    expect(value).toMatchObject({
      indicatorId: "sjukfranvaro-total",
      unitId: "sabo-ost",
      value: 8.1,
    });
  });
});
