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
      sv: "ersättare [<enhet> <person> [till <datum>]] · ersättare ta bort <enhet> [<person>]",
      en: "deputy [<unit> <person> [until <date>]] · deputy remove <unit> [<person>]",
    },
    description: {
      sv: "Utan mer: visar vilka ersättare som gäller. Med enhet och person: personen påminns och får rapportera för enheten, tills vidare eller till och med datumet. Ta bort: ersättaren slutar genast.",
      en: "Alone: lists the current deputies. With a unit and a person: the person is reminded and may report for the unit, until replaced or through the date. Remove: the deputy ends at once.",
    },
    inMenu: false,
  },
  {
    id: "absence",
    words: { sv: ["frånvarande", "franvarande"], en: ["away"] },
    access: "report",
    where: "personal",
    usage: {
      sv: "frånvarande till <datum> ersättare <person> · frånvarande slut",
      en: "away until <date> deputy <person> · away end",
    },
    description: {
      sv: "Du är borta: ersättaren påminns och rapporterar för dina enheter, och du får inga påminnelser till och med datumet. Slut: du är tillbaka tidigare.",
      en: "You are away: your deputy is reminded and reports for your units, and you get no reminders through the date. End: you are back early.",
    },
    inMenu: false,
  },
];
