import { planWarnings } from "../../../services/comparison";
import { checkAnswer } from "../../../services/reporting/answer-check";
import { baselineFor } from "../../../services/reporting/comparison-baseline";
import type { FormItem } from "../../../services/reporting";
import { planSchema, type Indicator, type PlanInput } from "../../../services/plan";
import { smallPlan } from "../plan/plan-builders";

function planWith(indicator: Record<string, unknown>): PlanInput {
  const plan = smallPlan();
  const goal = plan.goalAreas[0]?.goals?.[0];
  // Reported by the top unit, so the organisation's value is its own.
  if (goal)
    goal.indicators = [
      { id: "x", name: "X", periods: ["Helår"], reportingUnits: ["omsorg"], ...indicator },
    ];
  return plan;
}

describe("plan warnings", () => {
  test.each([
    [
      "Bibehåll without a direction",
      { rule: "Bibehåll", baseline: { 2024: 1 } },
      /säger inte om högre eller lägre/,
    ],
    ["a bare target without a direction", { rule: "15 763" }, /säger inte om högre eller lägre/],
    [
      "a direction rule without any comparison value",
      { rule: "Öka" },
      /jämförelsevärde saknas för Helår/,
    ],
  ])(
    "when the plan has %s, then validation warns and names the indicator",
    (_, indicator, warning) => {
      const warnings = planWarnings(planSchema.parse(planWith(indicator)));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/^x: /);
      expect(warnings[0]).toMatch(warning);
    },
  );

  test("when the direction is stated and a value exists, then there is no warning", () => {
    const plan = planWith({ rule: "Bibehåll", direction: "lower", baseline: { 2024: 50000 } });
    expect(planWarnings(planSchema.parse(plan))).toEqual([]);
  });

  test("when a cost says direction lower, then Bibehåll judges 52 000 against 50 000 red, not green", () => {
    const plan = planSchema.parse(
      planWith({
        rule: "Bibehåll",
        direction: "lower",
        baseline: { 2024: 50000 },
        reportingUnits: ["omsorg"],
      }),
    );
    const indicator = plan.goalAreas[0]?.goals[0]?.indicators[0] as Indicator;
    const form: FormItem = {
      goalAreaName: "",
      goalName: "",
      milestones: [],
      item: { kind: "indicator", goalAreaId: "a", goalId: "g", ...indicator },
    };
    const unit = plan.units[0];
    if (!unit) throw new Error("unit");
    const context = baselineFor(
      indicator,
      {},
      { plan, unit, period: { kind: "year", start: "2025-01-01" } },
    );
    expect(checkAnswer(form, { value: "52000" }, "draft", context).judgement?.status).toBe("red");
    expect(checkAnswer(form, { value: "49000" }, "draft", context).judgement?.status).toBe("green");
  });
});
