import { evaluateStatus, parseStatusRule } from "../../../services/rules";
import { explanationOf, nb, statusOf } from "./judge";

const PER_UNIT_TYPE = "Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,4-1,7";
const RANKING = "Grön 25% bästa Gul 26-50% bästa";

describe("evaluateStatus with yes/no", () => {
  test.each([
    ["Grön Ja Röd Nej", "ja", "green"],
    ["Grön Ja Röd Nej", "JA", "green"],
    ["Grön Ja Röd Nej", "yes", "green"],
    ["Grön Ja Röd Nej", true, "green"],
    ["Grön Ja Röd Nej", "Nej", "red"],
    ["Grön Ja Röd Nej", "no", "red"],
    ["Grön Ja Röd Nej", false, "red"],
    ["Grön Nej Röd Ja", "nej", "green"],
    ["Grön Nej Röd Ja", "ja", "red"],
  ])("when the rule is %j and the answer %j, then the status is %s", (rule, value, expected) => {
    expect(statusOf(rule, value)).toBe(expected);
  });

  test("when the answer is no, then the explanation says what green needs", () => {
    expect(explanationOf("Grön Ja Röd Nej", "nej")).toBe("Svaret är nej, men grönt kräver ja.");
  });

  test("when a yes/no rule gets a number, then the value is refused", () => {
    expect(() => statusOf("Grön Ja Röd Nej", 5)).toThrow(
      expect.objectContaining({ code: "VALUE_UNREADABLE" }),
    );
  });

  test("when a numeric rule gets yes or no, then the value is refused", () => {
    expect(() => statusOf("Grön 82 Gul 76", "ja")).toThrow(
      expect.objectContaining({ code: "VALUE_UNREADABLE" }),
    );
  });
});

describe("evaluateStatus with thresholds per unit type", () => {
  test.each([
    ["HTJ", 12, "green"],
    ["HTJ", 13, "green"],
    ["HTJ", 13.5, "yellow"],
    ["HTJ", 14, "yellow"],
    ["HTJ", 15, "yellow"],
    ["HTJ", 15.1, "red"],
    ["htj", 13, "green"],
    ["Hemtjänst", 16, "red"],
    ["SÄBO", 1.3, "green"],
    ["säbo", "1,35", "yellow"],
    ["Säbo", "1,7", "yellow"],
    ["SABO", "1,71", "red"],
    ["särskilt boende", "1,2", "green"],
  ])(
    "when the unit type is %j and the value %j, then the status is %s",
    (unitType, value, expected) => {
      expect(statusOf(PER_UNIT_TYPE, value, { unitType })).toBe(expected);
    },
  );

  test("when the value is between the green bound and the yellow range, then the explanation names both", () => {
    expect(explanationOf(PER_UNIT_TYPE, "13,5", { unitType: "htj" })).toBe(
      "HTJ: 13,5 ligger över gränsen för grönt (13) men inom gult (15).",
    );
  });

  test.each([["LSS"], ["banan"], [undefined]])(
    "when the unit type is %j, then it is refused as unknown, naming those the rule has",
    (unitType) => {
      expect.assertions(2);
      try {
        statusOf(PER_UNIT_TYPE, 13, unitType === undefined ? {} : { unitType });
      } catch (error) {
        expect(error).toMatchObject({ code: "UNKNOWN_UNIT_TYPE" });
        expect((error as Error).message).toContain("HTJ, SÄBO");
      }
    },
  );
});

describe("evaluateStatus with ranking among comparable municipalities", () => {
  test.each([
    [1, "green"],
    [25, "green"],
    [25.5, "yellow"],
    [26, "yellow"],
    ["50%", "yellow"],
    [50.1, "red"],
    [100, "red"],
  ])("when the rank percentile is %j, then the status is %s", (value, expected) => {
    expect(statusOf(RANKING, value)).toBe(expected);
  });

  test("when the rank is in the yellow range, then the explanation names both ranges", () => {
    expect(explanationOf(RANKING, 40)).toBe(
      nb("Placeringen 40 % ligger utanför de 25 % bästa men inom de 50 % bästa."),
    );
  });

  test.each([[101], [-1]])("when the rank percentile is %p, then the value is refused", (value) => {
    expect(() => statusOf(RANKING, value)).toThrow(
      expect.objectContaining({ code: "VALUE_UNREADABLE" }),
    );
  });
});

