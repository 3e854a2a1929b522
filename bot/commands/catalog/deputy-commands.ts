// Deputies: an admin names who reports for a unit for a while, and reporters say they are away.
import type { CommandSpec } from "./command-spec";

export type DeputyCommandId = "deputies" | "absence";

export const DEPUTY_COMMANDS: readonly CommandSpec<DeputyCommandId>[] = [
  {
    id: "deputies",
    words: { sv: ["ersättare", "ersattare"], en: ["deputies", "deputy"] },
    access: "administer",
    where: "personal",
    usage: {
      sv: "ersättare [<enhet> <person> [till <datum>]]",
      en: "deputy [<unit> <person> [until <date>]]",
    },
    description: {
      sv: "Utan mer: visar vilka ersättare som gäller. Med enhet och person: personen påminns och får rapportera för enheten, tills vidare eller till och med datumet.",
      en: "Alone: lists the current deputies. With a unit and a person: the person is reminded and may report for the unit, until replaced or through the date.",
    },
    inMenu: false,
  },
  {
    id: "absence",
    words: { sv: ["frånvarande", "franvarande"], en: ["away"] },
    access: "report",
    where: "personal",
    usage: {
      sv: "frånvarande till <datum> ersättare <person>",
      en: "away until <date> deputy <person>",
    },
    description: {
      sv: "Du är borta: ersättaren påminns och rapporterar för dina enheter, och du får inga påminnelser till och med datumet.",
      en: "You are away: your deputy is reminded and reports for your units, and you get no reminders through the date.",
    },
    inMenu: false,
  },
];
