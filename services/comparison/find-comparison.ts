// Finds the comparison value a rule judges one unit's value against in one period, or says in
// Swedish what is missing and who can fix it. The value must cover the same kind of period a year
// earlier (a quarter with a quarter); a "year to date" indicator compares every period with
// 31 December of the year before. A value for the whole organisation stands for a unit only when
// that unit reports for the organisation (the top unit, or the only unit that reports it).
import type { Indicator, Plan, Unit } from "../plan";
import { reportingUnitIds } from "../plan";
import {
  ORIGIN_RANK,
  describeComparison,
  type ComparisonPeriod,
  type ComparisonValue,
} from "./comparison-value";
import { slotKindText, slotLabel, slotOf } from "./period-slot";

export interface ComparisonQuery {
  plan: Pick<Plan, "year" | "units">;
  indicator: Pick<Indicator, "id" | "comparedWith" | "kolada" | "periods" | "reportingUnits">;
  unit: Pick<Unit, "id" | "name" | "parent">;
  period: { kind: string; start: string };
  /** Every value known for the indicator: the plan's, stored ones, last year's results. */
  values: readonly ComparisonValue[];
}

export type ComparisonLookup =
  { found: true; value: ComparisonValue; text: string } | { found: false; missing: string };

export function findComparison(query: ComparisonQuery): ComparisonLookup {
  const { plan, indicator, unit } = query;
  const lastYear = plan.year - 1;
  const yearToDate = indicator.comparedWith === "yearToDate";
  const slot = slotOf(query.period);
  if (!slot) {
    return {
      found: false,
      missing:
        "Perioden är av en egen sort, så det finns inget jämförelsevärde av samma sort. Använd en period av typen månad, kvartal, tertial, delår eller helår.",
    };
  }
  const wanted: ComparisonPeriod[] = yearToDate ? ["M12", "year"] : [slot];
  const orgStands = organisationStandsFor(query);
  const scoped = query.values
    .filter((v) => v.indicatorId === indicator.id)
    .filter((v) => v.unitId === unit.id || (v.unitId === undefined && orgStands))
    .sort(
      (a, b) =>
        Number(a.unitId === undefined) - Number(b.unitId === undefined) ||
        ORIGIN_RANK[a.origin.kind] - ORIGIN_RANK[b.origin.kind],
    );
  const exact = scoped.find((v) => v.year === lastYear && wanted.includes(v.period));
  if (exact) return found(exact, yearToDate);
  if (!yearToDate && slot === "year") {
    // The seeds often have no figure for the year just before (`-`): the latest earlier year is
    // used, and its label says which year it is.
    const earlier = scoped
      .filter((v) => v.period === "year" && v.year < lastYear)
      .sort((a, b) => b.year - a.year)[0];
    if (earlier) return found(earlier, false);
  }
  return { found: false, missing: missingText(query, slot, wanted, orgStands) };
}

function found(value: ComparisonValue, yearToDate: boolean): ComparisonLookup {
  const text = describeComparison(value);
  const shown =
    yearToDate && !text.includes("31 december") ? `${text}, 31 december ${value.year}` : text;
  return { found: true, value, text: shown };
}

function missingText(
  query: ComparisonQuery,
  slot: ComparisonPeriod,
  wanted: ComparisonPeriod[],
  orgStands: boolean,
): string {
  const { indicator, unit } = query;
  const lastYear = query.plan.year - 1;
  const yearToDate = wanted.length > 1;
  const what = yearToDate ? `31 december ${lastYear}` : slotLabel(slot, lastYear);
  const forUnit = orgStands ? "" : ` för ${unit.name}`;
  const sentences = [`Jämförelsevärde för ${what}${forUnit} saknas.`];
  const mine = query.values.filter(
    (v) => v.indicatorId === indicator.id && (v.unitId === unit.id || orgStands),
  );
  const otherKind = mine.find((v) => v.year === lastYear && !wanted.includes(v.period));
  if (otherKind) {
    sentences.push(
      `Det finns ett värde för ${slotLabel(otherKind.period, lastYear)}, men det jämförs inte med ${slotKindText(slot)}.`,
    );
  } else if (!orgStands && query.values.some((v) => v.indicatorId === indicator.id && !v.unitId)) {
    sentences.push("Det finns ett värde för hela organisationen, men inget för enheten.");
  }
  const unitArgument = orgStands ? "" : ` ${unit.id}`;
  const periodArgument = yearToDate || slot === "year" ? `${lastYear}` : `${lastYear}-${slot}`;
  const command = `\`jämförelsevärde ${indicator.id}${unitArgument} <värde> ${periodArgument}\``;
  sentences.push(
    `En administratör kan lägga in det med ${command}${indicator.kolada ? ", eller så hämtas det från Kolada" : ""}.`,
  );
  return sentences.join(" ");
}

/** True when the organisation's figure is the unit's own: the top unit, or the only one reporting. */
export function organisationStandsFor(query: Pick<ComparisonQuery, "plan" | "indicator" | "unit">) {
  return (
    query.unit.parent === undefined || reportingUnitIds(query.plan, query.indicator).length === 1
  );
}

/**
 * Kolada's figure for the plan's own year, when the indicator's outcome is itself a Kolada figure:
 * offered as the answer for the person to confirm (year periods only; Kolada is yearly).
 */
export function koladaOutcome(query: ComparisonQuery): ComparisonValue | undefined {
  if (slotOf(query.period) !== "year") return undefined;
  const orgStands = organisationStandsFor(query);
  return query.values
    .filter(
      (v) =>
        v.indicatorId === query.indicator.id &&
        v.origin.kind === "kolada" &&
        v.year === query.plan.year &&
        (v.unitId === query.unit.id || (v.unitId === undefined && orgStands)),
    )
    .sort((a, b) => Number(a.unitId === undefined) - Number(b.unitId === undefined))[0];
}
