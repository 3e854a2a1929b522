// The organisation's figure for one indicator: its units' values combined by the plan's roll-up
// method (services/plan/rollup-method.ts). Pure: judge-rollup.ts judges the figure.
import type { Unit } from "../plan";
import type { RollupMethod } from "../plan/rollup-method";
import type { Status } from "../rules";

export { rollupMethod, type RollupKind, type RollupMethod } from "../plan/rollup-method";

export interface UnitFigure {
  unit: Unit;
  value?: number | boolean | null;
  status: Status | "notReported";
}

export interface Combined {
  /** The organisation's figure; for perUnit the share (0–100) of judged units that are green. */
  figure?: number;
  /** Units whose values make the figure. */
  units: number;
  /** perUnit: units judged green, yellow or red, and of them green. */
  judged: number;
  green: number;
  /** weighted: reported units without the weight, which make the figure impossible. */
  withoutWeight: string[];
}

export function combine(method: RollupMethod, figures: UnitFigure[]): Combined {
  const judged = figures.filter(
    (f) => f.status === "green" || f.status === "yellow" || f.status === "red",
  );
  const green = judged.filter((f) => f.status === "green").length;
  const base = { judged: judged.length, green, withoutWeight: [] as string[] };
  if (method.kind === "perUnit") {
    const figure =
      judged.length === 0 ? undefined : Math.round((1000 * green) / judged.length) / 10;
    return { ...base, figure, units: judged.length };
  }
  const numbers = figures.flatMap((f) => {
    const value = numeric(f.value);
    return value === undefined ? [] : [{ unit: f.unit, value }];
  });
  if (numbers.length === 0) return { ...base, units: 0 };
  if (method.kind === "weighted") {
    const name = method.weight ?? "";
    const withoutWeight = numbers.filter((n) => n.unit.weights?.[name] === undefined);
    if (withoutWeight.length > 0)
      return {
        ...base,
        units: numbers.length,
        withoutWeight: withoutWeight.map((n) => n.unit.name),
      };
    const weightOf = (unit: Unit) => unit.weights?.[name] ?? 0;
    const total = numbers.reduce((sum, n) => sum + weightOf(n.unit), 0);
    const weighted = numbers.reduce((sum, n) => sum + n.value * weightOf(n.unit), 0);
    return { ...base, figure: twoDecimals(weighted / total), units: numbers.length };
  }
  const sum = numbers.reduce((total, n) => total + n.value, 0);
  const figure = method.kind === "sum" ? sum : twoDecimals(sum / numbers.length);
  return { ...base, figure: Math.round(figure * 1e9) / 1e9, units: numbers.length };
}

/** A mean is shown, and judged, to two decimals: what a person can check against the plan's bounds. */
function twoDecimals(value: number): number {
  return Math.round(value * 100) / 100;
}

function numeric(value: number | boolean | null | undefined): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  return undefined;
}
