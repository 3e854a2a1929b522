// The organisation's comparison value in the summary comes from the stored values too (issue 13),
// not only the plan file's: Kolada's figure for the municipality, one an admin entered, or the units'
// own carried-forward results combined as their values are. Figures computed by hand.
import { AuditLog } from "../../../services/audit/audit-log";
import { parseWorkingHours } from "../../../services/calendar";
import { importPlanCarrying, type ComparisonValue } from "../../../services/comparison";
import type { Result } from "../../../services/reporting";
import { commitReport } from "../../../services/reporting/report-store";
import { loadPeriodSummary } from "../../../services/summary/load-summary";
import { testTableStore } from "../../support/storage";
import { smallPlan, yamlFile } from "../plan/plan-builders";
import { validatePlanData, type Plan, type PlanInput } from "../../../services/plan";
import { buildPeriodSummary, type IndicatorSummary } from "../../../services/summary";
import { examplePlan, result } from "./norsjo-t1.fixture";

const UNITS = ["htj-norsjo", "htj-bastutrask"];

/** Norsjö with full-time staff as an organisation's "Öka", the mean of two home-care units. */
function plan(norsjo: Plan): Plan {
  const data = structuredClone(norsjo) as PlanInput;
  for (const area of data.goalAreas)
    for (const goal of area.goals ?? [])
      for (const indicator of goal.indicators ?? [])
        if (indicator.id === "heltidsanstallda")
          Object.assign(indicator, {
            rule: "Öka",
            target: "Öka",
            aggregation: "mean",
            targetFor: "organisation",
            reportingUnits: UNITS,
            periods: ["T1", "Helår"],
          });
  const checked = validatePlanData(data);
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  return checked.plan;
}

const value = (
  period: string,
  number: number,
  origin: ComparisonValue["origin"],
  unitId?: string,
): ComparisonValue => ({
  indicatorId: "heltidsanstallda",
  ...(unitId ? { unitId } : {}),
  year: 2024,
  period,
  value: number,
  label: `${origin.kind} 2024`,
  origin,
});
const carried = (unitId: string, number: number) =>
  value("T1", number, { kind: "lastYear", planId: "norsjo-omsorg-2024", periodId: "T1" }, unitId);
const kolada = (number: number) =>
  value("year", number, { kind: "kolada", kpi: "N00000", readAt: "2025-01-10T05:00:00Z" });

describe("the organisation's comparison value from stored values", () => {
  let norsjo: Plan;
  beforeAll(async () => {
    norsjo = plan(await examplePlan("norsjo-omsorg-2025.yaml"));
  });

  function heltid(periodId: string, comparisons?: ComparisonValue[]): IndicatorSummary {
    const summary = buildPeriodSummary({
      plan: norsjo,
      period: { id: periodId, label: `${periodId} 2025` },
      current: [
        result("htj-norsjo", "heltidsanstallda", { value: 60, status: "none" }),
        result("htj-bastutrask", "heltidsanstallda", { value: 40, status: "none" }),
      ],
      submittedUnits: new Set(UNITS),
      comparisons,
    });
    const found = summary.areas
      .flatMap((a) => a.goals.flatMap((g) => g.indicators))
      .find((i) => i.id === "heltidsanstallda");
    if (!found) throw new Error("no heltidsanstallda");
    return found;
  }

  test("when nothing is stored and the plan states no value, then the organisation's Öka is not judged", () => {
    expect(heltid("T1").status).toBe("none");
  });

  test("when last year's T1 results are carried for both units, then their mean is the organisation's value", () => {
    // (60 + 40) / 2 = 50 against (44 + 46) / 2 = 45: more, so green.
    const judged = heltid("T1", [carried("htj-norsjo", 44), carried("htj-bastutrask", 46)]);
    expect(judged.aggregate).toBe(50);
    expect(judged.status).toBe("green");
  });

  test("when an admin entered the organisation's T1 value, then it is used before the units' carried ones", () => {
    const admin = value("T1", 55, { kind: "admin", by: "admin@example.se", at: "2025-02-01" });
    // 50 against 55: less, so red.
    const judged = heltid("T1", [carried("htj-norsjo", 44), carried("htj-bastutrask", 46), admin]);
    expect(judged.status).toBe("red");
  });

  test("when Kolada's figure for the municipality is stored, then Helår is judged against it, and T1 is not", () => {
    // 50 against Kolada's 48 for 2024: more, so green. A year figure never judges a tertial.
    expect(heltid("Helår", [kolada(48)]).status).toBe("green");
    expect(heltid("T1", [kolada(48)]).status).toBe("none");
  });

  test("when a sum's carried values are there for only some units, then no partial total is compared", () => {
    const sum = structuredClone(norsjo);
    const indicator = sum.goalAreas
      .flatMap((a) => a.goals.flatMap((g) => g.indicators))
      .find((i) => i.id === "heltidsanstallda");
    if (!indicator) throw new Error("no heltidsanstallda");
    indicator.aggregation = "sum";
    const summary = buildPeriodSummary({
      plan: sum,
      period: { id: "T1", label: "T1 2025" },
      current: [
        result("htj-norsjo", "heltidsanstallda", { value: 60, status: "none" }),
        result("htj-bastutrask", "heltidsanstallda", { value: 40, status: "none" }),
      ],
      submittedUnits: new Set(UNITS),
      comparisons: [carried("htj-norsjo", 44)],
    });
    const judged = summary.areas
      .flatMap((a) => a.goals.flatMap((g) => g.indicators))
      .find((i) => i.id === "heltidsanstallda");
    expect(judged?.aggregate).toBe(100);
    expect(judged?.status).toBe("none");
  });
});

