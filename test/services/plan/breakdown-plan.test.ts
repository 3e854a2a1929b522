import { breakdownText, readBreakdown } from "../../../services/plan/excel/breakdown-text";
import {
  planOutline,
  validatePlanFile,
  writePlanWorkbook,
  planSchema,
  type PlanInput,
} from "../../../services/plan";
import { readWorkbookPlan } from "../../../services/plan/excel/read-workbook";
import { smallPlan, yamlFile } from "./plan-builders";

function withBreakdown(change: (indicator: Record<string, unknown>) => void): PlanInput {
  const plan = smallPlan();
  const indicator = plan.goalAreas[0]?.goals?.[0]?.indicators?.[0];
  if (!indicator) throw new Error("smallPlan has an indicator");
  change(indicator as Record<string, unknown>);
  return plan;
}

describe("breakdowns in plan files", () => {
  test.each([
    ["kön", { by: ["sex"], required: false }],
    ["Kön, utförare", { by: ["sex", "provider"], required: false }],
    [
      "kön och egen regi/privat".replace("egen regi/privat", "utförare"),
      { by: ["sex", "provider"], required: false },
    ],
    ["utförare (obligatorisk)", { by: ["provider"], required: true }],
  ])("when the Uppdelning cell says %j, then it reads as that breakdown", (text, breakdown) => {
    expect(readBreakdown(text)).toEqual(breakdown);
  });

  test("when the Uppdelning cell says something else, then the sentence says what to write", () => {
    expect(readBreakdown("ålder")).toMatch(/^”ålder” går inte att läsa: skriv kön, utförare/);
    expect(readBreakdown("  ")).toBeUndefined();
  });

  test("when a breakdown is written to a cell, then it reads back the same", () => {
    for (const breakdown of [
      { by: ["sex" as const], required: false },
      { by: ["sex" as const, "provider" as const], required: true },
    ]) {
      expect(readBreakdown(breakdownText(breakdown))).toEqual(breakdown);
    }
  });

  test("when a plan with a breakdown is written as a workbook and read back, then the indicator keeps it", async () => {
    const plan = planSchema.parse(
      withBreakdown((i) => {
        i.valueType = "count";
        i.breakdown = { by: ["sex", "provider"], required: true };
      }),
    );
    const read = await readWorkbookPlan(await writePlanWorkbook(plan));
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const parsed = planSchema.parse(read.data);
    expect(parsed.goalAreas[0]?.goals[0]?.indicators[0]?.breakdown).toEqual({
      by: ["sex", "provider"],
      required: true,
    });
  });

  test("when a yes/no indicator asks for a breakdown, then the plan is refused with why", async () => {
    const result = await validatePlanFile(
      yamlFile(
        withBreakdown((i) => {
          i.valueType = "yesno";
          i.rule = "Grön Ja Röd Nej";
          i.breakdown = { by: ["sex"] };
        }),
      ),
    );
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result.ok ? [] : result.errors)).toContain(
      "Ett ja/nej-svar kan inte delas upp i kvinnor/män eller utförare.",
    );
  });

  test("when a breakdown names something other than sex or provider, then the plan is refused", async () => {
    const result = await validatePlanFile(
      yamlFile(withBreakdown((i) => (i.breakdown = { by: ["age"] }))),
    );
    expect(result.ok).toBe(false);
  });

  test("when a plan with a breakdown is shown as an outline, then the indicator says how it is split", () => {
    const plan = planSchema.parse(
      withBreakdown((i) => {
        i.valueType = "count";
        i.breakdown = { by: ["sex", "provider"], required: true };
      }),
    );
    expect(planOutline(plan).join("\n")).toContain("uppdelat på kön och utförare (krävs)");
  });
});
