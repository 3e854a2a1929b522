import {
  STATUS_LABEL,
  formatNumber,
  parseStatusRule,
  parseValue,
  ruleDirection,
  ruleNeedsBaseline,
  ruleUnitTypes,
} from "../../../services/rules";

describe("ruleDirection", () => {
  test.each([
    ["Grön 82 Gul 76", "higher"],
    ["Grön 6,5 Gul 7", "lower"],
    ["Grön Minska med 10% Gul minska med 5%", "lower"],
    ["Grön Htj 13 eller färre Gul HTJ 14-15", "lower"],
    ["Grön 25% bästa Gul 26-50% bästa", "lower"],
    [">/=70%", "higher"],
    ["< 18 månader", "lower"],
    ["-10% jmf 2024 års utfall", "lower"],
    ["Öka med 10%", "higher"],
    ["Öka", "higher"],
    ["Minska", "lower"],
    ["Bibehåll", undefined],
    ["95%", undefined],
    ["Grön Ja Röd Nej", undefined],
    ["Inte klart än", undefined],
  ])("when the rule is %j, then the direction it tells is %p", (text, expected) => {
    expect(ruleDirection(parseStatusRule(text))).toBe(expected);
  });
});

describe("ruleUnitTypes and ruleNeedsBaseline", () => {
  test("when the rule has thresholds per unit type, then their canonical names are listed", () => {
    const rule = parseStatusRule(
      "Grön Htj 13 eller färre, säbo 1,3 eller färre Gul HTJ 14-15, SÄBO 1,4-1,7",
    );
    expect(ruleUnitTypes(rule)).toEqual(["HTJ", "SÄBO"]);
  });

  test("when the rule has no unit types, then none are listed", () => {
    expect(ruleUnitTypes(parseStatusRule("Grön 82 Gul 76"))).toEqual([]);
  });

  test.each([
    ["Öka", true],
    ["Bibehåll", true],
    ["Grön Öka med 10% Gul öka med 5%", true],
    ["-5 minuter i genomsnitt", true],
    ["Grön 82 Gul 76", false],
    [">/=70%", false],
    ["95%", false],
    ["", false],
  ])("when the rule is %j, then needing a baseline is %p", (text, expected) => {
    expect(ruleNeedsBaseline(parseStatusRule(text))).toBe(expected);
  });
});

describe("formatNumber", () => {
  test.each([
    [6.8, "6,8"],
    [7, "7"],
    [0, "0"],
    [-0, "0"],
    [-3.5, "−3,5"],
    [1000, "1\u00a0000"],
    [12559, "12\u00a0559"],
    [1234567.25, "1\u00a0234\u00a0567,25"],
    [0.1 + 0.2, "0,3"],
    [2 / 3, "0,666667"],
    [-0.0000001, "0"],
  ])("when the number is %p, then it is written %j", (n, expected) => {
    expect(formatNumber(n)).toBe(expected);
  });

  test.each([-3.5, -12559, 6.8, -0.25])(
    "when %p is written for people and typed back, then it reads as the same number",
    (n) => {
      expect(parseValue(formatNumber(n))).toBe(n);
    },
  );
});

describe("STATUS_LABEL", () => {
  test("when statuses are shown, then each has a Swedish and an English name", () => {
    expect(STATUS_LABEL.green).toMatchObject({ sv: "Grön", en: "Green" });
    expect(STATUS_LABEL.yellow).toMatchObject({ sv: "Gul", en: "Yellow" });
    expect(STATUS_LABEL.red).toMatchObject({ sv: "Röd", en: "Red" });
    expect(STATUS_LABEL.none.sv).toBe("Ej bedömd");
  });

  test("when statuses are shown, then their symbols all differ, so colour is not the only signal", () => {
    const symbols = Object.values(STATUS_LABEL).map((label) => label.symbol);
    expect(new Set(symbols).size).toBe(4);
    expect(symbols.every((symbol) => symbol.length > 0)).toBe(true);
  });
});
