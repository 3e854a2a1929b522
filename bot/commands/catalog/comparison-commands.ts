// Comparison values: which are missing, and setting one.
import type { CommandSpec } from "./command-spec";

export type ComparisonCommandId = "listComparisons" | "setComparison";

export const COMPARISON_COMMANDS: readonly CommandSpec<ComparisonCommandId>[] = [
  {
    id: "listComparisons",
    words: { sv: ["jämförelsevärden", "jamforelsevarden"], en: ["comparison values"] },
    access: "administer",
    where: "personal",
    usage: { sv: "jämförelsevärden [period]", en: "comparison values [period]" },
    description: {
      sv: "Visar vilka indikatorer och enheter som inte kan bedömas, och vilket värde som saknas.",
      en: "Shows which indicators and units cannot be judged, and which value is missing.",
    },
    inMenu: false,
  },
  {
    id: "setComparison",
    words: { sv: ["jämförelsevärde", "jamforelsevarde"], en: ["comparison value"] },
    access: "administer",
    where: "personal",
    usage: {
      sv: "jämförelsevärde <indikator> [enhet] <värde> [år]",
      en: "comparison value <indicator> [unit] <value> [year]",
    },
    description: {
      sv: "Lägger in ett jämförelsevärde, t.ex. jämförelsevärde sjukfranvaro htj-norsjo 6,7 2024 (2024-Q1 för ett kvartal).",
      en: "Sets a comparison value, e.g. comparison value sjukfranvaro htj-norsjo 6,7 2024 (2024-Q1 for a quarter).",
    },
    inMenu: false,
  },
];
