// Roll-ups with figures computed by hand: a weighted share, a sum of counts, an organisation's
// target judged on the total (Halland's +1000 listed patients), per unit, and the defaults.
import {
  rollupMethod,
  validatePlanData,
  type Indicator,
  type Plan,
  type PlanInput,
} from "../../../services/plan";
import {
  buildPeriodSummary,
  rollupText,
  type IndicatorSummary,
  type ReportedResult,
} from "../../../services/summary";
import { examplePlan, result } from "./norsjo-t1.fixture";

function indicatorIn(summary: ReturnType<typeof buildPeriodSummary>, id: string): IndicatorSummary {
  const found = summary.areas
    .flatMap((a) => a.goals.flatMap((g) => g.indicators))
    .find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
}

/** The example plan with some indicators and units changed, checked as an imported plan is. */
function variant(
  plan: Plan,
  change: {
    indicators?: Record<string, Partial<Indicator>>;
    weights?: Record<string, Record<string, number>>;
  },
): Plan {
  const data = structuredClone(plan) as PlanInput;
  for (const unit of data.units) {
    const weights = change.weights?.[unit.id];
    if (weights) unit.weights = weights;
  }
  for (const indicator of data.goalAreas.flatMap((a) =>
    (a.goals ?? []).flatMap((g) => g.indicators ?? []),
  )) {
    Object.assign(indicator, change.indicators?.[indicator.id] ?? {});
  }
  const checked = validatePlanData(data);
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  return checked.plan;
}

