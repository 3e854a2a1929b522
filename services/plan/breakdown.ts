// Breakdowns (uppdelning): the parts an indicator's value is split into, by sex (kvinnor / män) and
// by provider (egen regi / privat utförare), as Norrköping's plan asks "där möjligt". Which parts a
// breakdown has, what they are called, and how parts relate to the total: counts (and figures the
// plan sums) add up to the total; shares, rates and means lie between their parts.
export const breakdownKinds = ["sex", "provider"] as const;
export type BreakdownKind = (typeof breakdownKinds)[number];

export const partIds = ["women", "men", "own", "private"] as const;
export type PartId = (typeof partIds)[number];

/** The parts of each breakdown, in the order the card and the export show them. */
export const BREAKDOWN_PARTS: Record<BreakdownKind, readonly PartId[]> = {
  sex: ["women", "men"],
  provider: ["own", "private"],
};

export const PART_LABEL: Record<PartId, { sv: string; en: string }> = {
  women: { sv: "Kvinnor", en: "Women" },
  men: { sv: "Män", en: "Men" },
  own: { sv: "Egen regi", en: "Own provision" },
  private: { sv: "Privat utförare", en: "Private providers" },
};

export const BREAKDOWN_LABEL: Record<BreakdownKind, { sv: string; en: string }> = {
  sex: { sv: "kön", en: "sex" },
  provider: { sv: "utförare", en: "provider" },
};

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
