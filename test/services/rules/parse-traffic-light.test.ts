import { parseStatusRule, type StatusRule } from "../../../services/rules";

describe("parseStatusRule with Grön and Gul", () => {
  test.each<[string, StatusRule]>([
    [
      "Grön 82 Gul 76",
      {
        kind: "thresholds",
        text: "Grön 82 Gul 76",
        measure: "value",
        direction: "higher",
        green: 82,
        yellow: 76,
      },
    ],
    [
      "Grön 6,5 Gul 7",
      {
        kind: "thresholds",
        text: "Grön 6,5 Gul 7",
        measure: "value",
        direction: "lower",
        green: 6.5,
        yellow: 7,
      },
    ],
    [
      "Grön 5 Gul 5",
      {
        kind: "thresholds",
        text: "Grön 5 Gul 5",
        measure: "value",
        direction: "higher",
        green: 5,
        yellow: 5,
      },
    ],
    [
      "Andel positiva svar Grön 75% Gul 50%",
      {
        kind: "thresholds",
        text: "Andel positiva svar Grön 75% Gul 50%",
        measure: "value",
        direction: "higher",
        green: 75,
        yellow: 50,
        unit: "%",
        label: "Andel positiva svar",
      },
    ],
    [
      "grön ja 95% gul ja 90%",
      {
        kind: "thresholds",
        text: "grön ja 95% gul ja 90%",
        measure: "value",
        direction: "higher",
        green: 95,
        yellow: 90,
        unit: "%",
      },
    ],
    [
      "Grön 82 Gul 76-81",
      {
        kind: "thresholds",
        text: "Grön 82 Gul 76-81",
        measure: "value",
        direction: "higher",
        green: 82,
        yellow: 76,
      },
    ],
    [
      "Grön 1 000 poäng Gul 500 poäng",
      {
        kind: "thresholds",
        text: "Grön 1 000 poäng Gul 500 poäng",
        measure: "value",
        direction: "higher",
        green: 1000,
        yellow: 500,
        qualifier: "poäng",
      },
    ],
    [
      "Grön Öka med 10% Gul öka med 5%",
      {
        kind: "thresholds",
        text: "Grön Öka med 10% Gul öka med 5%",
        measure: "relativeChange",
        direction: "higher",
        green: 10,
        yellow: 5,
        unit: "%",
      },
    ],
    [
      "Grön Minska med 200 Gul -100",
      {
        kind: "thresholds",
        text: "Grön Minska med 200 Gul -100",
        measure: "absoluteChange",
        direction: "lower",
        green: -200,
        yellow: -100,
      },
    ],
    ["Grön Ja Röd Nej", { kind: "yesNo", text: "Grön Ja Röd Nej", greenAnswer: true }],
    ["GRÖN NEJ RÖD JA", { kind: "yesNo", text: "GRÖN NEJ RÖD JA", greenAnswer: false }],
    ["Grön ja", { kind: "yesNo", text: "Grön ja", greenAnswer: true }],
    [
      "Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,4-1,7",
      {
        kind: "perUnitType",
        text: "Grön Htj 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,4-1,7",
        direction: "lower",
        thresholds: [
          { unitType: "HTJ", green: 13, yellow: 15 },
          { unitType: "SÄBO", green: 1.3, yellow: 1.7 },
        ],
      },
    ],
    [
      "Grön hemtjänst 90 och LSS 80 Gul hemtjänst 85",
      {
        kind: "perUnitType",
        text: "Grön hemtjänst 90 och LSS 80 Gul hemtjänst 85",
        direction: "higher",
        thresholds: [
          { unitType: "HTJ", green: 90, yellow: 85 },
          { unitType: "LSS", green: 80, yellow: 80 },
        ],
      },
    ],
    [
      "Grön 25% bästa Gul 26–50% bästa Jämförbara kommuner",
      {
        kind: "ranking",
        text: "Grön 25% bästa Gul 26–50% bästa Jämförbara kommuner",
        green: 25,
        yellow: 50,
        qualifier: "Jämförbara kommuner",
      },
    ],
  ])("when the text is %j, then it reads as the expected rule", (text, expected) => {
    expect(parseStatusRule(text)).toEqual(expected);
  });

  test("when the text comes from a Word export with tags and odd spaces, then they are ignored", () => {
    const rule = parseStatusRule("Finns <b>ja</b> eller <b>nej</b>\u00a0Grön ja 95%\tGul ja 90%");
    expect(rule).toMatchObject({
      kind: "thresholds",
      green: 95,
      yellow: 90,
      label: "Finns ja eller nej",
    });
  });

  test("when Grön is repeated after a label, then the rule starts at the last Grön and the label keeps the first", () => {
    const rule = parseStatusRule("Kr/invånare Nuläge Grön Grön 25% bästa Gul 26-50% bästa");
    expect(rule).toMatchObject({
      kind: "ranking",
      green: 25,
      yellow: 50,
      label: "Kr/invånare Nuläge Grön",
    });
  });

  test("when the rule comes after a current status that is red, then the label keeps it", () => {
    const rule = parseStatusRule("Kr/invånare Nuläge Röd  Grön 25% bästa Gul 26–50% bästa");
    expect(rule).toMatchObject({ kind: "ranking", label: "Kr/invånare Nuläge Röd" });
  });
});
