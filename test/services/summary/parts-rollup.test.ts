import { partsTotals } from "../../../services/summary/parts-rollup";
import type { Indicator } from "../../../services/plan";
import type { UnitResult } from "../../../services/summary/period-summary";

const indicator = (over: Partial<Indicator>): Indicator => ({
  id: "i",
  name: "Väntande",
  required: true,
  valueType: "count",
  breakdown: { by: ["sex", "provider"], required: false },
  ...over,
});

const unit = (unitId: string, value: number, parts?: UnitResult["parts"]): UnitResult => ({
  unitId,
  unitName: unitId,
  status: "none",
  value,
  ...(parts && { parts }),
});

describe("the organisation's parts of a breakdown", () => {
  const units = [
    unit("a", 20, { women: 12, men: 8, own: 15, private: 5 }),
    unit("b", 10, { women: 6, men: 4 }),
    unit("c", 7),
  ];

  test("when units report counts with parts, then each breakdown is summed over the units that gave all its parts", () => {
    expect(partsTotals(indicator({}), units)).toEqual([
      { kind: "sex", parts: { women: 18, men: 12 }, units: 2 },
      { kind: "provider", parts: { own: 15, private: 5 }, units: 1 },
    ]);
  });

  test("when the indicator is a share, then no total of parts is made up", () => {
    expect(partsTotals(indicator({ valueType: "percent" }), units)).toEqual([]);
  });

  test("when no unit gave parts, then there is no total", () => {
    expect(partsTotals(indicator({}), [unit("c", 7)])).toEqual([]);
  });
});
