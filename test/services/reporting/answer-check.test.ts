import { checkAnswer } from "../../../services/reporting/answer-check";
import type { CheckMode } from "../../../services/reporting/checked-answer";
import { baselineFor } from "../../../services/reporting/comparison-baseline";
import type { FormItem } from "../../../services/reporting";
import type { Indicator } from "../../../services/plan";

const place = { goalAreaId: "a", goalId: "g" };
const names = { goalAreaName: "Område", goalName: "Mål", milestones: [] };

function indicator(over: Partial<Indicator> = {}): FormItem {
  return {
    ...names,
    item: {
      kind: "indicator",
      ...place,
      id: "i",
      name: "Indikator",
      required: true,
      valueType: "number",
      aggregation: "mean",
      rule: "Grön 6,5 Gul 7",
      ...over,
    },
  };
}

const activity = (required = true): FormItem => ({
  ...names,
  item: { kind: "activity", ...place, id: "a1", name: "Aktivitet", required, milestones: [] },
});
const question = (required = true): FormItem => ({
  ...names,
  item: { kind: "question", ...place, id: "q1", text: "Beskriv arbetet.", required },
});

type Case = [
  string,
  FormItem,
  { value?: string; comment?: string; state?: string; text?: string },
  CheckMode,
  { status?: string; number?: number; yes?: boolean; errors?: Record<string, RegExp> },
];

const cases: Case[] = [
  [
    "a unit's count under the organisation's target (judged in the total, so no red to explain)",
    indicator({ valueType: "count", rule: ">/=1000", targetFor: "organisation" }),
    { value: "500" },
    "submit",
    { status: "none", number: 500, errors: {} },
  ],
  ["a decimal comma", indicator(), { value: "6,5" }, "submit", { status: "green", number: 6.5 }],
  ["a decimal point", indicator(), { value: "6.8" }, "submit", { status: "yellow", number: 6.8 }],
  ["spaces around", indicator(), { value: "  6,2 " }, "submit", { status: "green", number: 6.2 }],
  [
    "a thousands space",
    indicator({ rule: ">/=10000" }),
    { value: "12 559" },
    "submit",
    { status: "green", number: 12559 },
  ],
  [
    "a no-break thousands space",
    indicator({ rule: ">/=10000" }),
    { value: "12\u00a0559" },
    "submit",
    { status: "green", number: 12559 },
  ],
  [
    "two commas",
    indicator(),
    { value: "6,5,5" },
    "submit",
    { errors: { value: /”6,5,5” kunde inte läsas som ett tal/ } },
  ],
  [
    "words before",
    indicator(),
    { value: "ca 5" },
    "submit",
    { errors: { value: /kunde inte läsas/ } },
  ],
  [
    "bad grouping",
    indicator(),
    { value: "12 55" },
    "draft",
    { errors: { value: /kunde inte läsas/ } },
  ],
  [
    "yes for a number",
    indicator(),
    { value: "ja" },
    "submit",
    { errors: { value: /Skriv ett tal/ } },
  ],
  [
    "a percentage over 100",
    indicator({ valueType: "percent", rule: "Grön 80 Gul 70" }),
    { value: "101" },
    "submit",
    {
      errors: {
        value:
          /101\u00a0% är inte möjligt för Indikator: värdet ska vara mellan 0\u00a0% och 100\u00a0%/,
      },
    },
  ],
  [
    "100 % with its sign",
    indicator({ valueType: "percent", rule: "Grön 80 Gul 70" }),
    { value: "100 %" },
    "submit",
    { status: "green", number: 100 },
  ],
  [
    "a negative share (Sjukfrånvaro -1 %)",
    indicator({ valueType: "percent", name: "Sjukfrånvaro", rule: "Grön 6,5 Gul 7" }),
    { value: "-1" },
    "submit",
    {
      errors: {
        value:
          /−1\u00a0% är inte möjligt för Sjukfrånvaro: värdet ska vara mellan 0\u00a0% och 100\u00a0%/,
      },
    },
  ],
  [
    "a number under the plan's min",
    indicator({ min: 0, unitOfMeasure: "st", rule: "</=6" }),
    { value: "-3" },
    "draft",
    {
      errors: {
        value: /−3\u00a0st är inte möjligt för Indikator: värdet ska vara minst 0\u00a0st/,
      },
    },
  ],
  [
    "a number over the plan's max",
    indicator({ max: 10, rule: "</=6" }),
    { value: "11" },
    "submit",
    { errors: { value: /värdet ska vara högst 10\./ } },
  ],
  [
    "a negative percentage within the plan's range (a budget deviation)",
    indicator({ valueType: "percent", rule: "Grön 0% Gul 0,5%", min: -100 }),
    { value: "-2" },
    "submit",
    { status: "green", number: -2 },
  ],
  [
    "an empty required value on submit",
    indicator(),
    { value: "" },
    "submit",
    { errors: { value: /Fyll i ett värde/ } },
  ],
  ["an empty required value in a draft", indicator(), { value: "" }, "draft", { errors: {} }],
  [
    "an empty optional value",
    indicator({ required: false }),
    { value: " " },
    "submit",
    { errors: {} },
  ],
  [
    "a red value without a comment",
    indicator(),
    { value: "7,4" },
    "submit",
    {
      status: "red",
      errors: { comment: /Värdet är rött: skriv orsaken och vad ni planerar att göra/ },
    },
  ],
  [
    "a red value without a comment in a draft",
    indicator(),
    { value: "7,4" },
    "draft",
    { status: "red", errors: {} },
  ],
  [
    "a red value with a comment",
    indicator(),
    { value: "7,4", comment: "Influensa; vi följer upp varje vecka." },
    "submit",
    { status: "red", errors: {} },
  ],
  [
    "a blank comment on a red value",
    indicator(),
    { value: "7,4", comment: "   " },
    "submit",
    { errors: { comment: /rött/ } },
  ],
  [
    "yes under Grön Ja Röd Nej",
    indicator({ valueType: "yesno", rule: "Grön Ja Röd Nej" }),
    { value: "ja" },
    "submit",
    { status: "green", yes: true },
  ],
  [
    "no under Grön Ja Röd Nej",
    indicator({ valueType: "yesno", rule: "Grön Ja Röd Nej" }),
    { value: "Nej" },
    "submit",
    { status: "red", yes: false, errors: { comment: /rött/ } },
  ],
  [
    "a number for a yes/no",
    indicator({ valueType: "yesno", rule: "Grön Ja Röd Nej" }),
    { value: "5" },
    "submit",
    { errors: { value: /Svara ja eller nej/ } },
  ],
  [
    "no rule",
    indicator({ rule: undefined }),
    { value: "42" },
    "submit",
    { status: "none", number: 42, errors: {} },
  ],
  [
    "an activity without a state",
    activity(),
    { state: "" },
    "submit",
    { errors: { state: /Välj status/ } },
  ],
  ["an optional activity without a state", activity(false), {}, "submit", { errors: {} }],
  ["an activity in progress", activity(), { state: "inProgress" }, "submit", { errors: {} }],
  [
    "a delayed activity without a comment",
    activity(),
    { state: "delayed" },
    "submit",
    { errors: { comment: /försenad: skriv orsaken/ } },
  ],
  [
    "a cancelled activity without a comment",
    activity(),
    { state: "cancelled" },
    "submit",
    { errors: { comment: /avbruten: skriv varför/ } },
  ],
  [
    "an unanswered question",
    question(),
    { text: "\n " },
    "submit",
    { errors: { text: /Skriv ett svar/ } },
  ],
  ["an unanswered optional question", question(false), {}, "submit", { errors: {} }],
  [
    "an answered question",
    question(),
    { text: "Vi har arbetat med IBIC." },
    "submit",
    { errors: {} },
  ],
];