describe("roll-ups in the summary, against figures computed by hand", () => {
  let norsjo: Plan;
  let halland: Plan;
  beforeAll(async () => {
    norsjo = await examplePlan("norsjo-omsorg-2025.yaml");
    halland = await examplePlan("narsjukvarden-halland-2022.yaml");
  });

  test("when sick leave is weighted by employees, then a 10-person and a 100-person unit count by their size", () => {
    const plan = variant(norsjo, {
      indicators: {
        sjukfranvaro: { weight: "anställda", reportingUnits: ["htj-norsjo", "sabo-norrgarden"] },
      },
      weights: { "htj-norsjo": { anställda: 10 }, "sabo-norrgarden": { anställda: 100 } },
    });
    const summary = buildPeriodSummary({
      plan,
      period: { id: "T1", label: "T1 2025" },
      current: [
        result("htj-norsjo", "sjukfranvaro", { value: 20, status: "red" }),
        result("sabo-norrgarden", "sjukfranvaro", { value: 4, status: "green" }),
      ],
      submittedUnits: new Set(["htj-norsjo", "sabo-norrgarden"]),
    });
    const sick = indicatorIn(summary, "sjukfranvaro");
    // (10 × 20 + 100 × 4) / 110 = 600 / 110 = 5,4545… → 5,45: green under "Grön 6,5 Gul 7"
    // (an unweighted mean, 12, would be red).
    expect(sick.rollup).toMatchObject({ kind: "weighted", weight: "anställda", units: 2, of: 2 });
    expect(sick.aggregate).toBe(5.45);
    expect(sick.status).toBe("green");
    expect(sick.explanation).toMatch(/^Viktat efter antal anställda \(2 enheter\): 5,45 /);
    // A unit target: each unit keeps its own colour and count.
    expect(sick.counts).toMatchObject({ green: 1, red: 1 });
  });

  test("when a weighted unit has no weight, then the figure is not made up and the card says which unit lacks it", () => {
    const plan = variant(norsjo, {
      indicators: {
        sjukfranvaro: { aggregation: "mean", reportingUnits: ["htj-norsjo", "sabo-norrgarden"] },
      },
    });
    // The plan checks refuse a missing weight; a stored plan changed underneath is judged per unit.
    const indicator = plan.goalAreas
      .flatMap((a) => a.goals.flatMap((g) => g.indicators))
      .find((i) => i.id === "sjukfranvaro");
    Object.assign(indicator ?? {}, { aggregation: "weighted", weight: "anställda" });
    const summary = buildPeriodSummary({
      plan,
      period: { id: "T1", label: "T1 2025" },
      current: [
        result("htj-norsjo", "sjukfranvaro", { value: 20, status: "red" }),
        result("sabo-norrgarden", "sjukfranvaro", { value: 4, status: "green" }),
      ],
      submittedUnits: new Set(["htj-norsjo", "sabo-norrgarden"]),
    });
    const sick = indicatorIn(summary, "sjukfranvaro");
    expect(sick.aggregate).toBeUndefined();
    expect(sick.status).toBe("red");
    expect(sick.explanation).toContain(
      "Vikten ”anställda” saknas för Hemtjänst Norsjö, Särskilt boende Norrgården",
    );
  });

  test("when counts are reported, then they are summed and each unit is judged on its own", () => {
    const summary = buildPeriodSummary({
      plan: halland,
      period: { id: "2022-03", label: "Mars 2022" },
      current: [
        result("vc-centrum", "lakemedelsgenomgangar", { value: 120, status: "green" }),
        result("vc-soder", "lakemedelsgenomgangar", { value: 80, status: "red" }),
      ],
      submittedUnits: new Set(["vc-centrum", "vc-soder"]),
    });
    const reviews = indicatorIn(summary, "lakemedelsgenomgangar");
    // 120 + 80 = 200; the target (+10 % on last year) is each vårdcentral's: the weaker decides.
    expect(reviews.rollup).toMatchObject({ kind: "sum", targetFor: "unit", units: 2, of: 2 });
    expect(reviews.aggregate).toBe(200);
    expect(reviews.status).toBe("red");
    expect(reviews.explanation).toBe(
      "Summa av 2 enheter. Den svagaste enheten avgör: Vårdcentralen Söder (2 enheter bedömda).",
    );
    expect(reviews.counts).toMatchObject({ green: 1, red: 1 });
  });

  test("when two vårdcentraler add 500 listed patients each, then the organisation's +1000 is judged on the total and is green", () => {
    const lastYear = {
      periodId: "2022-03",
      label: "Mars 2021",
      results: [
        result("vc-centrum", "listade-patienter", { value: 10000 }),
        result("vc-soder", "listade-patienter", { value: 8000 }),
      ],
    };
    const summary = buildPeriodSummary({
      plan: halland,
      period: { id: "2022-03", label: "Mars 2022" },
      // Each unit was judged red on its own when it reported (+500 is short of +1000).
      current: [
        result("vc-centrum", "listade-patienter", { value: 10500, status: "red" }),
        result("vc-soder", "listade-patienter", { value: 8500, status: "red" }),
      ],
      submittedUnits: new Set(["vc-centrum", "vc-soder"]),
      lastYear,
    });
    const listed = indicatorIn(summary, "listade-patienter");
    // 10 500 + 8 500 = 19 000 against 10 000 + 8 000 = 18 000: +1 000, which meets "minst 1000".
    expect(listed.rollup).toMatchObject({ kind: "sum", targetFor: "organisation" });
    expect(listed.aggregate).toBe(19000);
    expect(listed.status).toBe("green");
    expect(listed.explanation).toMatch(
      /^Summa av 2 enheter: 19\s000 är 1\s000 högre än jämförelsevärdet 18\s000/,
    );
    // One count for the total; the units have no colour of their own, and no "new red" is told.
    expect(listed.counts).toEqual({ green: 1, yellow: 0, red: 0, notJudged: 0, notReported: 0 });
    expect(listed.units.map((u) => [u.unitId, u.status, u.inTotal])).toEqual([
      ["vc-centrum", "none", true],
      ["vc-soder", "none", true],
    ]);
    expect(rollupText(listed.rollup, "sv")).toBe("Summa av 2 enheter");
  });

  test("when the organisation's total falls short after meeting its target, then the change is told for the whole organisation, not per unit", () => {
    const plan = variant(halland, {
      indicators: { "listade-patienter": { baseline: { "2021": 18000 } } },
    });
    const summary = buildPeriodSummary({
      plan,
      period: { id: "2022-03", label: "Mars 2022" },
      current: [
        result("vc-centrum", "listade-patienter", { value: 10300 }),
        result("vc-soder", "listade-patienter", { value: 8300 }),
      ],
      submittedUnits: new Set(["vc-centrum", "vc-soder"]),
      previous: {
        periodId: "2022-02",
        label: "Februari 2022",
        results: [
          result("vc-centrum", "listade-patienter", { value: 10600, status: "red" }),
          result("vc-soder", "listade-patienter", { value: 8600, status: "red" }),
        ],
      },
    });
    // February: 19 200 against 18 000, +1 200: green. March: 18 600, +600: red.
    expect(indicatorIn(summary, "listade-patienter").status).toBe("red");
    const told = [...summary.changes.newReds, ...summary.changes.worse, ...summary.changes.better];
    expect(told.filter((c) => c.indicatorId === "listade-patienter")).toEqual([
      {
        indicatorId: "listade-patienter",
        indicatorName: "Antal listade patienter",
        unitId: "",
        unitName: "Hela organisationen",
        before: "green",
        after: "red",
      },
    ]);
  });

  test("when last year's total is missing a unit, then it is no baseline and the total is not judged", () => {
    const summary = buildPeriodSummary({
      plan: halland,
      period: { id: "2022-03", label: "Mars 2022" },
      current: [
        result("vc-centrum", "listade-patienter", { value: 10500 }),
        result("vc-soder", "listade-patienter", { value: 8500 }),
      ],
      submittedUnits: new Set(["vc-centrum", "vc-soder"]),
      lastYear: {
        periodId: "2022-03",
        label: "Mars 2021",
        results: [result("vc-centrum", "listade-patienter", { value: 10000 })],
      },
    });
    const listed = indicatorIn(summary, "listade-patienter");
    // 19 000 against 10 000 (one unit) would read as +9 000: the plan has no baseline, so not judged.
    expect(listed.status).toBe("none");
    expect(listed.explanation).toMatch(/^Summa av 2 enheter: Jämförelsevärde saknas/);
    expect(listed.trendLastYear).toBe("unknown");
  });

  test("when only one of the two vårdcentraler has reported, then the organisation's sum waits for the other", () => {
    const summary = buildPeriodSummary({
      plan: halland,
      period: { id: "2022-03", label: "Mars 2022" },
      current: [result("vc-centrum", "listade-patienter", { value: 10500, status: "red" })],
      submittedUnits: new Set(["vc-centrum"]),
    });
    const listed = indicatorIn(summary, "listade-patienter");
    expect(listed.status).toBe("notReported");
    expect(listed.explanation).toBe(
      "Summa av 1 av 2 enheter. Målet gäller hela organisationen och bedöms när alla 2 enheter har rapporterat.",
    );
    expect(listed.counts).toEqual({ green: 0, yellow: 0, red: 0, notJudged: 0, notReported: 1 });
  });

  test("when a yes/no indicator is rolled up, then it says how many units are green and the weakest decides", () => {
    const current: ReportedResult[] = [
      result("htj-norsjo", "sam", { value: true, status: "green" }),
      result("htj-bastutrask", "sam", { value: true, status: "green" }),
      result("sabo-norrgarden", "sam", { value: true, status: "green" }),
      result("sabo-alvgarden", "sam", { value: false, status: "red" }),
    ];
    const summary = buildPeriodSummary({
      plan: norsjo,
      period: { id: "Helår", label: "Helår 2025" },
      current,
      submittedUnits: new Set([
        "htj-norsjo",
        "htj-bastutrask",
        "sabo-norrgarden",
        "sabo-alvgarden",
      ]),
    });
    const sam = indicatorIn(summary, "sam");
    // 3 of the 4 judged units green (Omsorg has not reported): 75 %.
    expect(rollupText(sam.rollup, "sv")).toBe("3 av 4 enheter gröna");
    expect(rollupText(sam.rollup, "en")).toBe("3 of 4 units green");
    expect(sam.aggregate).toBe(75);
    expect(sam.status).toBe("red");
  });
});

describe("the roll-up a plan gets when it says nothing", () => {
  const base = { id: "x", name: "X", required: true, valueType: "number" } as const;
  test.each([
    ["a count", { valueType: "count" }, "sum"],
    ["a share without a weight", { valueType: "percent" }, "perUnit"],
    ["a share with a weight", { valueType: "percent", weight: "anställda" }, "weighted"],
    ["a rate with a weight", { valueType: "number", weight: "brukare" }, "weighted"],
    ["a number without a weight", {}, "perUnit"],
    ["a yes/no, even with a weight", { valueType: "yesno", weight: "anställda" }, "perUnit"],
    ["the older name shareMeetingTarget", { aggregation: "shareMeetingTarget" }, "perUnit"],
    ["an explicit mean", { valueType: "percent", aggregation: "mean" }, "mean"],
  ] as const)("when the indicator is %s, then it is combined as %s", (_, fields, kind) => {
    expect(rollupMethod({ ...base, ...fields } as Indicator).kind).toBe(kind);
  });

  test("when per unit is asked for an organisation's target, then the target is read as each unit's", () => {
    expect(
      rollupMethod({ ...base, aggregation: "perUnit", targetFor: "organisation" }).targetFor,
    ).toBe("unit");
  });
});
