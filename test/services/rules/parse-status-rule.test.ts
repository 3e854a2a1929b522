import { isDomainError } from "../../../services/errors";
import { parseStatusRule, type StatusRule } from "../../../services/rules";

function refusal(text: string): Error & { code?: string } {
  try {
    parseStatusRule(text);
  } catch (error) {
    if (error instanceof Error) return error;
  }
  throw new Error(`"${text}" was read, but should have been refused`);
}

describe("parseStatusRule", () => {
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
    [
      ">/=70% inom 4 timmar",
      {
        kind: "comparison",
        text: ">/=70% inom 4 timmar",
        measure: "value",
        comparator: ">=",
        threshold: 70,
        unit: "%",
        qualifier: "inom 4 timmar",
      },
    ],
    [
      "</=6%",
      {
        kind: "comparison",
        text: "</=6%",
        measure: "value",
        comparator: "<=",
        threshold: 6,
        unit: "%",
      },
    ],
    [
      "> 90%",
      {
        kind: "comparison",
        text: "> 90%",
        measure: "value",
        comparator: ">",
        threshold: 90,
        unit: "%",
      },
    ],
    [
      "< 18 månader",
      {
        kind: "comparison",
        text: "< 18 månader",
        measure: "value",
        comparator: "<",
        threshold: 18,
        qualifier: "månader",
      },
    ],
    [">0", { kind: "comparison", text: ">0", measure: "value", comparator: ">", threshold: 0 }],
    ["≥ 5", { kind: "comparison", text: "≥ 5", measure: "value", comparator: ">=", threshold: 5 }],
    ["≤5", { kind: "comparison", text: "≤5", measure: "value", comparator: "<=", threshold: 5 }],
    [
      ">= 5",
      { kind: "comparison", text: ">= 5", measure: "value", comparator: ">=", threshold: 5 },
    ],
    ["<=5", { kind: "comparison", text: "<=5", measure: "value", comparator: "<=", threshold: 5 }],
    ["=>5", { kind: "comparison", text: "=>5", measure: "value", comparator: ">=", threshold: 5 }],
    [
      ">=-2",
      { kind: "comparison", text: ">=-2", measure: "value", comparator: ">=", threshold: -2 },
    ],
    [
      "Öka med 10% jämfört med fg år",
      {
        kind: "comparison",
        text: "Öka med 10% jämfört med fg år",
        measure: "relativeChange",
        comparator: ">=",
        threshold: 10,
        unit: "%",
        qualifier: "jämfört med fg år",
      },
    ],
    [
      "-10% jmf 2024 års utfall",
      {
        kind: "comparison",
        text: "-10% jmf 2024 års utfall",
        measure: "relativeChange",
        comparator: "<=",
        threshold: -10,
        unit: "%",
        qualifier: "jmf 2024 års utfall",
      },
    ],
    [
      "Öka med minst 1000 listade under året",
      {
        kind: "comparison",
        text: "Öka med minst 1000 listade under året",
        measure: "absoluteChange",
        comparator: ">=",
        threshold: 1000,
        qualifier: "listade under året",
      },
    ],
    [
      "-5 minuter i genomsnitt",
      {
        kind: "comparison",
        text: "-5 minuter i genomsnitt",
        measure: "absoluteChange",
        comparator: "<=",
        threshold: -5,
        qualifier: "minuter i genomsnitt",
      },
    ],
    [
      "Öka med 2 procentenheter",
      {
        kind: "comparison",
        text: "Öka med 2 procentenheter",
        measure: "absoluteChange",
        comparator: ">=",
        threshold: 2,
        qualifier: "procentenheter",
      },
    ],
    ["95%", { kind: "target", text: "95%", target: 95, unit: "%" }],
    ["15 763", { kind: "target", text: "15 763", target: 15763 }],
    [
      "79 (kan revideras efter utfall 2021)",
      {
        kind: "target",
        text: "79 (kan revideras efter utfall 2021)",
        target: 79,
        qualifier: "(kan revideras efter utfall 2021)",
      },
    ],
    ["Öka", { kind: "direction", text: "Öka", goal: "increase" }],
    ["minska", { kind: "direction", text: "minska", goal: "decrease" }],
    ["Bibehåll", { kind: "direction", text: "Bibehåll", goal: "maintain" }],
    [
      "Öka varje månad jämfört med föregående år",
      {
        kind: "direction",
        text: "Öka varje månad jämfört med föregående år",
        goal: "increase",
        qualifier: "varje månad jämfört med föregående år",
      },
    ],
    ["", { kind: "none", text: "", reason: "empty" }],
    ["  ", { kind: "none", text: "  ", reason: "empty" }],
    ["-", { kind: "none", text: "-", reason: "empty" }],
    ["?", { kind: "none", text: "?", reason: "notDecided" }],
    ["Inte klart än", { kind: "none", text: "Inte klart än", reason: "notDecided" }],
    ["Enligt budget", { kind: "none", text: "Enligt budget", reason: "notMeasurable" }],
  ])("when the text is %j, then it reads as the expected rule", (text, expected) => {
    expect(parseStatusRule(text)).toEqual(expected);
  });

  test.each([
    ["Grön banan", '"banan"'],
    ["banan", '"banan"'],
    ["Grön 82", "gränsen för gult saknas"],
    ["Grön 82 Gul", "gränsen för gult saknas"],
    ["Grön Gul 76", "gränsen för grönt saknas"],
    ["Gul 76 Grön 82", '"Gul 76" står före Grön'],
    ["Grön 82 Gul 76 Röd 70", '"Röd 70" behövs inte'],
    ["Grön 82 Gul 76 Grön 90", "två gånger"],
    ["Grön 82 Gul 80-85", "på båda sidor"],
    ["Grön 82 Gul 81-76", "baklänges"],
    ["Grön 5 mer Gul 3", '"mer"'],
    ["Grön 82 Gul 76 eller fler", '"fler"'],
    ["Grön Ja Röd Ja", '"Ja"'],
    ["Grön Ja Gul Nej", "kan inte användas med ja/nej"],
    ["Grön 25% bästa Gul 10% bästa", "fel sida"],
    ["Grön 25% bästa Gul 26-50%", '"bästa" saknas'],
    ["Grön 25% bästa Gul 26-150% bästa", "mellan 0 och 100"],
    ["Grön HTJ 13 eller färre Gul SÄBO 1,4-1,7", "SÄBO har en gräns för gult men ingen för grönt"],
    ["Grön HTJ 13 eller färre Gul HTJ 12 eller fler", '"eller färre" och "eller fler"'],
    ["Grön HTJ 13 eller färre, HTJ 12 Gul HTJ 14", "HTJ står två gånger"],
    ["Grön HTJ 13 eller färre, Dagverksamhet 5 Gul HTJ 14", '"Dagverksamhet 5"'],
    ["Grön Öka med 10% Gul 5", '"5"'],
    ["Grön Öka med 10% Gul öka med 5", "på olika sätt"],
    ["Öka med", "hur stor förändringen ska vara saknas"],
    ["Öka mer än i fjol", '"mer"'],
    ["Öka inte", '"inte"'],
    ["Minska högst 5", '"högst"'],
    ["-10% jmf 2024 års utfall </=6%", '"<"'],
    ["95% 90%", '"90%"'],
    [">", 'talet efter ">" saknas'],
    ["= 5", '"= 5"'],
    ["Klart", '"Klart"'],
  ])("when the text is %j, then it is refused, saying %s", (text, says) => {
    const error = refusal(text);
    expect(isDomainError(error, "RULE_UNREADABLE")).toBe(true);
    expect(error.message).toContain(`Regeln "${text}" kunde inte läsas`);
    expect(error.message).toContain(says);
  });

  test("when the rule is refused, then the message shows a form that can be read", () => {
    expect(refusal("Grön banan").message).toMatch(/t\.ex\. "Grön 82 Gul 76"/);
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
