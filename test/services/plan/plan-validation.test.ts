import { validatePlanFile, type PlanInput } from "../../../services/plan";
import { smallPlan, yamlFile } from "./plan-builders";

type Change = (plan: PlanInput) => void;

const goal = (plan: PlanInput) => {
  const found = plan.goalAreas[0]?.goals?.[0];
  if (!found) throw new Error("smallPlan has a goal");
  return found;
};
const indicator = (plan: PlanInput, i = 0) => {
  const found = goal(plan).indicators?.[i];
  if (!found) throw new Error(`smallPlan has indicator ${i}`);
  return found;
};
const unit = (plan: PlanInput, id: string) => {
  const found = plan.units.find((u) => u.id === id);
  if (!found) throw new Error(`smallPlan has unit ${id}`);
  return found;
};
const item = "goalAreas\\[0\\]\\.goals\\[0\\]";

describe("plan validation", () => {
  test("when the small plan is checked, then it is valid", async () => {
    const result = await validatePlanFile(yamlFile(smallPlan()));
    expect(result.ok ? result.summary : result.errors).toMatchObject({
      indicators: 2,
      units: 4,
      reporters: 3,
    });
  });

  test.each<[string, Change, string, RegExp]>([
    [
      "an indicator's rule does not parse",
      (p) => (indicator(p).rule = "Grön åttio Gul sjuttio"),
      `${item}\\.indicators\\[0\\]\\.rule`,
      /^Regeln ”Grön åttio Gul sjuttio” kunde inte läsas: förstår inte ”åttio”/,
    ],
    [
      "an item names a period that does not exist",
      (p) => (indicator(p).periods = ["T1", "T3"]),
      `${item}\\.indicators\\[0\\]\\.periods\\[1\\]`,
      /^Perioden ”T3” finns inte i planen\. Planens perioder: T1, T2, Helår\.$/,
    ],
    [
      "a milestone names a period that does not exist",
      (p) =>
        (goal(p).activities = [
          { id: "a", name: "A", milestones: [{ period: "Q2", text: "Klart" }] },
        ]),
      `${item}\\.activities\\[0\\]\\.milestones\\[0\\]\\.period`,
      /^Perioden ”Q2” finns inte i planen/,
    ],
    [
      "a unit that reports has no reporter",
      (p) => (unit(p, "sabo-ost").reporters = []),
      "units\\[3\\]\\.reporters",
      /^Enheten SÄBO Öst \(sabo-ost\) rapporterar 3 punkter men har ingen ansvarig för rapportering\./,
    ],
    [
      "two items have the same id",
      (p) => (goal(p).questions = [{ id: "sjukfranvaro", text: "Beskriv." }]),
      `${item}\\.questions\\[0\\]\\.id`,
      /^Id ”sjukfranvaro” finns redan för en annan punkt att följa upp/,
    ],
    [
      "two units have the same id",
      (p) => (unit(p, "htj-syd").id = "htj-norr"),
      "units\\[2\\]\\.id",
      /^Id ”htj-norr” finns redan för en annan enhet\./,
    ],
    [
      "a reporter is not an e-mail address or UPN",
      (p) => (unit(p, "sabo-ost").reporters = ["adele.v"]),
      "units\\[3\\]\\.reporters\\[0\\]",
      /^Ska vara en e-postadress eller UPN \(namn@domän\.se\)\.$/,
    ],
    [
      "a reporter is not among the plan's people",
      (p) => (unit(p, "sabo-ost").reporters = ["okand@example.se"]),
      "units\\[3\\]\\.reporters\\[0\\]",
      /^okand@example\.se finns inte bland planens personer \(people\)\./,
    ],
    [
      "a per-unit-type rule is reported by a unit of another type",
      (p) =>
        p.units.push({
          id: "ifo",
          name: "IFO",
          parent: "omsorg",
          type: "IFO",
          reporters: ["adele.v@example.se"],
        }),
      `${item}\\.indicators\\[1\\]\\.rule`,
      /^Regeln gäller enhetstyperna HTJ, SÄBO, men enheten IFO \(ifo, typ IFO\) rapporterar indikatorn/,
    ],
    [
      "a per-unit-type rule names a unit type no unit has",
      (p) => {
        unit(p, "sabo-ost").type = "HTJ";
        indicator(p, 1).reportingUnits = ["htj-norr", "htj-syd"];
      },
      `${item}\\.indicators\\[1\\]\\.rule`,
      /^Regeln nämner enhetstypen ”SÄBO”, men ingen enhet i planen har den typen\.$/,
    ],
    [
      "a unit's parent does not exist",
      (p) => (unit(p, "htj-syd").parent = "hemtjanst"),
      "units\\[2\\]\\.parent",
      /^Den överordnade enheten ”hemtjanst” finns inte bland enheterna\.$/,
    ],
    [
      "units are each other's parents",
      (p) => (unit(p, "omsorg").parent = "htj-norr"),
      "units\\[0\\]\\.parent",
      /^Enheten omsorg ligger under sig själv \(omsorg → htj-norr → omsorg\)\.$/,
    ],
    [
      "an item names a reporting unit that does not exist",
      (p) => (indicator(p).reportingUnits = ["htj-vast"]),
      `${item}\\.indicators\\[0\\]\\.reportingUnits\\[0\\]`,
      /^Enheten ”htj-vast” finns inte bland enheterna\.$/,
    ],
    [
      "the direction contradicts the rule",
      (p) => (indicator(p).direction = "higher"),
      `${item}\\.indicators\\[0\\]\\.direction`,
      /^Riktningen högre motsäger regeln, där lägre är bättre\.$/,
    ],
    [
      "a field is misspelt",
      (p) => Object.assign(indicator(p), { rulle: "Grön 1 Gul 2" }),
      `${item}\\.indicators\\[0\\]\\.rulle`,
      /^Okänt fält ”rulle”\./,
    ],
    [
      "a required field is missing",
      (p) => Object.assign(goal(p), { activities: [{ id: "utan-namn" }] }),
      `${item}\\.activities\\[0\\]\\.name`,
      /^Saknas, men måste anges\.$/,
    ],
    [
      "a value is not one of the model's words",
      (p) => Object.assign(indicator(p), { valueType: "procent" }),
      `${item}\\.indicators\\[0\\]\\.valueType`,
      /^Ska vara ett av: number, percent, yesno, count\.$/,
    ],
    [
      "a period ends before it starts",
      (p) => (p.periods[0] = { id: "T1", kind: "tertial", start: "2025-04-30", end: "2025-01-01" }),
      "periods\\[0\\]\\.end",
      /^Perioden T1 slutar \(2025-01-01\) före sin start \(2025-04-30\)\.$/,
    ],
    [
      "a custom period has no dates",
      (p) => p.periods.push({ id: "Sommar", kind: "custom" }),
      "periods\\[3\\]\\.start",
      /^Perioden Sommar saknar start och slut, och de går inte att räkna ut\./,
    ],
    [
      "a quarter's id says no quarter the calendar knows",
      (p) => p.periods.push({ id: "Q5", kind: "quarter" }),
      "periods\\[3\\]\\.start",
      /^Perioden Q5 saknar start och slut/,
    ],
    [
      "the plan id is not a slug",
      (p) => (p.id = "Test Omsorg"),
      "id",
      /^Ska vara gemener, siffror och bindestreck/,
    ],
    [
      "an admin is not among the plan's people",
      (p) => (p.admins = ["chef@example.se"]),
      "admins\\[0\\]",
      /^chef@example\.se finns inte bland planens personer/,
    ],
  ])(
    "when %s, then the one error names the field and says what is wrong",
    async (_case, change, path, message) => {
      const plan = smallPlan();
      change(plan);
      const result = await validatePlanFile(yamlFile(plan));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]?.where).toMatch(new RegExp(`^${path} \\(rad \\d+\\)$`));
      expect(result.errors[0]?.message).toMatch(message);
    },
  );

  test("when a shape error and meaning errors are in the same file, then all of them are reported", async () => {
    const plan = smallPlan();
    unit(plan, "sabo-ost").reporters = ["inte-en-adress"];
    indicator(plan).periods = ["T9"];
    indicator(plan, 1).rule = "Grönt ljus";
    const result = await validatePlanFile(yamlFile(plan));
    expect(result.ok ? [] : result.errors.map((e) => e.where.replace(/ \(rad \d+\)$/, ""))).toEqual(
      [
        "units[3].reporters[0]",
        `goalAreas[0].goals[0].indicators[0].periods[0]`,
        `goalAreas[0].goals[0].indicators[1].rule`,
      ],
    );
  });

  test.each([
    ["a tab as indent", "id: x\nperiods:\n\t- id: T1\n", /^rad 3, kolumn 1$/, /tabb/],
    ["a key written twice", "id: a\nid: b\n", /^rad 2, kolumn 1$/, /två gånger/],
  ])(
    "when the YAML has %s, then the error gives its line and column",
    async (_case, text, where, message) => {
      const result = await validatePlanFile({ fileName: "plan.yml", content: Buffer.from(text) });
      expect(result.ok ? [] : result.errors[0]).toMatchObject({
        where: expect.stringMatching(where),
        message: expect.stringMatching(message),
      });
    },
  );

  test("when the file is neither YAML nor a workbook, then it says so", async () => {
    const result = await validatePlanFile({ fileName: "plan.docx", content: Buffer.from("word") });
    expect(result.ok ? [] : result.errors).toEqual([
      {
        where: "filen",
        message: expect.stringMatching(/^Filen plan\.docx är varken en Excel-arbetsbok/),
      },
    ]);
  });
});
