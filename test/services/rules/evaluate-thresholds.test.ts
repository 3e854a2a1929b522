import { explanationOf, nb, statusOf } from "./judge";

describe("evaluateStatus with two thresholds, Grön A Gul B", () => {
  test.each([
    // higher is better (A ≥ B): on, just inside and just outside each bound
    ["Grön 82 Gul 76", 90, "green"],
    ["Grön 82 Gul 76", 82.1, "green"],
    ["Grön 82 Gul 76", 82, "green"],
    ["Grön 82 Gul 76", 81.9, "yellow"],
    ["Grön 82 Gul 76", 76.1, "yellow"],
    ["Grön 82 Gul 76", 76, "yellow"],
    ["Grön 82 Gul 76", 75.9, "red"],
    ["Grön 82 Gul 76", "81,9", "yellow"],
    ["Grön 82 Gul 76", "75.99", "red"],
    // lower is better (A < B)
    ["Grön 6,5 Gul 7", 6.4, "green"],
    ["Grön 6,5 Gul 7", 6.5, "green"],
    ["Grön 6,5 Gul 7", "6,51", "yellow"],
    ["Grön 6,5 Gul 7", "6,8", "yellow"],
    ["Grön 6,5 Gul 7", "6.8", "yellow"],
    ["Grön 6,5 Gul 7", 7, "yellow"],
    ["Grön 6,5 Gul 7", "7,01", "red"],
    ["Grön 0% Gul 0,5%", "-0,2%", "green"],
    ["Grön 0% Gul 0,5%", "0%", "green"],
    ["Grön 0% Gul 0,5%", "0,1 %", "yellow"],
    ["Grön 0% Gul 0,5%", "0,5%", "yellow"],
    ["Grön 0% Gul 0,5%", "0,51%", "red"],
    // words around the thresholds, shares of yes answers
    ["Andel positiva svar Grön 75% Gul 50%", "75%", "green"],
    ["Andel positiva svar Grön 75% Gul 50%", "74,9%", "yellow"],
    ["Andel positiva svar Grön 75% Gul 50%", "50%", "yellow"],
    ["Andel positiva svar Grön 75% Gul 50%", "49,9%", "red"],
    ["Grön ja 95% Gul ja 90%", 95, "green"],
    ["Grön ja 95% Gul ja 90%", 94.99, "yellow"],
    ["Grön ja 95% Gul ja 90%", 90, "yellow"],
    ["Grön ja 95% Gul ja 90%", 89.99, "red"],
    // thousands separated by a space or a non-breaking space
    ["Grön 1 000 Gul 500", "1\u00a0000", "green"],
    ["Grön 1 000 Gul 500", "999", "yellow"],
    ["Grön 1 000 Gul 500", "12 559", "green"],
    ["Grön 1 000 Gul 500", "499", "red"],
    // a yellow range: its far end is the bound
    ["Grön 82 Gul 76-81", 81.5, "yellow"],
    ["Grön 82 Gul 76-81", 76, "yellow"],
    ["Grön 82 Gul 76-81", 75, "red"],
    // negative thresholds: between Grön and Gul a sign is part of the number, not a change
    ["Grön 0% Gul -0,5%", "0,2%", "green"],
    ["Grön 0% Gul -0,5%", "-0,3%", "yellow"],
    ["Grön 0% Gul -0,5%", "\u22120,5 %", "yellow"],
    ["Grön 0% Gul -0,5%", "-0,6%", "red"],
    ["Grön -5 Gul -4--2", -5, "green"],
    ["Grön -5 Gul -4--2", -4.5, "yellow"],
    ["Grön -5 Gul -4--2", -2, "yellow"],
    ["Grön -5 Gul -4--2", -1.9, "red"],
    // equal thresholds: no yellow band
    ["Grön 5 Gul 5", 5, "green"],
    ["Grön 5 Gul 5", 4.9, "red"],
  ])("when the rule is %j and the value %j, then the status is %s", (rule, value, expected) => {
    expect(statusOf(rule, value)).toBe(expected);
  });

  test.each([
    ["Grön 6,5 Gul 7", "6,8", "6,8 ligger över gränsen för grönt (6,5) men inom gult (7)."],
    ["Grön 6,5 Gul 7", "6,2", "6,2 ligger på eller under gränsen för grönt (6,5)."],
    ["Grön 6,5 Gul 7", "7,3", "7,3 ligger över gränsen för gult (7)."],
    ["Grön 82 Gul 76", 85, "85 ligger på eller över gränsen för grönt (82)."],
    ["Grön 82 Gul 76", 80, "80 ligger under gränsen för grönt (82) men inom gult (76)."],
    ["Grön 82 Gul 76", 70, "70 ligger under gränsen för gult (76)."],
    ["Grön 5 Gul 5", 4, "4 ligger under gränsen för grönt (5)."],
    [
      "Andel positiva svar Grön 75% Gul 50%",
      "60%",
      nb("60 % ligger under gränsen för grönt (75 %) men inom gult (50 %)."),
    ],
    [
      "Grön 20 000 Gul 15 000",
      "12 559",
      "12\u00a0559 ligger under gränsen för gult (15\u00a0000).",
    ],
  ])(
    "when the rule is %j and the value %j, then the explanation is %j",
    (rule, value, expected) => {
      expect(explanationOf(rule, value)).toBe(expected);
    },
  );

  test("when the indicator's direction disagrees with the thresholds, then the thresholds decide", () => {
    expect(statusOf("Grön 82 Gul 76", 90, { direction: "lower" })).toBe("green");
  });
});
