// Summaries of Norrköping's Delår (direction rules, one unit per indicator, narrative answers) and of
// Norsjö's Helår (per-unit-type thresholds), checked against figures computed by hand.
import { buildPeriodSummary } from "../../../services/summary";
import { evaluateStatus, parseStatusRule } from "../../../services/rules";
import { examplePlan, result } from "./norsjo-t1.fixture";

describe("Norrköping, Delår 2024", () => {
  test("when Särskilt boende and Hemtjänst have reported, then goals count their indicators and answers by unit", async () => {
    const plan = await examplePlan("norrkoping-von-2024.yaml");
    const current = [
      result("sabo", "m1-i3", { value: 12, status: "green" }),
      result("sabo", "m7-i6", { value: 3, status: "red", comment: "Fler fall i vintras." }),
      result("sabo", "m1-b", { answer: "Vi har infört individuella genomförandeplaner." }),
      result("hemtjanst", "m2-i1", { value: 80, status: "yellow" }),
      result("hemtjanst", "m6-i1", { value: 75, status: "none" }),
      result("hemtjanst", "m7-i4", { value: 10, status: "green" }),
      result("hemtjanst", "m1-b", { answer: "Brukarråd varje månad." }),
      result("hemtjanst", "m2-q4", { answer: "Fasta team per område." }),
    ];
    const summary = buildPeriodSummary({
      plan,
      period: { id: "Delår", label: "Delår 2024" },
      current,
      submittedUnits: new Set(["sabo", "hemtjanst"]),
    });
    const goal = (id: string) => summary.areas.flatMap((a) => a.goals).find((g) => g.id === id);
    // mål 1: m1-i1 (myndighet) ○, m1-i3 (sabo) ✔, m1-i10 and m1-i14 (lss) ○.
    expect(goal("mal-1")?.counts).toEqual({
      green: 1,
      yellow: 0,
      red: 0,
      notJudged: 0,
      notReported: 3,
    });
    // mål 2: m2-i1 (hemtjänst) ▲, m2-i8 (kontoret) ○.
    expect(goal("mal-2")?.counts).toEqual({
      green: 0,
      yellow: 1,
      red: 0,
      notJudged: 0,
      notReported: 1,
    });
    // mål 7: m7-i4 (hemtjänst) ✔, m7-i5 (kontoret) ○, m7-i6 (sabo) ✖.
    expect(goal("mal-7")?.counts).toEqual({
      green: 1,
      yellow: 0,
      red: 1,
      notJudged: 0,
      notReported: 1,
    });
    // The question to every leaf unit (five): two have answered.
    const question = goal("mal-1")?.narratives.find((n) => n.itemId === "m1-b");
    expect(question?.answers.map((a) => a.unitName)).toEqual([
      "Särskilt boende för äldre",
      "Hemtjänst och ordinärt boende",
    ]);
    expect(question?.missing).toBe(3);
    expect(goal("mal-2")?.narratives.find((n) => n.itemId === "m2-q4")?.missing).toBe(0);
    expect(summary.missingUnits.map((u) => u.unitId).sort()).toEqual([
      "hsv",
      "lss",
      "myndighet",
      "vok",
    ]);
  });
});

describe("Norsjö, Helår 2025: thresholds per unit type", () => {
  test("when each unit is judged by its own type's bounds, then the indicator is as weak as its weakest unit", async () => {
    const plan = await examplePlan("norsjo-omsorg-2025.yaml");
    const rule = parseStatusRule(
      "Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,4-1,7",
    );
    // As the report card judges them at submit: each with its unit's type.
    const judged = (unitId: string, value: number, unitType: string) =>
      result(unitId, "personalkontinuitet", {
        value,
        status: evaluateStatus(rule, value, { unitType }).status,
      });
    const current = [
      judged("htj-norsjo", 12, "HTJ"), // ≤ 13: green
      judged("htj-bastutrask", 15, "HTJ"), // 14–15: yellow
      judged("sabo-norrgarden", 1.3, "SÄBO"), // ≤ 1,3: green
      judged("sabo-alvgarden", 1.8, "SÄBO"), // over 1,7: red
    ];
    const summary = buildPeriodSummary({
      plan,
      period: { id: "Helår", label: "Helår 2025" },
      current,
      submittedUnits: new Set([
        "htj-norsjo",
        "htj-bastutrask",
        "sabo-norrgarden",
        "sabo-alvgarden",
      ]),
    });
    const indicator = summary.areas
      .flatMap((a) => a.goals.flatMap((g) => g.indicators))
      .find((i) => i.id === "personalkontinuitet");
    expect(indicator?.units.map((u) => u.status)).toEqual(["green", "yellow", "green", "red"]);
    expect(indicator?.counts).toEqual({
      green: 2,
      yellow: 1,
      red: 1,
      notJudged: 0,
      notReported: 0,
    });
    // A mean of hemtjänst's 13,5 people and SÄBO's 1,55 per brukare means nothing: no aggregate judging.
    expect(indicator?.status).toBe("red");
    expect(indicator?.explanation).toBe(
      "Den svagaste enheten avgör: Särskilt boende Älvgården (4 enheter bedömda).",
    );
  });
});
