// The roll-up fields of a plan: weights on units, the weight and target scope on indicators, how
// the checks refuse what cannot be combined, and that both file formats keep them.
import {
  planOutline,
  planSchema,
  validatePlanData,
  validatePlanFile,
  writePlanWorkbook,
  type Indicator,
  type PlanInput,
} from "../../../services/plan";
import { smallPlan } from "./plan-builders";

/** The small plan with weights on its home-care units and the sick-leave indicator changed. */
function withRollup(sick: Partial<Indicator>, weights = true): PlanInput {
  const plan = smallPlan();
  if (weights) {
    for (const unit of plan.units) {
      if (unit.id !== "omsorg") unit.weights = { anställda: unit.id === "htj-norr" ? 12 : 40 };
    }
  }
  const indicator = plan.goalAreas[0]?.goals?.[0]?.indicators?.[0];
  Object.assign(indicator ?? {}, sick);
  return plan;
}

function messages(plan: PlanInput): string[] {
  const checked = validatePlanData(plan);
  return checked.ok ? [] : checked.problems.map((p) => `${p.path.join(".")}: ${p.message}`);
}

describe("a plan's roll-up fields", () => {
  test("when an indicator is weighted by a weight every reporting unit has, then the plan is valid", () => {
    expect(
      messages(
        withRollup({ weight: "anställda", reportingUnits: ["htj-norr", "htj-syd", "sabo-ost"] }),
      ),
    ).toEqual([]);
  });

  test("when a reporting unit lacks the weight, then the plan is refused naming the unit and the weight", () => {
    const plan = withRollup({ weight: "brukare", reportingUnits: ["htj-norr", "sabo-ost"] });
    expect(messages(plan)).toEqual([
      "goalAreas.0.goals.0.indicators.0.weight: Vikten ”brukare” saknas för Hemtjänst Norr (htj-norr), SÄBO Öst (sabo-ost). Ange den under enhetens weights, t.ex. weights: { brukare: 42 }.",
    ]);
  });

  test("when weighted is asked for without naming a weight, then the plan is refused", () => {
    expect(messages(withRollup({ aggregation: "weighted" }))).toEqual([
      "goalAreas.0.goals.0.indicators.0.weight: Sammanvägningen weighted behöver en vikt: ange weight, t.ex. weight: anställda, och enheternas weights.",
    ]);
  });

  test("when an organisation's target has no single figure (a share without a weight), then the plan is refused", () => {
    expect(messages(withRollup({ targetFor: "organisation" }))).toEqual([
      "goalAreas.0.goals.0.indicators.0.targetFor: Ett mål för hela organisationen bedöms på ett värde för hela organisationen: ange aggregation sum, mean eller weighted (med weight).",
    ]);
  });

  test("when an organisation's target has a rule per unit type, then the plan is refused", () => {
    const plan = smallPlan();
    const continuity = plan.goalAreas[0]?.goals?.[0]?.indicators?.[1];
    Object.assign(continuity ?? {}, { targetFor: "organisation", aggregation: "mean" });
    expect(messages(plan)).toEqual([
      expect.stringMatching(
        /^goalAreas\.0\.goals\.0\.indicators\.1\.targetFor: Regeln gäller varje enhet för sig/,
      ),
    ]);
  });

  test("when a weight is not a positive number, then the plan is refused at that unit", () => {
    const plan = smallPlan();
    Object.assign(plan.units[1] ?? {}, { weights: { anställda: 0 } });
    expect(messages(plan)).toEqual([expect.stringMatching(/^units\.1\.weights\.anställda: /)]);
  });

  test("when the plan is shown as an outline, then each indicator says how it is combined and units show their weights", () => {
    const plan = planSchema.parse(
      withRollup({ weight: "anställda", reportingUnits: ["htj-norr", "htj-syd", "sabo-ost"] }),
    );
    const lines = planOutline(plan);
    expect(lines).toContain(
      "    Hemtjänst Norr (htj-norr, HTJ, anställda 12) – rapportör: Megan Bowen",
    );
    expect(lines.find((l) => l.includes("Indikator sjukfranvaro"))).toContain(
      "– regel: Grön 6,5 Gul 7 – viktat efter anställda [",
    );
    expect(lines.find((l) => l.includes("Indikator personalkontinuitet"))).toContain(
      "– per enhet [",
    );
  });

  test("when a plan with weights, a weight and an organisation's target is written as a workbook and read back, then it is the same plan", async () => {
    const plan = planSchema.parse(
      withRollup({
        weight: "anställda",
        aggregation: "weighted",
        targetFor: "organisation",
        reportingUnits: ["htj-norr", "htj-syd", "sabo-ost"],
        rule: "</=6%",
      }),
    );
    const result = await validatePlanFile({
      fileName: "plan.xlsx",
      content: await writePlanWorkbook(plan),
    });
    expect(result.ok ? result.plan : result.errors).toEqual(plan);
  });
});
