import { describeAnswer } from "../../../services/reporting/report-guards";
import { checkAnswer } from "../../../services/reporting/answer-check";
import type { CheckMode } from "../../../services/reporting/checked-answer";
import type { FormItem } from "../../../services/reporting";
import type { Indicator } from "../../../services/plan";

const place = { goalAreaId: "a", goalId: "g" };

function indicator(over: Partial<Indicator>): FormItem {
  return {
    goalAreaName: "Område",
    goalName: "Mål",
    milestones: [],
    item: {
      kind: "indicator",
      ...place,
      id: "i",
      name: "Väntande",
      required: true,
      valueType: "count",
      breakdown: { by: ["sex"], required: false },
      ...over,
    },
  };
}

const count = indicator({});
const share = indicator({ valueType: "percent", rule: "Öka" });
const both = indicator({ breakdown: { by: ["sex", "provider"], required: true } });
const summed = indicator({ valueType: "number", aggregation: "sum", unitOfMeasure: "tkr" });

type Parts = { women?: string; men?: string; own?: string; private?: string };

describe("the parts of a breakdown against the total", () => {
  type Row = [string, FormItem, string, Parts, CheckMode, Record<string, RegExp>, object?];
  const rows: Row[] = [
    [
      "counts that add up",
      count,
      "20",
      { women: "12", men: "8" },
      "submit",
      {},
      { women: 12, men: 8 },
    ],
    [
      "counts that do not add up",
      count,
      "20",
      { women: "12", men: "9" },
      "submit",
      { sex: /^Kvinnor 12 \+ män 9 = 21, men totalt är 20\./ },
    ],
    [
      "counts that do not add up, in a draft (a hint)",
      count,
      "20",
      { women: "12", men: "9" },
      "draft",
      { sex: /= 21, men totalt är 20/ },
    ],
    ["decimals that add up to a person", summed, "9,7", { women: "6,5", men: "3,2" }, "submit", {}],
    ["a share between its parts", share, "62", { women: "58", men: "70" }, "submit", {}],
    [
      "a share outside its parts",
      share,
      "75",
      { women: "58", men: "70" },
      "submit",
      { sex: /^Totalt 75\u00a0% ligger inte mellan delarna \(Kvinnor 58\u00a0%, män 70\u00a0%\)/ },
    ],
    ["no parts where they are asked for only where possible", count, "20", {}, "submit", {}],
    [
      "one part only",
      count,
      "20",
      { women: "12" },
      "submit",
      { sex: /^Fyll i både kvinnor och män, eller lämna alla tomma\.$/ },
    ],
    ["one part only, in a draft", count, "20", { women: "12" }, "draft", {}],
    [
      "parts without the total",
      count,
      "",
      { women: "12", men: "8" },
      "submit",
      { value: /Fyll i ett värde/, sex: /Fyll i totalen också/ },
    ],
    [
      "a part that is no number",
      count,
      "20",
      { women: "tolv", men: "8" },
      "submit",
      { sex: /^Kvinnor: ”tolv” kunde inte läsas som ett tal/ },
    ],
    [
      "a negative count",
      count,
      "20",
      { women: "-2", men: "22" },
      "submit",
      { sex: /^Kvinnor: −2 är inte möjligt/ },
    ],
    [
      "required parts left empty",
      both,
      "20",
      { women: "12", men: "8" },
      "submit",
      { provider: /^Fyll i egen regi och privat utförare: uppdelningen krävs\.$/ },
    ],
    [
      "required parts that add up, both breakdowns",
      both,
      "20",
      { women: "12", men: "8", own: "15", private: "5" },
      "submit",
      {},
      { women: 12, men: 8, own: 15, private: 5 },
    ],
  ];
  // Every row as long as the test's parameters: jest would take a missing last one for `done`.
  test.each(rows.map((row): Required<Row> => [...row.slice(0, 6), row[6]] as Required<Row>))(
    "when %s, then the check says so",
    (_, form, value, parts, mode, errors, stored) => {
      const checked = checkAnswer(form, { value, parts }, mode, {});
      const shown = Object.fromEntries(
        Object.entries(checked.errors).filter(([, error]) => error !== undefined),
      );
      expect(Object.keys(shown).sort()).toEqual(Object.keys(errors).sort());
      for (const [field, pattern] of Object.entries(errors)) expect(shown[field]).toMatch(pattern);
      if (stored) expect(checked.parts).toEqual(stored);
    },
  );
});

describe("an unsent answer with parts, as a conflict lists it", () => {
  test("when the answer has parts and milestone states, then the line names them", () => {
    expect(describeAnswer({ value: "20", parts: { women: "12", men: "8", own: "" } })).toBe(
      "20 – (kvinnor 12, män 8)",
    );
    expect(describeAnswer({ state: "inProgress", milestones: { "2": "delayed" } })).toBe(
      "Pågår – delmål 2: Försenad",
    );
  });
});
