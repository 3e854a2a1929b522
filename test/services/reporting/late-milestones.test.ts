// Which milestones a report asks again: those past their period that no report this year said were
// reached (done) or dropped (cancelled). Tiohundra's Kompetensförsörjning in Q3: milestones 1 and 2
// were due in Q2.
import type { Plan } from "../../../services/plan";
import type { EarlierResults } from "../../../services/reporting/earlier-results";
import { reportForm } from "../../../services/reporting/report-form";
import { withLateMilestones } from "../../../services/reporting/late-milestones";
import { examplePlan } from "../summary/norsjo-t1.fixture";

const ACTIVITY = "kompetensforsorjning";

describe("late milestones (Tiohundra's Kompetensförsörjning in Q3)", () => {
  let plan: Plan;
  beforeAll(async () => {
    plan = await examplePlan("tiohundra-2025.yaml");
  });

  const lateKeys = (previous: EarlierResults["previous"]) => {
    const form = reportForm(plan, "Q3", "tiohundra");
    const earlier = new Map<string, EarlierResults>([[ACTIVITY, { previous }]]);
    const activity = withLateMilestones(plan, "Q3", form, earlier).find(
      (entry) => entry.item.id === ACTIVITY,
    );
    return (activity?.milestones ?? []).filter((m) => m.late).map((m) => [m.key, m.late]);
  };
  const q2 = (milestones: Record<string, "done" | "delayed" | "cancelled" | "inProgress">) => ({
    planId: "tiohundra-2025",
    periodId: "Q2",
    periodLabel: "Kvartal 2",
    value: "",
    status: "none" as const,
    milestones,
  });

  test("when Q2 said one was done and one delayed, then only the delayed one is asked again", () => {
    expect(lateKeys(q2({ "1": "done", "2": "delayed" }))).toEqual([["2", "Q2"]]);
  });

  test("when Q2 said one was cancelled, then it is not asked again", () => {
    expect(lateKeys(q2({ "1": "cancelled", "2": "inProgress" }))).toEqual([["2", "Q2"]]);
  });

  test("when there is no Q2 report this year, then both of Q2's are asked, nobody having said they were reached", () => {
    expect(lateKeys(undefined)).toEqual([
      ["1", "Q2"],
      ["2", "Q2"],
    ]);
    expect(lateKeys({ ...q2({ "1": "done" }), planId: "tiohundra-2024" })).toEqual([
      ["1", "Q2"],
      ["2", "Q2"],
    ]);
  });

  test("when the milestone runs all year (Q1–Q4), then it is never late before Q4", () => {
    expect(lateKeys(q2({})).map(([key]) => key)).not.toContain("5");
  });
});
