// The values an indicator can possibly take: what the plan states (`min`/`max`), else 0–100 for a
// share in per cent, at least 0 for a count, and no bound for a number. A reported value outside it is refused before it is
// judged, so an impossible figure never turns a summary green.
import type { Indicator } from "./plan-schema";

export interface ValueRange {
  min?: number;
  max?: number;
}

export function possibleRange(indicator: Pick<Indicator, "valueType" | "min" | "max">): ValueRange {
  const share = indicator.valueType === "percent";
  // A count (antal) is never below zero either; only a share has a natural top.
  const counted = share || indicator.valueType === "count";
  return {
    min: indicator.min ?? (counted ? 0 : undefined),
    max: indicator.max ?? (share ? 100 : undefined),
  };
}

export function isWithin(range: ValueRange, value: number): boolean {
  return (
    (range.min === undefined || value >= range.min) &&
    (range.max === undefined || value <= range.max)
  );
}
