// The plan workbook: its sheets, their Swedish column headers, and (in workbook-words.ts) the
// Swedish words used in cells for the model's values. Reading and writing (and so the template)
// share this one layout. The organisation's sheets are in organisation-sheets.ts; the plan's
// items (indicators, activities, questions) are here.
import { comparisonSheet, indicatorComparisonColumns } from "./comparison-columns";
import type { Column } from "./column";
import { organisationSheets } from "./organisation-sheets";
import {
  aggregationWords,
  directionWords,
  stateWords,
  targetForWords,
  valueTypeWords,
  yesNoWords,
} from "./workbook-words";

export type { Column } from "./column";
export * from "./workbook-words";

const periodsNote = "Periodernas id, med komma emellan (T1, T2). Tomt = alla planens perioder.";
const unitsNote = "Enheternas id, med komma emellan. Tomt = alla enheter längst ned i trädet.";
const requiredNote = "ja eller nej: måste besvaras i rapporten. Tomt = ja.";

const itemColumns = {
  frequency: { header: "Hur ofta", width: 12, note: "Som planen skriver det: Årligen, Månatlig …" },
  periods: { header: "Perioder", width: 16, note: periodsNote },
  required: { header: "Krävs", width: 8, note: requiredNote, list: yesNoWords.list },
  reportingUnits: { header: "Rapporterande enheter", width: 24, note: unitsNote },
  owner: { header: "Ansvarig för genomförande", width: 24, note: "Roll, som planen skriver den." },
  reporter: {
    header: "Ansvarig för rapportering",
    width: 24,
    note: "Roll, som planen skriver den.",
  },
  reporterRole: {
    header: "Rapporterande roll",
    width: 18,
    note: "Id för en roll på bladet Roller (HR, Handläggare) som rapporterar punkten för enheterna. Tomt = enheternas egna rapportörer.",
  },
  roleUnits: {
    header: "Rollens enheter",
    width: 24,
    note: "Enheter som rollen rapporterar för, med komma emellan. Tomt = alla rapporterande enheter.",
  },
} satisfies Record<string, Column>;

export const sheets = {
  ...organisationSheets,
  indicators: {
    name: "Indikatorer",
    columns: {
      id: {
        header: "Id",
        width: 16,
        note: "Kort och stabilt. Resultat sparas under det: ändra inte.",
      },
      goalId: { header: "Mål-id", width: 16, note: "Id för målet på bladet Mål." },
      name: { header: "Namn", width: 36, note: "Indikatorn som planen skriver den." },
      description: { header: "Beskrivning", width: 24, note: "Valfritt." },
      plannedActivities: {
        header: "Planerade aktiviteter",
        width: 24,
        note: "Aktiviteter som planen knyter till indikatorn.",
      },
      unitOfMeasure: { header: "Måttenhet", width: 10, note: "%, st, kr/invånare …" },
      target: { header: "Målvärde", width: 16, note: "Som planen skriver det: 95%, Öka, >/=80 …" },
      rule: {
        header: "Regel",
        width: 28,
        note: "Gränsvärden, t.ex. Grön 82 Gul 76, Grön Ja Röd Nej, >/=70%, Öka.",
      },
      direction: {
        header: "Riktning",
        width: 10,
        note: "högre eller lägre (är bättre). Tomt om regeln visar det.",
        list: directionWords.list,
      },
      valueType: {
        header: "Värdetyp",
        width: 10,
        note: "tal, procent, ja/nej eller antal (summeras). Tomt = tal.",
        list: valueTypeWords.list,
      },
      source: { header: "Källa", width: 14, note: "Kolada, WebFOCUS, Treserva …" },
      min: {
        header: "Lägsta möjliga",
        width: 10,
        note: "Lägsta värde som går att rapportera, t.ex. -100 för en avvikelse. Tomt: 0 för procent.",
      },
      max: {
        header: "Högsta möjliga",
        width: 10,
        note: "Högsta värde som går att rapportera. Tomt: 100 för procent.",
      },
      ...itemColumns,
      aggregation: {
        header: "Sammanställning",
        width: 18,
        note: "Hur enheternas värden vägs samman: summa, medelvärde, viktat eller per enhet. Tomt = antal summeras; andelar och tal viktas när Vikt anges, annars per enhet.",
        list: aggregationWords.list,
      },
      weight: {
        header: "Vikt",
        width: 14,
        note: "Namnet på vikten under Vikter på bladet Enheter, t.ex. anställda.",
      },
      targetFor: {
        header: "Mål gäller",
        width: 18,
        note: "varje enhet eller hela organisationen (totalen bedöms). Tomt = varje enhet.",
        list: targetForWords.list,
      },
      breakdown: {
        header: "Uppdelning",
        width: 18,
        note: "Delar som värdet delas upp i och stäms av mot: kön (kvinnor/män), utförare (egen regi/privat), eller kön, utförare. Lägg till (obligatorisk) när delarna måste fyllas i. Tomt = ingen uppdelning.",
      },
      baseline: {
        header: "Utfall tidigare år",
        width: 22,
        note: "T.ex. 2022: 8,2; 2023: 6,7 eller 2023: nej.",
      },
      ...indicatorComparisonColumns,
    },
  },
  activities: {
    name: "Aktiviteter",
    columns: {
      id: {
        header: "Id",
        width: 16,
        note: "Kort och stabilt. Rapporter sparas under det: ändra inte.",
      },
      goalId: { header: "Mål-id", width: 16, note: "Id för målet på bladet Mål." },
      name: { header: "Namn", width: 36, note: "Aktiviteten eller uppdraget." },
      description: { header: "Beskrivning", width: 30, note: "Valfritt." },
      expectedEffects: { header: "Förväntade effekter", width: 24, note: "Valfritt." },
      milestones: {
        header: "Delmål",
        width: 36,
        note: "En rad per delmål: Q1: text, Q1-Q2: text, eller bara text.",
      },
      state: {
        header: "Status",
        width: 12,
        note: "Status när planen skrivs: Ej påbörjad, Pågår, Klar …",
        list: stateWords.list,
      },
      ...itemColumns,
    },
  },
  questions: {
    name: "Frågor",
    columns: {
      id: { header: "Id", width: 16, note: "Kort och stabilt. Svar sparas under det: ändra inte." },
      goalId: { header: "Mål-id", width: 16, note: "Id för målet på bladet Mål." },
      text: { header: "Fråga", width: 60, note: "Frågan som besvaras i text." },
      description: { header: "Beskrivning", width: 24, note: "Valfritt." },
      ...itemColumns,
    },
  },
  comparisons: comparisonSheet,
} as const satisfies Record<string, { name: string; columns: Record<string, Column> }>;

export type SheetKey = keyof typeof sheets;

/** Order of the sheets in the workbook, after the instructions. */
export const sheetOrder: SheetKey[] = [
  "plan",
  "periods",
  "units",
  "people",
  "roles",
  "goals",
  "indicators",
  "activities",
  "questions",
  "comparisons",
];

/** Rows of the Plan sheet: the label in column A, the field it fills. */
export const planFields = {
  id: "Id",
  organisation: "Organisation",
  year: "År",
  name: "Namn",
  board: "Nämnd",
  organisationUnit: "Förvaltning",
  description: "Beskrivning",
  koladaMunicipality: "Kolada-kod",
} as const;

export const INSTRUCTIONS_SHEET = "Instruktioner";
