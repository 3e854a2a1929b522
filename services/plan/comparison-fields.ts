// The plan file's part of comparison values and Kolada: what an indicator is compared with (values
// per year and period kind, for the organisation or one unit), how it is compared (the same period
// last year, or year to date from 31 December), and the Kolada ids that let the bot read figures.
// Kept apart from plan-schema.ts so that the schema's other additions do not collide with these.
import { z } from "zod";

const idPattern = /^[A-Za-z0-9ÅÄÖåäöÉéÜü][A-Za-z0-9ÅÄÖåäöÉéÜü._-]{0,63}$/;

/** `year`, `interim` (delår), `T1`–`T3`, `Q1`–`Q4`, `M01`–`M12`: the kind of period a value covers. */
export const comparisonPeriodPattern = /^(year|interim|T[1-3]|Q[1-4]|M(0[1-9]|1[0-2]))$/;

export const planComparisonSchema = z
  .strictObject({
    year: z
      .int({ error: "Ska vara ett årtal, t.ex. 2023." })
      .min(2000, { error: "Ska vara ett årtal, t.ex. 2023." })
      .max(2100, { error: "Ska vara ett årtal, t.ex. 2023." }),
    period: z
      .string()
      .regex(comparisonPeriodPattern, {
        error: "Ska vara year, interim, T1–T3, Q1–Q4 eller M01–M12.",
      })
      .default("year")
      .meta({ description: "Vilken sorts period värdet gäller: year (helår), Q1, T2, M03 …" }),
    unit: z
      .string()
      .regex(idPattern, { error: "Ska vara en enhets id." })
      .optional()
      .meta({ description: "Enhetens id; utelämnad = hela organisationen." }),
    value: z.union([z.number(), z.boolean()]),
    label: z
      .string()
      .trim()
      .optional()
      .meta({ description: 'Vad värdet är: "utfall 2023", "budget 2024", "nuläge".' }),
  })
  .meta({ description: "Ett jämförelsevärde ur planen." });

export const comparedWithValues = ["samePeriod", "yearToDate"] as const;

/** Spread into the indicator schema. */
export const indicatorComparisonFields = {
  comparisons: z
    .array(planComparisonSchema)
    .optional()
    .meta({ description: "Jämförelsevärden per år, period och enhet (utöver baseline)." }),
  comparedWith: z.enum(comparedWithValues).optional().meta({
    description:
      "samePeriod (standard): samma period året före. yearToDate: förändring under året, mot 31 december året före.",
  }),
  kolada: z
    .string()
    .regex(/^[NU]\d{5}$/, { error: "Ska vara ett Kolada-nyckeltal, t.ex. N00945 eller U23471." })
    .optional()
    .meta({ description: "Kolada-nyckeltalet som mäter indikatorn, t.ex. N00945." }),
};

/** Spread into the unit schema. */
export const unitKoladaFields = {
  koladaOu: z
    .string()
    .regex(/^V\d{2}E\d+$/, { error: "Ska vara en Kolada-enhet (OU), t.ex. V15E144001101." })
    .optional()
    .meta({ description: "Enhetens id i Kolada (organisatorisk enhet), t.ex. V15E144001101." }),
};

/** Spread into the plan schema. */
export const planKoladaFields = {
  koladaMunicipality: z
    .string()
    .regex(/^\d{4}$/, {
      error: "Ska vara en kommun- eller regionkod med fyra siffror, t.ex. 0581.",
    })
    .optional()
    .meta({ description: "Kommun- eller regionkoden i Kolada, t.ex. 0581 (Norrköping)." }),
};

export type PlanComparison = z.output<typeof planComparisonSchema>;
export type ComparedWith = (typeof comparedWithValues)[number];
