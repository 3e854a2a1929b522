// Who reports for each unit.
import type { CommandSpec } from "./command-spec";

export type ResponsiblesCommandId = "listResponsibles" | "assignResponsible";

export const RESPONSIBLES_COMMANDS: readonly CommandSpec<ResponsiblesCommandId>[] = [
  {
    id: "listResponsibles",
    words: { sv: ["ansvariga"], en: ["reporters", "responsibles"] },
    access: "administer",
    where: "personal",
    usage: { sv: "ansvariga", en: "reporters" },
    description: {
      sv: "Visar vem som rapporterar för varje enhet, och vilka jag inte kan nå än.",
      en: "Shows who reports for each unit, and whom I cannot reach yet.",
    },
    inMenu: true,
  },
  {
    id: "assignResponsible",
    words: { sv: ["ansvarig"], en: ["reporter"] },
    access: "administer",
    where: "personal",
    usage: { sv: "ansvarig <enhet> <person>", en: "reporter <unit> <person>" },
    description: {
      sv: "Anger vem som rapporterar för en enhet, t.ex. ansvarig Hemtjänst Norr anna.berg@kommun.se.",
      en: "Sets who reports for a unit, e.g. reporter Hemtjänst Norr anna.berg@kommun.se.",
    },
    inMenu: true,
  },
];
