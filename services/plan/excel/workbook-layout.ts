// The plan workbook: its sheets, their Swedish column headers, and the Swedish words used in
// cells for the model's values. Reading and writing (and so the template) share this one layout.
import { KNOWN_UNIT_TYPES } from "../../rules";
import type { ActivityState, Indicator, PeriodKind } from "../plan-schema";
import {
  comparisonSheet,
  indicatorComparisonColumns,
  unitKoladaColumns,
} from "./comparison-columns";

import type { Column } from "./column";

export type { Column } from "./column";

/** A two-way table between the model's values and the words in the workbook. */
export class Vocabulary<T extends string> {
  constructor(private readonly pairs: readonly (readonly [T, string])[]) {}

  get list(): string[] {
    return this.pairs.map(([, word]) => word);
  }

  word(value: T): string {
    return this.pairs.find(([v]) => v === value)?.[1] ?? value;
  }

  /** The value for a word as written in a cell, in any case; the model's own name is accepted too. */
  value(word: string): T | undefined {
    const wanted = word.trim().toLocaleLowerCase("sv");
    return this.pairs.find(
      ([value, text]) => text.toLocaleLowerCase("sv") === wanted || value.toLowerCase() === wanted,
    )?.[0];
  }
}

export const periodKindWords = new Vocabulary<PeriodKind>([
  ["month", "månad"],
  ["quarter", "kvartal"],
  ["tertial", "tertial"],
  ["interim", "delår"],
  ["year", "helår"],
  ["custom", "egen"],
]);

export const directionWords = new Vocabulary<NonNullable<Indicator["direction"]>>([
  ["higher", "högre"],
  ["lower", "lägre"],
]);

export const valueTypeWords = new Vocabulary<Indicator["valueType"]>([
  ["number", "tal"],
  ["percent", "procent"],
  ["yesno", "ja/nej"],
  ["count", "antal"],
]);

export const aggregationWords = new Vocabulary<NonNullable<Indicator["aggregation"]>>([
  ["mean", "medelvärde"],
  ["sum", "summa"],
  ["weighted", "viktat"],
  ["perUnit", "per enhet"],
  ["shareMeetingTarget", "andel som når målet"],
]);

export const targetForWords = new Vocabulary<NonNullable<Indicator["targetFor"]>>([
  ["unit", "varje enhet"],
  ["organisation", "hela organisationen"],
]);

export const stateWords = new Vocabulary<ActivityState>([
  ["notStarted", "Ej påbörjad"],
  ["inProgress", "Pågår"],
  ["done", "Klar"],
  ["delayed", "Försenad"],
  ["cancelled", "Avbruten"],
]);

export type Role = "reporter" | "owner" | "admin";

export const roleWords = new Vocabulary<Role>([
  ["reporter", "Rapportör"],
  ["owner", "Ansvarig för genomförande"],
  ["admin", "Administratör"],
]);

export const yesNoWords = new Vocabulary<"yes" | "no">([
  ["yes", "ja"],
  ["no", "nej"],
]);

/** The unit types the status rules know; others may be typed in. */
export const unitTypeList = KNOWN_UNIT_TYPES;

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
  plan: {
    name: "Plan",
    columns: {
      field: { header: "Uppgift", width: 16, note: "Vad raden anger." },
      value: { header: "Värde", width: 60, note: "Fyll i värdet." },
    },
  },
  periods: {
    name: "Perioder",
    columns: {
      id: { header: "Id", width: 10, note: "T1, T2, Helår, Q1–Q4, Delår, 2025-01 …" },
      kind: {
        header: "Typ",
        width: 10,
        note: "månad, kvartal, tertial, delår, helår eller egen.",
        list: periodKindWords.list,
      },
      label: { header: "Benämning", width: 28, note: "Det rapportörerna ser, t.ex. Tertial 1." },
      start: { header: "Start", width: 12, note: "ÅÅÅÅ-MM-DD. Tomt = räknas ut ur typ och år." },
      end: { header: "Slut", width: 12, note: "ÅÅÅÅ-MM-DD. Tomt = räknas ut ur typ och år." },
      opens: {
        header: "Öppnar",
        width: 12,
        note: "Första dag att rapportera, ÅÅÅÅ-MM-DD. Tomt = standard.",
      },
      deadline: {
        header: "Sista dag",
        width: 12,
        note: "Sista dag att rapportera, ÅÅÅÅ-MM-DD. Tomt = standard.",
      },
    },
  },
  units: {
    name: "Enheter",
    columns: {
      id: {
        header: "Id",
        width: 18,
        note: "Kort och stabilt, t.ex. htj-norr. Ändra inte när planen lästs in.",
      },
      name: { header: "Namn", width: 32, note: "Enhetens namn." },
      parent: {
        header: "Överordnad",
        width: 18,
        note: "Id för enheten ovanför (förvaltning, verksamhet). Tomt för toppen.",
      },
      type: {
        header: "Enhetstyp",
        width: 12,
        note: "HTJ, SÄBO, LSS, IFO, HSV … för gränsvärden per enhetstyp.",
        list: unitTypeList,
      },
      weights: {
        header: "Vikter",
        width: 24,
        note: "Enhetens storlek att vikta med: anställda: 42; brukare: 30. Indikatorer anger namnet under Vikt.",
      },
      ...unitKoladaColumns,
    },
  },
  people: {
    name: "Ansvariga",
    columns: {
      role: {
        header: "Roll",
        width: 26,
        note: "Rapportör, Ansvarig för genomförande eller Administratör.",
        list: roleWords.list,
      },
      unit: { header: "Enhet", width: 18, note: "Enhetens id. Tomt för Administratör." },
      upn: { header: "E-post", width: 30, note: "E-post eller UPN, t.ex. anna.berg@example.se." },
      name: { header: "Namn", width: 24, note: "Personens namn som det visas." },
    },
  },
  roles: {
    name: "Roller",
    columns: {
      id: {
        header: "Roll",
        width: 18,
        note: "Rollens id, t.ex. HR eller Handläggare: en rad per person i rollen.",
      },
      name: { header: "Rollens namn", width: 24, note: "Det som visas. Tomt = rollens id." },
      upn: { header: "E-post", width: 30, note: "E-post eller UPN för en person i rollen." },
      personName: { header: "Namn", width: 24, note: "Personens namn som det visas." },
    },
  },
  goals: {
    name: "Mål",
    columns: {
      areaId: {
        header: "Målområde-id",
        width: 16,
        note: "Id för målområdet; upprepa det på varje mål i området.",
      },
      areaName: {
        header: "Målområde",
        width: 30,
        note: "Målområdets namn; räcker på första raden.",
      },
      areaDescription: {
        header: "Målområdets beskrivning",
        width: 30,
        note: "Valfritt; räcker på första raden.",
      },
      id: {
        header: "Mål-id",
        width: 16,
        note: "Id för målet. Indikatorer, aktiviteter och frågor anger det.",
      },
      name: { header: "Mål", width: 40, note: "Målets text." },
      description: { header: "Beskrivning", width: 30, note: "Valfritt." },
    },
  },
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
