// Breakdowns (uppdelning): the parts an indicator's value is split into, by sex (kvinnor / män) and
// by provider (egen regi / privat utförare), as Norrköping's plan asks "där möjligt". Which parts a
// breakdown has, what they are called, and how parts relate to the total: counts (and figures the
// plan sums) add up to the total; shares, rates and means lie between their parts.
import type { Locale } from "../i18n/locale";
import { t } from "../i18n/words/t";

export const breakdownKinds = ["sex", "provider"] as const;
export type BreakdownKind = (typeof breakdownKinds)[number];

export const partIds = ["women", "men", "own", "private"] as const;
export type PartId = (typeof partIds)[number];

/** The parts of each breakdown, in the order the card and the export show them. */
export const BREAKDOWN_PARTS: Record<BreakdownKind, readonly PartId[]> = {
  sex: ["women", "men"],
  provider: ["own", "private"],
};

/** A part's name where people read it: "Kvinnor", "Egen regi" (the catalog's `part.*`). */
export function partLabel(part: PartId, locale: Locale): string {
  return t(locale, `part.${part}`);
}

/** What a breakdown splits by: "kön", "utförare" (the catalog's `breakdown.*`). */
export function breakdownLabel(kind: BreakdownKind, locale: Locale): string {
  return t(locale, `breakdown.${kind}`);
}

/** How the parts of a value relate to it. */
export type PartsRule = "sum" | "between";

/** What a plan writes about an indicator's breakdown (the schema's `breakdown` field). */
export interface BreakdownSpec {
  by: readonly BreakdownKind[];
  required: boolean;
}

interface WithBreakdown {
  breakdown?: BreakdownSpec;
  valueType: "number" | "percent" | "yesno" | "count";
  aggregation?: string;
}

/** The breakdowns an indicator asks for, each with its parts; none when it asks for none. */
export function breakdownsOf(
  indicator: WithBreakdown,
): { kind: BreakdownKind; parts: readonly PartId[] }[] {
  const kinds = indicator.breakdown?.by ?? [];
  return breakdownKinds
    .filter((kind) => kinds.includes(kind))
    .map((kind) => ({ kind, parts: BREAKDOWN_PARTS[kind] }));
}

/** Every part an indicator asks for. */
export function partsOf(indicator: WithBreakdown): PartId[] {
  return breakdownsOf(indicator).flatMap((breakdown) => [...breakdown.parts]);
}

/**
 * Counts add up: kvinnor + män = totalt. So does a number the plan sums across units (kronor, hours).
 * A share, a rate or a mean does not: the total's 62 % lies between the women's 58 % and the men's 70 %.
 */
export function partsRule(indicator: WithBreakdown): PartsRule {
  if (indicator.valueType === "count") return "sum";
  if (indicator.valueType === "number" && indicator.aggregation === "sum") return "sum";
  return "between";
}
