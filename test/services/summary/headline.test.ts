import { headline } from "../../../services/summary/headline";

const counts = (n: number) => ({ green: n, yellow: n, red: n, notJudged: n, notReported: n });

describe("the summary's headline", () => {
  test.each([
    [1, "T1: 1 grön, 1 gul, 1 röd, 1 ej rapporterad, 1 ej bedömd"],
    [2, "T1: 2 gröna, 2 gula, 2 röda, 2 ej rapporterade, 2 ej bedömda"],
  ])("when every status counts %i, then each word has the right number", (n, expected) => {
    expect(headline({ periodLabel: "T1", totals: counts(n) }, "sv")).toBe(expected);
  });
});

describe("the summary's headline in English", () => {
  test("when nothing is unjudged, then the English headline leaves the count out", () => {
    const totals = { green: 14, yellow: 5, red: 3, notJudged: 0, notReported: 2 };
    expect(headline({ periodLabel: "T1 2025", totals }, "en")).toBe(
      "T1 2025: 14 green, 5 yellow, 3 red, 2 not reported",
    );
  });
});
