// The organisation's parts of a breakdown: for counts (and sums) the units' parts added up, per
// breakdown, over the units that gave every part of it. Shares have no such total (they would need
// the counts behind them), so none is made up for them.
import { breakdownsOf, partsRule, type BreakdownKind, type PartId } from "../plan/breakdown";
import type { Indicator } from "../plan";
import type { UnitResult } from "./period-summary";

export interface PartsTotal {
  kind: BreakdownKind;
  parts: Partial<Record<PartId, number>>;
  /** Units whose parts make the sums. */
  units: number;
}

export function partsTotals(indicator: Indicator, units: UnitResult[]): PartsTotal[] {
  if (!indicator.breakdown || partsRule(indicator) !== "sum") return [];
  return breakdownsOf(indicator).flatMap(({ kind, parts: ids }) => {
    const complete = units.filter((unit) => ids.every((id) => unit.parts?.[id] !== undefined));
    if (complete.length === 0) return [];
    const parts: Partial<Record<PartId, number>> = {};
    for (const id of ids)
      parts[id] = complete.reduce((sum, unit) => sum + (unit.parts?.[id] ?? 0), 0);
    return [{ kind, parts, units: complete.length }];
  });
}
