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
