// How an indicator's units combine, as the plan says or by default for its value type, and whom its
// target is for (docs/plan-format.md, "Sammanvägning"). The plan checks and the summary share it.
import type { Indicator } from "./plan-schema";

export type RollupKind = "sum" | "mean" | "weighted" | "perUnit";

export interface RollupMethod {
  kind: RollupKind;
  /** weighted: the name of the weight under the units' `weights`, e.g. "anställda". */
  weight?: string;
  /** organisation: the figure is judged and the units get no colour of their own. */
  targetFor: "unit" | "organisation";
}

/**
 * The plan's choice, else the default by value type: counts are summed; shares and other figures
 * are weighted when the indicator names a weight, else shown per unit (an unweighted mean of a
 * 10-person and a 100-person unit's sick leave would count them alike).
 */
export function rollupMethod(indicator: Indicator): RollupMethod {
  const kind = rollupKind(indicator);
  // A target for the organisation needs one figure; per unit there is none (plan checks refuse it).
  const targetFor =
    indicator.targetFor === "organisation" && kind !== "perUnit" ? "organisation" : "unit";
  return kind === "weighted" ? { kind, weight: indicator.weight, targetFor } : { kind, targetFor };
}

function rollupKind(indicator: Indicator): RollupKind {
  switch (indicator.aggregation) {
    case "sum":
    case "mean":
      return indicator.aggregation;
    case "weighted":
      return indicator.weight ? "weighted" : "perUnit";
    case "perUnit":
    case "shareMeetingTarget":
      return "perUnit";
    case undefined:
      if (indicator.valueType === "count") return "sum";
      if (indicator.valueType !== "yesno" && indicator.weight) return "weighted";
      return "perUnit";
  }
}