describe("a summary loaded from storage, with last year's results carried under a new indicator id", () => {
  const store = testTableStore();
  const deps = {
    store,
    audit: new AuditLog(store),
    workingHours: parseWorkingHours({ timeZone: "Europe/Stockholm" }),
    now: () => new Date("2025-06-01T08:00:00Z"),
  };

  /** The small plan of a year, sick leave as the organisation's mean of two units, "Minska". */
  function planFor(year: number, indicatorId: string): PlanInput {
    const plan = smallPlan();
    plan.id = `stored-omsorg-${year}`;
    plan.year = year;
    const sick = plan.goalAreas[0]?.goals?.[0]?.indicators?.[0];
    if (sick)
      Object.assign(sick, {
        id: indicatorId,
        rule: "Minska",
        kolada: "N00090",
        aggregation: "mean",
        targetFor: "organisation",
        reportingUnits: ["htj-norr", "htj-syd"],
      });
    return plan;
  }

  async function reported(planId: string, itemId: string, unitId: string, value: number) {
    const result: Result = {
      planId,
      periodId: "T1",
      unitId,
      itemId,
      kind: "indicator",
      value: String(value).replace(".", ","),
      number: value,
      status: "none",
      explanation: "",
      comment: "",
      text: "",
      by: "megan.b@example.se",
      byName: "Megan Bowen",
      at: "2025-05-10T08:00:00Z",
      version: 1,
    };
    await commitReport(store, {
      planId,
      periodId: "T1",
      current: undefined,
      next: { unitId, version: 1, submittedAt: result.at, submittedBy: result.by },
      changes: [{ before: undefined, after: result }],
    });
  }

  test("when the summary is loaded, then the organisation's mean is judged against the carried values' mean", async () => {
    const first = await importPlanCarrying(store, yamlFile(planFor(2024, "sjuk-2024")), {
      actor: "test",
    });
    expect(first.ok).toBe(true);
    await reported("stored-omsorg-2024", "sjuk-2024", "htj-norr", 7.0);
    await reported("stored-omsorg-2024", "sjuk-2024", "htj-syd", 6.0);
    const second = await importPlanCarrying(store, yamlFile(planFor(2025, "sjukfranvaro")), {
      actor: "test",
    });
    expect(second.ok && second.carried).toBe(2);
    await reported("stored-omsorg-2025", "sjukfranvaro", "htj-norr", 6.0);
    await reported("stored-omsorg-2025", "sjukfranvaro", "htj-syd", 5.0);

    const { summary } = await loadPeriodSummary(deps, "stored-omsorg-2025", "T1");
    const sick = summary.areas
      .flatMap((a) => a.goals.flatMap((g) => g.indicators))
      .find((i) => i.id === "sjukfranvaro");
    // (6,0 + 5,0) / 2 = 5,5 against last year's (7,0 + 6,0) / 2 = 6,5: lower, so green for "Minska".
    expect(sick?.aggregate).toBe(5.5);
    expect(sick?.status).toBe("green");
  });
});
