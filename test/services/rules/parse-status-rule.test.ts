import { parseStatusRule, type StatusRule } from "../../../services/rules";

describe("parseStatusRule", () => {
  test.each<[string, StatusRule]>([
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
});
