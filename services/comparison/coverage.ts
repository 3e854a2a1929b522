// Whether each indicator × unit cell of a period can be judged, and if not, what is missing: the
// admin's view of `uppfoljning plan coverage` and of the chat command `jämförelsevärden`.
import { resolvePeriods } from "../calendar";
import type { Indicator, Plan, Unit } from "../plan";
import { planItems, reportingPeriods, reportingUnitIds } from "../plan";
import { ruleNeedsBaseline, ruleUnitTypes } from "../rules";
import { canonicalUnitType } from "../rules/unit-types";
import type { ComparisonValue } from "./comparison-value";
import { findComparison } from "./find-comparison";
import { ruleOf } from "./indicator-rule";

export interface CoverageCell {
  indicator: Pick<Indicator, "id" | "name">;
  unit: Pick<Unit, "id" | "name">;
  judged: boolean;
  /** Judged: what it is compared with, if anything. Not judged: what is missing, and who can fix it. */
  note?: string;
}

export interface Coverage {
  periodId: string;
  periodLabel: string;
  cells: CoverageCell[];
  judged: number;
}

/** Undefined when the plan has no such period. */
export function planCoverage(
  plan: Plan,
  periodId: string,
  values: readonly ComparisonValue[],
): Coverage | undefined {
  const periods = resolvePeriods({ planId: plan.id, year: plan.year, definitions: plan.periods });
  const wanted = periodId.toLocaleLowerCase("sv-SE");
  const period = periods.find((p) => p.id.toLocaleLowerCase("sv-SE") === wanted);
  if (!period) return undefined;
  const units = new Map(plan.units.map((unit) => [unit.id, unit]));
  const cells: CoverageCell[] = [];
  for (const item of planItems(plan)) {
    if (item.kind !== "indicator") continue;
    if (!reportingPeriods(plan, item).some((p) => p.id === period.id)) continue;
    for (const unitId of reportingUnitIds(plan, item)) {
      const unit = units.get(unitId);
      if (!unit) continue;
      cells.push({
        indicator: { id: item.id, name: item.name },
        unit: { id: unit.id, name: unit.name },
        ...judgeability(plan, item, unit, period, values),
      });
    }
  }
  return {
    periodId: period.id,
    periodLabel: period.label,
    cells,
    judged: cells.filter((cell) => cell.judged).length,
  };
}

function judgeability(
  plan: Plan,
  indicator: Indicator,
  unit: Unit,
  period: { kind: string; start: string },
  values: readonly ComparisonValue[],
): { judged: boolean; note?: string } {
  const rule = ruleOf(indicator);
  if (rule.kind === "none") {
    const target = indicator.target?.trim();
    return {
      judged: false,
      note:
        target && target !== "-"
          ? `Målet ”${target}” ger ingen regel att bedöma med. En administratör kan skriva en regel i planen (t.ex. >/=80, Öka eller Grön 82 Gul 76).`
          : "Målvärde saknas i planen. En administratör kan skriva ett mål eller en regel i planen.",
    };
  }
  const types = ruleUnitTypes(rule);
  if (types.length > 0 && !types.includes(canonicalUnitType(unit.type ?? "") ?? "")) {
    return {
      judged: false,
      note: `Regeln har gränser för ${types.join(", ")}, men enheten har ${unit.type ? `typen ${unit.type}` : "ingen enhetstyp"}. En administratör kan ange enhetstypen i planen.`,
    };
  }
  if (!ruleNeedsBaseline(rule)) return { judged: true };
  const lookup = findComparison({ plan, indicator, unit, period, values });
  return lookup.found
    ? { judged: true, note: `mot ${lookup.text}` }
    : { judged: false, note: lookup.missing };
}
