// The shape of a plan: one zod schema gives both the TypeScript types and the check of every plan
// file (YAML or Excel) and of what is read back from storage. The JSON Schema that editors use,
// plan.schema.json, is generated from `planSchema` (a test keeps the two in sync).
// Meaning beyond shape (ids that refer to each other, rules that parse, ...) is checked in
// plan-checks.ts.
// The building blocks are in plan-schema-basics.ts, the roll-up fields in rollup-fields.ts and the
// items (indicators, activities, questions) in item-schemas.ts; this module puts the plan together
// and is the one the rest of the code imports from.
import { z } from "zod";
import { planKoladaFields, unitKoladaFields } from "./comparison-fields";
import { activitySchema, indicatorSchema, narrativeQuestionSchema } from "./item-schemas";
import {
  idSchema,
  isoDate,
  optionalText,
  slugPattern,
  text,
  upnSchema,
} from "./plan-schema-basics";
import { unitRollupFields } from "./rollup-fields";

export { idSchema, upnPattern, upnSchema } from "./plan-schema-basics";
export { aggregations, targetScopes, type Aggregation, type TargetScope } from "./rollup-fields";
export {
  activitySchema,
  activityStates,
  breakdownSchema,
  indicatorSchema,
  milestoneSchema,
  narrativeQuestionSchema,
  type Activity,
  type ActivityState,
  type Breakdown,
  type Indicator,
  type Milestone,
  type NarrativeQuestion,
} from "./item-schemas";

export const periodKinds = ["month", "quarter", "tertial", "interim", "year", "custom"] as const;

export const planPeriodSchema = z
  .strictObject({
    id: idSchema.meta({ description: "T1, T2, Helår, Q1–Q4, Delår, 2025-01 …" }),
    kind: z.enum(periodKinds),
    label: optionalText,
    start: isoDate.optional(),
    end: isoDate.optional(),
    opens: isoDate.optional().meta({ description: "Första dag att rapportera." }),
    deadline: isoDate.optional().meta({ description: "Sista dag att rapportera." }),
  })
  .meta({ description: "En rapportperiod. Datum som saknas räknas fram ur typ och år." });

export const personSchema = z.strictObject({
  upn: upnSchema,
  name: text.meta({ description: "Visningsnamn" }),
});

/** A role that reports some items for many units (HR, Handläggare, Controller …), with its people. */
export const reporterRoleSchema = z
  .strictObject({
    id: idSchema.meta({ description: "Rollens id, t.ex. HR eller Handläggare." }),
    name: optionalText.meta({ description: "Det som visas; utelämnat = id." }),
    people: z
      .array(upnSchema)
      .min(1, { error: "Ska ange minst en person (UPN/e-post ur people)." })
      .meta({
        description: "Personerna i rollen (UPN/e-post ur people); var och en kan rapportera.",
      }),
  })
  .meta({ description: "En rapportörsroll som rapporterar punkter för många enheter." });

export const unitSchema = z.strictObject({
  id: idSchema,
  name: text,
  parent: idSchema.optional().meta({ description: "Id för överordnad enhet; saknas för toppen." }),
  type: optionalText.meta({
    description: "Enhetstyp för regler per typ, t.ex. HTJ, SÄBO, LSS, IFO, HSV.",
  }),
  reporters: z
    .array(upnSchema)
    .default([])
    .meta({ description: "Ansvariga för rapportering (UPN/e-post ur people)." }),
  owners: z
    .array(upnSchema)
    .default([])
    .meta({ description: "Ansvariga för genomförande (UPN/e-post ur people)." }),
  ...unitRollupFields,
  // Comparison values and Kolada (docs/status-rules.md).
  ...unitKoladaFields,
});

export const goalSchema = z.strictObject({
  id: idSchema,
  name: text,
  description: optionalText,
  indicators: z.array(indicatorSchema).default([]),
  activities: z.array(activitySchema).default([]),
  questions: z.array(narrativeQuestionSchema).default([]),
});

export const goalAreaSchema = z.strictObject({
  id: idSchema,
  name: text,
  description: optionalText,
  goals: z.array(goalSchema).default([]),
});

export const planSchema = z
  .strictObject({
    id: z
      .string()
      .regex(slugPattern, {
        error: "Ska vara gemener, siffror och bindestreck, t.ex. norsjo-omsorg-2025.",
      })
      .max(63, { error: "Får vara högst 63 tecken." }),
    organisation: text,
    year: z
      .int({ error: "Ska vara ett årtal, t.ex. 2025." })
      .min(2000, { error: "Ska vara ett årtal, t.ex. 2025." })
      .max(2100, {
        error: "Ska vara ett årtal, t.ex. 2025.",
      }),
    name: text,
    board: optionalText.meta({
      description: "Nämnd, direktion eller styrelse som beslutat planen.",
    }),
    description: optionalText,
    organisationUnit: optionalText.meta({
      description:
        "Förvaltningen (eller nämnden) som äger planen, t.ex. Omsorgsförvaltningen. En administratör kan begränsas till sina förvaltningars planer.",
    }),
    admins: z
      .array(upnSchema)
      .default([])
      .meta({ description: "Planens administratörer (UPN/e-post)." }),
    periods: z.array(planPeriodSchema).min(1, { error: "Ska ha minst en period." }),
    people: z.array(personSchema).default([]),
    units: z.array(unitSchema).min(1, { error: "Ska ha minst en enhet." }),
    roles: z
      .array(reporterRoleSchema)
      .default([])
      .meta({ description: "Rapportörsroller: HR, Handläggare, Controller …" }),
    goalAreas: z.array(goalAreaSchema).min(1, { error: "Ska ha minst ett målområde." }),
    // Comparison values and Kolada (docs/status-rules.md).
    ...planKoladaFields,
  })
  .meta({
    title: "Verksamhetsplan för Uppföljningsboten",
    description:
      "En plan för ett år: perioder, enheter, ansvariga, målområden, mål och det som följs upp.",
  });

export type Plan = z.output<typeof planSchema>;
export type PlanInput = z.input<typeof planSchema>;
/** A reporting period as the plan declares it; services/calendar resolves its dates. */
export type PlanPeriod = z.output<typeof planPeriodSchema>;
export type PeriodKind = (typeof periodKinds)[number];
export type Person = z.output<typeof personSchema>;
export type Unit = z.output<typeof unitSchema>;
export type ReporterRole = z.output<typeof reporterRoleSchema>;
export type GoalArea = z.output<typeof goalAreaSchema>;
export type Goal = z.output<typeof goalSchema>;
