// The shape of a plan: one zod schema gives both the TypeScript types and the check of every plan
// file (YAML or Excel) and of what is read back from storage. The JSON Schema that editors use,
// plan.schema.json, is generated from `planSchema` (a test keeps the two in sync).
// Meaning beyond shape (ids that refer to each other, rules that parse, ...) is checked in
// plan-checks.ts.
import { z } from "zod";
import { upnProblem } from "../people/upn";
import { indicatorComparisonFields, planKoladaFields, unitKoladaFields } from "./comparison-fields";
import { breakdownKinds } from "./breakdown";

const idPattern = /^[A-Za-z0-9ÅÄÖåäöÉéÜü][A-Za-z0-9ÅÄÖåäöÉéÜü._-]{0,63}$/;
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** UPN or e-mail: name@domain.tld, no spaces. The same test as config's BOT_ADMINS. */
export const upnPattern = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

const text = z.string().trim().min(1, { error: "Får inte vara tomt." });
const optionalText = z.string().trim().optional();

/** An id that results and other tables key on: stable from one import to the next. */
export const idSchema = z
  .string()
  .regex(idPattern, {
    error:
      "Ska vara 1–64 tecken: bokstäver, siffror, punkt, bindestreck eller understreck (inga mellanslag).",
  })
  .meta({ description: "Stabil id: bokstäver, siffror, punkt, bindestreck, understreck." });

export const upnSchema = z
  .string()
  .trim()
  .regex(upnPattern, { error: "Ska vara en e-postadress eller UPN (namn@domän.se)." })
  .superRefine((value, context) => {
    const problem = upnPattern.test(value) ? upnProblem(value) : undefined;
    if (problem) context.addIssue({ code: "custom", message: `Adressen ${problem}.` });
  })
  .meta({ description: "UPN eller e-postadress, t.ex. anna.berg@example.se" });

const isoDate = z.iso.date({ error: "Ska vara ett datum ÅÅÅÅ-MM-DD." });

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

/**
 * Roll-ups: how units' values combine into the organisation's figure and whom a target is for
 * (docs/plan-format.md, "Sammanvägning"). Kept in one block, spread into the unit and the indicator.
 */
export const aggregations = ["sum", "mean", "weighted", "perUnit", "shareMeetingTarget"] as const;
export const targetScopes = ["unit", "organisation"] as const;

const weightName = z
  .string()
  .trim()
  .min(1, { error: "Får inte vara tomt." })
  .max(40, { error: "Får vara högst 40 tecken." })
  .meta({ description: "Namnet på en vikt, t.ex. anställda eller brukare." });

const unitRollupFields = {
  weights: z
    .record(weightName, z.number().positive({ error: "Ska vara ett tal större än 0." }))
    .optional()
    .meta({
      description:
        "Enhetens storlek att vikta med, per namn: { anställda: 42, brukare: 30 }. Indikatorer anger namnet med weight.",
    }),
};

const indicatorRollupFields = {
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

/** Fields every item to follow up has: where and when it is reported, and by which role. */
const itemFields = {
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
export type Aggregation = (typeof aggregations)[number];
export type TargetScope = (typeof targetScopes)[number];
export type GoalArea = z.output<typeof goalAreaSchema>;
export type Goal = z.output<typeof goalSchema>;
export type Indicator = z.output<typeof indicatorSchema>;
export type Activity = z.output<typeof activitySchema>;
export type ActivityState = (typeof activityStates)[number];
export type Milestone = z.output<typeof milestoneSchema>;
export type Breakdown = z.output<typeof breakdownSchema>;
export type NarrativeQuestion = z.output<typeof narrativeQuestionSchema>;
