// The calendar an admin changes (deadline, opening, reminder days), and reminding now.
import type { CommandSpec } from "./command-spec";

export type CalendarCommandId = "setDeadline" | "setOpens" | "setReminderDays" | "remindNow";

export const CALENDAR_COMMANDS: readonly CommandSpec<CalendarCommandId>[] = [
  {
    id: "setDeadline",
    words: { sv: ["deadline", "sista dag"], en: [] },
    access: "administer",
    where: "personal",
    usage: { sv: "deadline <period> <datum>", en: "deadline <period> <date>" },
    description: {
      sv: "Sätter sista dag för en period, t.ex. deadline T1 2025-05-15 (eller 15 maj).",
      en: "Sets a period's deadline, e.g. deadline T1 2025-05-15.",
    },
    inMenu: true,
  },
  {
    id: "setOpens",
    words: { sv: ["öppna"], en: ["opens", "open"] },
    access: "administer",
    where: "personal",
    usage: { sv: "öppna <period> <datum>", en: "open <period> <date>" },
    description: {
      sv: "Sätter när rapporteringen för en period öppnar, t.ex. öppna T1 2 maj.",
      en: "Sets when reporting for a period opens, e.g. open T1 2025-05-02.",
    },
    inMenu: false,
  },
  {
    id: "setReminderDays",
    words: { sv: ["påminnelser"], en: ["reminders"] },
    access: "administer",
    where: "personal",
    usage: {
      sv: "påminnelser <period> <arbetsdagar före …>",
      en: "reminders <period> <working days before …>",
    },
    description: {
      sv: "Hur många arbetsdagar före sista dag påminnelser går ut, t.ex. påminnelser T1 7 3 1 (standard återställer).",
      en: "Working days before the deadline when reminders go out, e.g. reminders T1 7 3 1.",
    },
    inMenu: true,
  },
  {
    id: "remindNow",
    words: { sv: ["påminn", "paminn"], en: ["remind"] },
    access: "administer",
    where: "personal",
    usage: { sv: "påminn <period>", en: "remind <period>" },
    description: {
      sv: "Påminner nu alla som inte har rapporterat för perioden, t.ex. påminn T1.",
      en: "Reminds everyone who has not reported for the period now, e.g. remind T1.",
    },
    inMenu: true,
  },
];
