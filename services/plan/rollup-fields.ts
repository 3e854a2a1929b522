// Roll-ups in a plan's schema: how units' values combine into the organisation's figure and whom a
// target is for (docs/plan-format.md, "Sammanvägning"). Kept in one block, spread into the unit
// (its weights) and the indicator (how it is weighed).
import { z } from "zod";

export const aggregations = ["sum", "mean", "weighted", "perUnit", "shareMeetingTarget"] as const;
export const targetScopes = ["unit", "organisation"] as const;

const weightName = z
  .string()
  .trim()
  .min(1, { error: "Får inte vara tomt." })
  .max(40, { error: "Får vara högst 40 tecken." })
  .meta({ description: "Namnet på en vikt, t.ex. anställda eller brukare." });

export const unitRollupFields = {
  weights: z
    .record(weightName, z.number().positive({ error: "Ska vara ett tal större än 0." }))
    .optional()
    .meta({
      description:
        "Enhetens storlek att vikta med, per namn: { anställda: 42, brukare: 30 }. Indikatorer anger namnet med weight.",
    }),
};

export const indicatorRollupFields = {
  aggregation: z
    .enum(aggregations)
    .optional()
    .meta({
      description:
        'Hur enheternas värden vägs samman: sum, mean, weighted (viktat med weight) eller perUnit ("3 av 4 enheter gröna"). ' +
        "Utelämnad: antal (valueType count) summeras; andelar och tal viktas när weight anges, annars per enhet. " +
        "shareMeetingTarget är det äldre namnet på perUnit.",
    }),
  weight: weightName.optional().meta({
    description: "Vikten att vikta med: ett namn under enheternas weights, t.ex. anställda.",
  }),
  targetFor: z.enum(targetScopes).optional().meta({
    description:
      "Vem målet gäller: unit (varje enhet, standard) eller organisation (summan eller det sammanvägda värdet bedöms; enheterna får ingen egen färg).",
  }),
};

export type Aggregation = (typeof aggregations)[number];
export type TargetScope = (typeof targetScopes)[number];