describe("evaluateStatus with a comparison", () => {
  test.each([
    [">/=70%", 70, "green"],
    [">/=70%", 69.9, "red"],
    ["</=6%", 6, "green"],
    ["</=6%", "6,1%", "red"],
    ["> 90%", 90, "red"],
    ["> 90%", 90.1, "green"],
    [">90% av enheternas mål uppnådda", 90, "red"],
    [">90% av enheternas mål uppnådda", 91, "green"],
    ["< 18 månader", "18 månader", "red"],
    ["< 18 månader", 17.9, "green"],
    [">0", 0, "red"],
    [">0", 0.01, "green"],
    ["≥ 5", 5, "green"],
    ["≥ 5", 4.99, "red"],
    ["≤ 5", 5, "green"],
    ["≤ 5", 5.01, "red"],
    [">= 5", 5, "green"],
    ["<= 5", 5, "green"],
    ["=< 5", 5.01, "red"],
    ["< 2%", "1,99 %", "green"],
    ["< 2%", "2 %", "red"],
  ])("when the rule is %j and the value %j, then the status is %s", (rule, value, expected) => {
    expect(statusOf(rule, value)).toBe(expected);
  });

  test.each([
    [">/=70% inom 4 timmar", 72, nb("72 % uppfyller målet (minst 70 %).")],
    ["</=6%", "6,1", nb("6,1 % uppfyller inte målet (högst 6 %).")],
    ["< 18 månader", 17, "17 uppfyller målet (mindre än 18)."],
  ])(
    "when the rule is %j and the value %j, then the explanation is %j",
    (rule, value, expected) => {
      expect(explanationOf(rule, value)).toBe(expected);
    },
  );
});

describe("evaluateStatus with a bare target", () => {
  test.each([
    ["95%", 95, undefined, "green"],
    ["95%", 94.9, undefined, "red"],
    ["95%", 96, "higher", "green"],
    ["14%", 14, "lower", "green"],
    ["14%", 13, "lower", "green"],
    ["14%", "14,1", "lower", "red"],
    ["15 763", "15 763", undefined, "green"],
    ["15 763", "15 762", undefined, "red"],
    ["79 (kan revideras efter utfall 2021)", 79, undefined, "green"],
  ] as const)(
    "when the target is %j, the value %j and the direction %s, then the status is %s",
    (rule, value, direction, expected) => {
      expect(statusOf(rule, value, direction ? { direction } : {})).toBe(expected);
    },
  );

  test("when lower is better, then the explanation says at most", () => {
    expect(explanationOf("14%", 13, { direction: "lower" })).toBe(
      nb("13 % uppfyller målet (högst 14 %)."),
    );
  });
});

describe("evaluateStatus with no rule or no value", () => {
  test.each([[""], ["-"], ["Inte klart än"], ["?"], ["Enligt budget"]])(
    "when the rule is %j, then any value is accepted and not judged",
    (rule) => {
      for (const value of [5, "12 559", "ja", null]) {
        expect(statusOf(rule, value)).toBe("none");
      }
    },
  );

  test.each([[null], [undefined], [""], ["   "], ["-"]])(
    "when the value is %j, then the rule does not judge it",
    (value) => {
      expect(statusOf("Grön 82 Gul 76", value)).toBe("none");
      expect(explanationOf("Grön 82 Gul 76", value)).toBe(
        "Inget värde är rapporterat, så det bedöms inte.",
      );
    },
  );

  test("when the rule is not decided yet, then the explanation quotes it", () => {
    expect(explanationOf("Inte klart än", 5)).toBe(
      "Regeln är inte bestämd än (”Inte klart än”), så värdet bedöms inte.",
    );
  });

  test.each([["banan"], ["1,2,3"], [Number.NaN], [Number.POSITIVE_INFINITY]])(
    "when the value is %p, then it is refused as unreadable",
    (value) => {
      const rule = parseStatusRule("Grön 82 Gul 76");
      expect(() => evaluateStatus(rule, value)).toThrow(
        expect.objectContaining({ code: "VALUE_UNREADABLE" }),
      );
    },
  );

  test("when a rule without thresholds gets an unreadable value, then the value is still refused", () => {
    expect(() => statusOf("Inte klart än", "banan")).toThrow(
      expect.objectContaining({ code: "VALUE_UNREADABLE" }),
    );
  });
});
