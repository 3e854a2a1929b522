// How a figure was combined, in both languages, from the catalog: the Swedish adjective agrees with
// the number of green units ("1 av 4 enheter grön"), not with how many were judged.
import { rollupText, targetForText } from "../../../services/summary/rollup-text";
import type { IndicatorRollup } from "../../../services/summary/period-summary";

const rollup = (over: Partial<IndicatorRollup>): IndicatorRollup => ({
  kind: "sum",
  targetFor: "unit",
  units: 5,
  of: 5,
  judged: 5,
  green: 5,
  ...over,
});

describe("how a figure was combined", () => {
  test.each([
    [{ kind: "sum" }, "sv", "Summa av 5 enheter"],
    [{ kind: "sum", units: 1, of: 1 }, "sv", "Summa av 1 enhet"],
    [{ kind: "mean", units: 4 }, "sv", "Medelvärde av 4 av 5 enheter"],
    [{ kind: "mean", units: 4 }, "en", "Mean of 4 of 5 units"],
    [
      { kind: "weighted", weight: "anställda", units: 2, of: 2 },
      "sv",
      "Viktat efter antal anställda (2 enheter)",
    ],
    [{ kind: "perUnit", green: 3, judged: 4 }, "sv", "3 av 4 enheter gröna"],
    [{ kind: "perUnit", green: 1, judged: 4 }, "sv", "1 av 4 enheter grön"],
    [{ kind: "perUnit", green: 0, judged: 1 }, "sv", "0 av 1 enhet gröna"],
    [{ kind: "perUnit", green: 1, judged: 1 }, "en", "1 of 1 unit green"],
  ] as const)("when %o is told in %s, then it reads %s", (over, locale, expected) => {
    expect(rollupText(rollup(over), locale)).toBe(expected);
  });

  test("when the target is the organisation's, then both languages say so", () => {
    const whole = rollup({ targetFor: "organisation" });
    expect(targetForText(whole, "sv")).toBe("mål för hela organisationen");
    expect(targetForText(whole, "en")).toBe("target for the whole organisation");
    expect(targetForText(rollup({}), "sv")).toBe("");
  });
});