describe("checkAnswer", () => {
  test.each(cases)(
    "when %s is given, then it is checked as expected",
    (_name, form, answer, mode, expected) => {
      const checked = checkAnswer(form, answer, mode, {});
      if (expected.status) expect(checked.judgement?.status).toBe(expected.status);
      if (expected.number !== undefined) expect(checked.number).toBe(expected.number);
      if (expected.yes !== undefined) expect(checked.yes).toBe(expected.yes);
      if (expected.errors?.value) expect(checked.judgement).toBeUndefined();
      if (expected.errors) {
        expect(Object.keys(checked.errors).sort()).toEqual(Object.keys(expected.errors).sort());
        for (const [field, message] of Object.entries(expected.errors)) {
          expect(checked.errors[field as keyof typeof checked.errors]).toMatch(message);
        }
      }
    },
  );

  test("when a rule has thresholds per unit type, then the unit's type judges the value", () => {
    const form = indicator({
      rule: "Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,4-1,7",
    });
    expect(
      checkAnswer(form, { value: "14" }, "submit", { unitType: "HTJ" }).judgement?.status,
    ).toBe("yellow");
    const untyped = checkAnswer(form, { value: "14" }, "submit", {});
    expect(untyped.judgement?.status).toBe("none");
    expect(untyped.errors).toEqual({});
  });

  test("when a change rule has a baseline, then the change is judged; without one it is not", () => {
    const form = indicator({ rule: "Grön Öka med 10% Gul öka med 5%" });
    const baseline = { value: 100, source: "2024 (planen)" };
    expect(checkAnswer(form, { value: "112" }, "submit", { baseline }).judgement?.status).toBe(
      "green",
    );
    expect(checkAnswer(form, { value: "112" }, "submit", {}).judgement?.status).toBe("none");
  });
});

describe("baselineFor", () => {
  const change = indicator({ rule: "Öka med 10%", baseline: { "2024": 80, "2023": 70 } });
  const plan = { year: 2025, units: [{ id: "u", name: "Enhet", reporters: [], owners: [] }] };
  const unit = { id: "u", name: "Enhet" };
  const year = { kind: "year", start: "2025-01-01" };
  const tertial = { kind: "tertial", start: "2025-01-01" };
  const lastYear = {
    lastYear: {
      planId: "p-2024",
      periodId: "T1",
      periodLabel: "Tertial 1 2024",
      value: "90",
      number: 90,
      status: "green" as const,
    },
  };

  test("when last year's same period was reported, then it is the baseline", () => {
    expect(
      baselineFor(change.item as Indicator, lastYear, { plan, unit, period: tertial }),
    ).toEqual({
      baseline: { value: 90, source: "Tertial 1 2024 (rapporterat)" },
    });
  });

  test("when it was not, then the plan's figure for the year before is, for a year period", () => {
    expect(baselineFor(change.item as Indicator, {}, { plan, unit, period: year })).toEqual({
      baseline: { value: 80, source: "utfall 2024 (planen)" },
    });
  });

  test("when only a year figure exists for a tertial, then it is not used and the reason says so", () => {
    const found = baselineFor(change.item as Indicator, {}, { plan, unit, period: tertial });
    expect(found.baseline).toBeUndefined();
    expect(found.missing).toBe(
      "Jämförelsevärde för tertial 1 2024 saknas. Det finns ett värde för helår 2024, men det jämförs inte med ett tertial. En administratör kan lägga in det med `jämförelsevärde i <värde> 2024-T1`.",
    );
  });

  test("when the rule does not need a baseline, then there is none", () => {
    expect(
      baselineFor(indicator().item as Indicator, lastYear, { plan, unit, period: year }),
    ).toEqual({});
  });
});
