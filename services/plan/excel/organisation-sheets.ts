// The workbook's sheets about the organisation and its plan: the plan itself, its periods, units,
// people and goals, with their Swedish column headers and the notes the template shows.
import type { Column } from "./column";
import { unitKoladaColumns } from "./comparison-columns";
import { periodKindWords, roleWords, unitTypeList } from "./workbook-words";

// The columns that name a person, the same on Ansvariga and Roller.
const email = { header: "E-post", width: 30 } as const;
const personName = { header: "Namn", width: 24, note: "Personens namn som det visas." } as const;

export const organisationSheets = {
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
      upn: { ...email, note: "E-post eller UPN, t.ex. anna.berg@example.se." },
      name: personName,
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
      upn: { ...email, note: "E-post eller UPN för en person i rollen." },
      personName,
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
} as const satisfies Record<string, { name: string; columns: Record<string, Column> }>;
