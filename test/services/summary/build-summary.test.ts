import { buildPeriodSummary, headline } from "../../../services/summary";
import type { Plan } from "../../../services/plan";
import { examplePlan, result, submitted, t1 } from "./norsjo-t1.fixture";

describe("the summary of Norsjö T1, checked against figures computed by hand", () => {
  let plan: Plan;
  beforeAll(async () => {
    plan = await examplePlan("norsjo-omsorg-2025.yaml");
  });

  test("when three of five units have reported, then the totals count one per unit and indicator", () => {
    const summary = buildPeriodSummary({
      plan,
      period: { id: "T1", label: "T1 2025" },
      current: t1,
      submittedUnits: submitted,
    });
    // sjukfrånvaro 1 G 1 Y 1 R 1 missing; budget 2 G 1 Y 1 missing; heltid 1 G 1 R 1 not judged 1 missing.
    expect(summary.totals).toEqual({ green: 4, yellow: 2, red: 2, notJudged: 1, notReported: 3 });
    expect(headline(summary, "sv")).toBe(
      "T1 2025: 4 gröna, 2 gula, 2 röda, 3 ej rapporterade, 1 ej bedömd",
    );
    expect(summary.expectedUnits).toBe(5);
    expect(summary.reportedUnits).toBe(3);
    expect(summary.missingUnits.map((u) => [u.unitId, u.reporters])).toEqual(
      expect.arrayContaining([
        ["sabo-alvgarden", ["Isaiah Langer"]],
        ["omsorg", ["Alex Admin"]],
      ]),
    );
    expect(summary.missingUnits).toHaveLength(2);
  });

  test("when a share has no weight, then it is shown per unit and the weakest unit decides", () => {
    const summary = buildPeriodSummary({
      plan,
      period: { id: "T1", label: "T1 2025" },
      current: t1,
      submittedUnits: submitted,
    });
    const indicators = summary.areas.flatMap((a) => a.goals.flatMap((g) => g.indicators));
    const sick = indicators.find((i) => i.id === "sjukfranvaro");
    // 6,0 green, 6,8 yellow, 7,5 red: 1 of 3 judged units green = 33,3 %; no unweighted mean.
    expect(sick?.rollup).toMatchObject({ kind: "perUnit", judged: 3, green: 1 });
    expect(sick?.aggregate).toBe(33.3);
    expect(sick?.status).toBe("red");
    expect(sick?.explanation).toBe(
      "Den svagaste enheten avgör: Särskilt boende Norrgården (3 enheter bedömda).",
    );
    const budget = indicators.find((i) => i.id === "budgetavvikelse");
    // 0 and −1 green, 0,3 yellow: 2 of 3 green; the weakest (yellow) decides.
    expect(budget?.aggregate).toBe(66.7);
    expect(budget?.status).toBe("yellow");
    // A change rule needs a baseline the summary does not have: the weakest unit decides.
    const fullTime = indicators.find((i) => i.id === "heltidsanstallda");
    expect(fullTime?.status).toBe("red");
    expect(fullTime?.explanation).toContain("Särskilt boende Norrgården");
  });

  test("when activities are reported, then they are counted per state and the delayed ones are named", () => {
    const summary = buildPeriodSummary({
      plan,
      period: { id: "T1", label: "T1 2025" },
      current: t1,
      submittedUnits: submitted,
    });
    const goals = summary.areas.flatMap((a) => a.goals);
    const withContact = goals.find((g) =>
      g.activities.delayed.some((d) => d.itemId === "fast-omsorgskontakt"),
    );
    expect(withContact?.activities.delayed).toEqual([
      {
        itemId: "fast-omsorgskontakt",
        name: expect.any(String),
        unitName: "Hemtjänst Bastuträsk",
        comment: "Rekrytering pågår.",
      },
    ]);
    expect(withContact?.activities.counts.inProgress).toBe(1);
    const allCounts = goals.map((g) => g.activities.counts);
    expect(allCounts.reduce((n, c) => n + c.notReported, 0)).toBe(3); // Omsorg's three activities
  });

  test("when a draft exists for a unit that has not submitted, then it does not count as reported", () => {
    const draft = result("sabo-alvgarden", "sjukfranvaro", { value: 9, status: "red" });
    const summary = buildPeriodSummary({
      plan,
      period: { id: "T1", label: "T1 2025" },
      current: [...t1, draft],
      submittedUnits: submitted,
    });
    expect(summary.totals.red).toBe(2);
    expect(summary.totals.notReported).toBe(3);
  });

  test("when compared with the previous period, then new reds come first and better and worse are told apart", () => {
    const previous = {
      periodId: "Helår-2024",
      label: "Helår 2024",
      results: [
        result("htj-norsjo", "sjukfranvaro", { value: 6.9, status: "yellow" }),
        result("htj-bastutrask", "sjukfranvaro", { value: 6.2, status: "green" }),
        result("sabo-norrgarden", "sjukfranvaro", { value: 6.9, status: "yellow" }),
      ],
    };
    const summary = buildPeriodSummary({
      plan,
      period: { id: "T1", label: "T1 2025" },
      current: t1,
      submittedUnits: submitted,
      previous,
    });
    const describe = (list: { unitId: string; before: string; after: string }[]) =>
      list.map((c) => `${c.unitId}:${c.before}>${c.after}`);
    expect(describe(summary.changes.newReds)).toEqual([
      "sabo-norrgarden:yellow>red",
      "sabo-norrgarden:notReported>red",
    ]);
    expect(describe(summary.changes.worse)).toEqual(["htj-bastutrask:green>yellow"]);
    expect(describe(summary.changes.better)).toEqual(["htj-norsjo:yellow>green"]);
    const sick = summary.areas
      .flatMap((a) => a.goals.flatMap((g) => g.indicators))
      .find((i) => i.id === "sjukfranvaro");
    // 1 of 3 units green before (6,2), 1 of 3 now (6,0): per unit, unchanged.
    expect(sick?.trendPrevious).toBe("same");
    expect(sick?.trendLastYear).toBe("unknown");
  });
});
