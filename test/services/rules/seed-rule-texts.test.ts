import { evaluateStatus, parseStatusRule } from "../../../services/rules";
import { SEED_RULE_TEXTS } from "../../../services/rules/seed-rule-texts";

describe("the rule texts of the seed plans", () => {
  test("when the list is gathered, then it holds the texts of all five seeds", () => {
    expect(new Set(SEED_RULE_TEXTS.map((entry) => entry.seed))).toEqual(
      new Set(["000", "001", "002", "003", "004"]),
    );
    expect(SEED_RULE_TEXTS.length).toBeGreaterThanOrEqual(80);
  });

  test.each(
    SEED_RULE_TEXTS.map((entry) => [entry.seed, entry.where, entry.text, entry.kind] as const),
  )(
    "when seed %s's rule for %s, %j, is read, then it parses as %s",
    (_seed, _where, text, kind) => {
      const rule = parseStatusRule(text);
      expect(rule.kind).toBe(kind);
      expect(rule.text).toBe(text);
    },
  );

  test.each(SEED_RULE_TEXTS.map((entry) => [entry.seed, entry.text] as const))(
    "when seed %s's rule %j judges a value with a baseline and a unit type, then it gives a status and a sentence",
    (_seed, text) => {
      const rule = parseStatusRule(text);
      const value = rule.kind === "yesNo" ? "ja" : 10;
      const judgement = evaluateStatus(rule, value, { baseline: 8, unitType: "HTJ" });
      expect(["green", "yellow", "red", "none"]).toContain(judgement.status);
      expect(judgement.explanation).toMatch(/^\S.*\.$/);
    },
  );
});
