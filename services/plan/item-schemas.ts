// The items a plan follows up, as its schema declares them: indicators (with their breakdown),
// activities (with their milestones) and narrative questions, and the fields they share.
import { z } from "zod";
import { breakdownKinds } from "./breakdown";
import { indicatorComparisonFields } from "./comparison-fields";
import { idSchema, optionalText, text } from "./plan-schema-basics";
import { indicatorRollupFields } from "./rollup-fields";

/** Fields every item to follow up has: where and when it is reported, and by which role. */
export const itemFields = {
  id: idSchema,
  description: optionalText,
  periods: z
    .array(idSchema)
    .min(1, { error: "Ska ange minst en period, eller utelämnas (= alla planens perioder)." })
    .optional()
    .meta({ description: "Perioder då punkten rapporteras; utelämnad = alla planens perioder." }),
  required: z.boolean().default(true).meta({ description: "Måste besvaras i rapporten." }),
  reportingUnits: z
    .array(idSchema)
    .min(1, {
      error: "Ska ange minst en enhet, eller utelämnas (= alla enheter längst ned i trädet).",
    })
    .optional()
    .meta({
      description: "Enheter som rapporterar; utelämnad = alla enheter längst ned i trädet.",
    }),
  frequency: optionalText.meta({
    description: "Hur ofta det mäts eller följs upp, som planen skriver det.",
  }),
  owner: optionalText.meta({
    description: "Ansvarig för genomförande (roll, som planen skriver den).",
  }),
  reporter: optionalText.meta({
    description: "Ansvarig för rapportering (roll, som planen skriver den).",
  }),
  reporterRole: idSchema.optional().meta({
    description:
      "Rollen (id under roles) som rapporterar punkten för enheterna i roleUnits; enheternas egna rapportörer får då inte frågan.",
  }),
  roleUnits: z
    .array(idSchema)
    .min(1, { error: "Ska ange minst en enhet, eller utelämnas (= alla rapporterande enheter)." })
    .optional()
    .meta({
      description:
        "Enheter som rollen rapporterar för; utelämnad = alla enheter som rapporterar punkten.",
    }),
};

/** The parts an indicator's value is split into (docs/plan-format.md, "Uppdelning"). */
export const breakdownSchema = z
  .strictObject({
    by: z
      .array(z.enum(breakdownKinds))
      .min(1, { error: "Ska ange minst en uppdelning: sex (kön) eller provider (utförare)." })
      .meta({
        description:
          "Uppdelningar: sex (kvinnor/män) och/eller provider (egen regi/privat utförare).",
      }),
    required: z.boolean().default(false).meta({
      description:
        'true: delarna måste fyllas i. false (standard, "där möjligt"): delarna får lämnas tomma, men fylls en del i ska alla i samma uppdelning fyllas i.',
    }),
  })
  .meta({ description: "Värdet delas upp i delar som stäms av mot totalen." });

export const indicatorSchema = z.strictObject({
  ...itemFields,
  name: text,
  plannedActivities: optionalText.meta({
    description: "Aktiviteter som planen knyter till indikatorn.",
  }),
  unitOfMeasure: optionalText.meta({ description: "Måttenhet: %, st, kr/invånare …" }),
  target: optionalText.meta({ description: "Målvärde som planen skriver det: 95%, Öka, >/=80 …" }),
  rule: optionalText.meta({ description: "Gränsvärden för grön/gul/röd, t.ex. Grön 82 Gul 76." }),
  direction: z
    .enum(["higher", "lower"])
    .optional()
    .meta({ description: "Om högre eller lägre är bättre." }),
  valueType: z
    .enum(["number", "percent", "yesno", "count"])
    .default("number")
    .meta({ description: "number (tal), percent, yesno eller count (antal, som summeras)." }),
  min: z.number({ error: "Ska vara ett tal." }).optional().meta({
    description:
      "Lägsta möjliga värde; en andel (percent) och ett antal (count) har 0 om inget anges.",
  }),
  max: z
    .number({ error: "Ska vara ett tal." })
    .optional()
    .meta({ description: "Högsta möjliga värde; en andel (percent) har 100 om inget anges." }),
  source: optionalText.meta({ description: "Källa: Kolada, WebFOCUS, Treserva …" }),
  baseline: z
    .record(
      z.string().regex(/^\d{4}$/, { error: "Ska vara ett årtal, t.ex. 2023." }),
      z.union([z.number(), z.boolean()]),
    )
    .optional()
    .meta({ description: "Utfall tidigare år: { 2022: 8.2, 2023: 6.7 }; ja/nej som true/false." }),
  ...indicatorRollupFields,
  breakdown: breakdownSchema.optional(),
  // Comparison values and Kolada (docs/status-rules.md).
  ...indicatorComparisonFields,
});

export const activityStates = ["notStarted", "inProgress", "done", "delayed", "cancelled"] as const;

export const milestoneSchema = z.strictObject({
  id: idSchema.optional().meta({
    description:
      "Stabil id för delmålet, så att dess status följer med när delmålen ordnas om; utelämnad = dess plats i listan (1, 2, …).",
  }),
  period: idSchema
    .optional()
    .meta({ description: "Perioden då delmålet ska vara nått; saknas = under året." }),
  from: idSchema
    .optional()
    .meta({ description: "Första perioden när delmålet gäller flera (Q1-Q2)." }),
  text,
});

export const activitySchema = z.strictObject({
  ...itemFields,
  name: text,
  expectedEffects: optionalText,
  milestones: z.array(milestoneSchema).default([]),
  state: z.enum(activityStates).optional().meta({ description: "Status när planen skrevs." }),
});

export const narrativeQuestionSchema = z.strictObject({
  ...itemFields,
  text: text.meta({ description: "Frågan som besvaras i text." }),
});

export type Indicator = z.output<typeof indicatorSchema>;
export type Activity = z.output<typeof activitySchema>;
export type ActivityState = (typeof activityStates)[number];
export type Milestone = z.output<typeof milestoneSchema>;
export type Breakdown = z.output<typeof breakdownSchema>;
export type NarrativeQuestion = z.output<typeof narrativeQuestionSchema>;
