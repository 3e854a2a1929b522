import { explanationOf, nb, statusOf } from "./judge";

describe("evaluateStatus with a change from the baseline", () => {
  test.each([
    // relative, two thresholds
    ["Grön Öka med 10% Gul öka med 5%", 120, 100, "green"],
    ["Grön Öka med 10% Gul öka med 5%", 110, 100, "green"],
    ["Grön Öka med 10% Gul öka med 5%", 109.9, 100, "yellow"],
    ["Grön Öka med 10% Gul öka med 5%", 105, 100, "yellow"],
    ["Grön Öka med 10% Gul öka med 5%", 104.9, 100, "red"],
    ["Grön Öka med 10% Gul öka med 5%", 90, 100, "red"],
    ["Grön Öka med 10% Gul öka med 5%", "1,21", 1.1, "green"],
    ["Grön Öka med 10% Gul öka med 5%", -9, -10, "green"],
    ["Grön Minska med 10% Gul minska med 5%", 90, 100, "green"],
    ["Grön Minska med 10% Gul minska med 5%", 90.1, 100, "yellow"],
    ["Grön Minska med 10% Gul minska med 5%", 95, 100, "yellow"],
    ["Grön Minska med 10% Gul minska med 5%", 95.1, 100, "red"],
    // absolute, two thresholds
    ["Grön Öka med 1000 Gul öka med 500", 2000, 1000, "green"],
    ["Grön Öka med 1000 Gul öka med 500", 1999, 1000, "yellow"],
    ["Grön Öka med 1000 Gul öka med 500", 1500, 1000, "yellow"],
    ["Grön Öka med 1000 Gul öka med 500", 1499, 1000, "red"],
    // one threshold: met is green, otherwise red
    ["Öka med 10% jämfört med fg år", 110, 100, "green"],
    ["Öka med 10% jämfört med fg år", 109.99, 100, "red"],
    ["Öka med 10% jämfört med föregående år", "1,21", "1,1", "green"],
    ["-10% jmf 2024 års utfall", 180, 200, "green"],
    ["-10% jmf 2024 års utfall", 179, 200, "green"],
    ["-10% jmf 2024 års utfall", 181, 200, "red"],
    ["Öka med minst 1000 listade under året", "12 559", "11 559", "green"],
    ["Öka med minst 1000 listade under året", "12 558", "11 559", "red"],
    ["-5 minuter i genomsnitt", 39, 44, "green"],
    ["-5 minuter i genomsnitt", 39.01, 44, "red"],
    ["Öka med 2 procentenheter", 42, 40, "green"],
    ["Öka med 2 procentenheter", 41.9, 40, "red"],
  ])(
    "when the rule is %j, the value %j and the baseline %j, then the status is %s",
    (rule, value, baseline, expected) => {
      const base =
        typeof baseline === "string"
          ? Number(baseline.replace(/ /g, "").replace(",", "."))
          : baseline;
      expect(statusOf(rule, value, { baseline: base })).toBe(expected);
    },
  );

  test.each([
    ["Grön Öka med 10% Gul öka med 5%"],
    ["Öka med 10% jämfört med fg år"],
    ["-5 minuter i genomsnitt"],
    ["Öka"],
    ["Minska"],
    ["Bibehåll"],
  ])("when the rule is %j and there is no baseline, then nothing is judged", (rule) => {
    expect(statusOf(rule, 100)).toBe("none");
    expect(statusOf(rule, 100, { baseline: null })).toBe("none");
    expect(explanationOf(rule, 100)).toBe(
      "Jämförelsevärde saknas, så förändringen kan inte bedömas.",
    );
  });

  test("when a relative change is measured from a baseline of 0, then nothing is judged", () => {
    expect(statusOf("Öka med 10%", 5, { baseline: 0 })).toBe("none");
    expect(explanationOf("Öka med 10%", 5, { baseline: 0 })).toMatch(/Jämförelsevärdet är 0/);
  });

  test("when an absolute change is measured from a baseline of 0, then it is judged", () => {
    expect(statusOf("Öka med minst 5", 5, { baseline: 0 })).toBe("green");
  });

  test.each([
    ["Öka", 11, "green"],
    ["Öka", 10, "yellow"],
    ["Öka", 9.99, "red"],
    ["Minska", 9.99, "green"],
    ["Minska", 10, "yellow"],
    ["Minska", 10.01, "red"],
    ["Öka varje månad jämfört med föregående år", 10.5, "green"],
    ["Bibehåll", 10, "green"],
    ["Bibehåll", 10.01, "green"],
    ["Bibehåll", 9.99, "red"],
  ])(
    "when the rule is %j, the baseline 10 and the value %j, then the status is %s",
    (rule, value, expected) => {
      expect(statusOf(rule, value, { baseline: 10 })).toBe(expected);
    },
  );

  test.each([
    [10, "green"],
    [9.99, "green"],
    [10.01, "red"],
  ])(
    "when the rule is Bibehåll, lower is better and the value is %p against 10, then the status is %s",
    (value, expected) => {
      expect(statusOf("Bibehåll", value, { baseline: 10, direction: "lower" })).toBe(expected);
    },
  );

  test.each([
    [
      "Grön Öka med 10% Gul öka med 5%",
      106,
      100,
      nb(
        "106 är 6 % högre än jämförelsevärdet 100, vilket når gult (ökning med minst 5 %) men inte grönt (ökning med minst 10 %).",
      ),
    ],
    [
      "Grön Öka med 10% Gul öka med 5%",
      112,
      100,
      nb(
        "112 är 12 % högre än jämförelsevärdet 100, vilket når gränsen för grönt (ökning med minst 10 %).",
      ),
    ],
    [
      "Grön Öka med 10% Gul öka med 5%",
      100,
      100,
      nb("100 är lika med jämförelsevärdet 100, vilket inte når gult (ökning med minst 5 %)."),
    ],
    [
      "-10% jmf 2024 års utfall",
      "1,1",
      1.21,
      nb(
        "1,1 är 9,1 % lägre än jämförelsevärdet 1,21, vilket inte uppfyller målet (minskning med minst 10 %).",
      ),
    ],
    [
      "Öka med 10%",
      109.96,
      100,
      nb(
        "109,96 är 9,96 % högre än jämförelsevärdet 100, vilket inte uppfyller målet (ökning med minst 10 %).",
      ),
    ],
    [
      "-5 minuter i genomsnitt",
      38,
      44,
      "38 är 6 lägre än jämförelsevärdet 44, vilket uppfyller målet (minskning med minst 5).",
    ],
    ["Öka", 9, 10, "9 är lägre än jämförelsevärdet 10, och målet är att öka."],
    ["Minska", 9, 10, "9 är lägre än jämförelsevärdet 10, och målet är att minska."],
    [
      "Bibehåll",
      9,
      10,
      "9 är lägre än jämförelsevärdet 10, och målet är att bibehålla (högre är bättre).",
    ],
  ])(
    "when the rule is %j, the value %j and the baseline %j, then the explanation is %j",
    (rule, value, baseline, expected) => {
      expect(explanationOf(rule, value, { baseline })).toBe(expected);
    },
  );

  test("when the baseline is yes or no for a change, then it is refused as unreadable", () => {
    expect(() => statusOf("Öka", 5, { baseline: true })).toThrow(
      expect.objectContaining({ code: "VALUE_UNREADABLE" }),
    );
  });
});
