import { checkAnswer } from "../../../services/reporting/answer-check";
import { baselineFor } from "../../../services/reporting/comparison-baseline";
import type { FormItem } from "../../../services/reporting";
import type { Indicator } from "../../../services/plan";
import { findComparison, type ComparisonValue } from "../../../services/comparison";

const org = { id: "org", name: "Förvaltningen", reporters: [], owners: [] };
const unitA = { id: "a", name: "Enhet A", parent: "org", reporters: [], owners: [] };
const units = [org, unitA, { id: "b", name: "Enhet B", parent: "org", reporters: [], owners: [] }];

function form(over: Partial<Indicator>): FormItem {
  return {
    goalAreaName: "Område",
    goalName: "Mål",
    milestones: [],
    item: {
      kind: "indicator",
      goalAreaId: "o",
      goalId: "m",
      id: "i",
      name: "Indikator",
      required: true,
      valueType: "number",
      aggregation: "sum",
      ...over,
    },
  };
}

function judge(item: FormItem, value: string, at: Parameters<typeof baselineFor>[2]) {
  const context = baselineFor(item.item as Indicator, {}, at);
  return { context, judged: checkAnswer(item, { value }, "submit", context).judgement };
}

describe("quarter against year", () => {
  // Övertid (hours): Q1 2025 against 2024. The year total 400 h would make Q1 88 h read as -78 %.
  const overtime = form({
    rule: "-10% jmf 2024 års utfall",
    reportingUnits: ["a"],
    baseline: { "2024": 400 },
  });
  const plan = { year: 2025, units };
  const q1 = { kind: "quarter", start: "2025-01-01" };

  test("when only the year total exists, then a quarter is not judged and the card says why", () => {
    const { context, judged } = judge(overtime, "88", { plan, unit: unitA, period: q1 });
    expect(context.baseline).toBeUndefined();
    expect(judged?.status).toBe("none");
    expect(judged?.explanation).toContain("Jämförelsevärde för kvartal 1 2024 saknas.");
    expect(judged?.explanation).toContain(
      "Det finns ett värde för helår 2024, men det jämförs inte med ett kvartal.",
    );
  });

  test("when Q1 2024 is given (100 h), then 88 h is -12 %: met (≤ -10 %), green", () => {
    const withQuarter = form({
      ...overtime.item,
      comparisons: [{ year: 2024, period: "Q1", value: 100, label: "utfall Q1 2024" }],
    });
    const { context, judged } = judge(withQuarter, "88", { plan, unit: unitA, period: q1 });
    expect(context.baseline).toEqual({ value: 100, source: "utfall Q1 2024 (planen)" });
    expect(judged?.status).toBe("green");
    expect(judge(withQuarter, "91", { plan, unit: unitA, period: q1 }).judged?.status).toBe("red");
  });
});

describe("year to date", () => {
  // Halland: "Öka med minst 1000 listade under året", monthly; compared with 31 December 2021.
  const listed = form({
    rule: "Öka med minst 1000 listade under året",
    comparedWith: "yearToDate",
    reportingUnits: ["org"],
    comparisons: [
      { year: 2021, period: "M12", value: 50000, label: "listade 31 december 2021" },
      { year: 2021, period: "M03", value: 49000, label: "listade mars 2021" },
    ],
  });
  const plan = { year: 2022, units };
  const march = { kind: "month", start: "2022-03-01" };

  test("when March 2022 has 50 800 listed, then the change is +800 from 31 December: red", () => {
    // Against March 2021 (49 000) it would have been +1 800 and green.
    const { context, judged } = judge(listed, "50 800", { plan, unit: org, period: march });
    expect(context.baseline?.value).toBe(50000);
    expect(context.baseline?.source).toBe("listade 31 december 2021 (planen)");
    expect(judged?.status).toBe("red");
  });

  test("when March 2022 has 51 000 listed, then the change is +1 000: green", () => {
    expect(judge(listed, "51 000", { plan, unit: org, period: march }).judged?.status).toBe(
      "green",
    );
  });
});

describe("findComparison", () => {
  const indicator = { id: "i", reportingUnits: ["a", "b"] };
  const period = { kind: "year", start: "2025-01-01" };
  const value = (over: Partial<ComparisonValue>): ComparisonValue => ({
    indicatorId: "i",
    year: 2024,
    period: "year",
    value: 1,
    label: "utfall 2024",
    origin: { kind: "plan" },
    ...over,
  });
  const plan = { year: 2025, units };

  test("when several units report, then the organisation's value is not taken for one of them", () => {
    const lookup = findComparison({
      plan,
      indicator,
      unit: unitA,
      period,
      values: [value({ value: 90 })],
    });
    expect(lookup).toEqual({
      found: false,
      missing:
        "Jämförelsevärde för helår 2024 för Enhet A saknas. Det finns ett värde för hela organisationen, men inget för enheten. En administratör kan lägga in det med `jämförelsevärde i a <värde> 2024`.",
    });
  });

  test("when an admin, the plan and Kolada all give one, then the admin's wins, then the plan's", () => {
    const values = [
      value({ unitId: "a", value: 3, origin: { kind: "kolada", kpi: "N1", readAt: "x" } }),
      value({ unitId: "a", value: 2 }),
      value({ unitId: "a", value: 1, origin: { kind: "admin", by: "anna", at: "2025-01-02" } }),
    ];
    const found = (vs: ComparisonValue[]) =>
      findComparison({ plan, indicator, unit: unitA, period, values: vs });
    expect(found(values)).toMatchObject({ found: true, value: { value: 1 } });
    expect(found(values.slice(0, 2))).toMatchObject({ found: true, value: { value: 2 } });
    expect(found(values.slice(0, 1))).toMatchObject({ found: true, text: "Kolada 2024" });
  });
});
