// The workbook's columns for comparison values and Kolada: the sheet Jämförelsevärden (one row per
// value), and the extra columns of Indikatorer and Enheter. Only the layout; comparison-sheet.ts
// reads and writes them.
import type { Column } from "./workbook-layout";

export const comparisonSheet = {
  name: "Jämförelsevärden",
  columns: {
    indicatorId: {
      header: "Indikator-id",
      width: 18,
      note: "Id för indikatorn på bladet Indikatorer.",
    },
    unit: { header: "Enhet", width: 18, note: "Enhetens id. Tomt = hela organisationen." },
    year: { header: "År", width: 8, note: "Året värdet gäller, t.ex. 2023." },
    period: {
      header: "Period",
      width: 10,
      note: "helår, delår, T1–T3, Q1–Q4 eller M01–M12 (månad). Tomt = helår.",
    },
    value: { header: "Värde", width: 12, note: "Talet (8,2 eller 12 559) eller ja/nej." },
    label: {
      header: "Vad värdet är",
      width: 24,
      note: "T.ex. utfall 2023, budget 2024, nuläge. Tomt = utfall och året.",
    },
  },
} as const satisfies { name: string; columns: Record<string, Column> };

export const indicatorComparisonColumns = {
  kolada: {
    header: "Kolada",
    width: 10,
    note: "Kolada-nyckeltalet som mäter indikatorn, t.ex. N00945. Tomt = ingen koppling.",
  },
  comparedWith: {
    header: "Jämförs med",
    width: 16,
    note: "samma period (standard: samma period året före) eller hittills i år (mot 31 december året före).",
    list: ["samma period", "hittills i år"],
  },
} as const satisfies Record<string, Column>;

export const unitKoladaColumns = {
  koladaOu: {
    header: "Kolada-enhet",
    width: 16,
    note: "Enhetens id i Kolada (organisatorisk enhet), t.ex. V15E144001101.",
  },
} as const satisfies Record<string, Column>;
