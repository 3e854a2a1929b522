// Reporting: the periods a reporter reports in, the report card, and reopening a report.
import type { CommandSpec } from "./command-spec";

export type ReportCommandId = "listPeriods" | "report" | "reopenReport";

export const REPORT_COMMANDS: readonly CommandSpec<ReportCommandId>[] = [
  {
    id: "listPeriods",
    words: { sv: ["perioder"], en: ["periods"] },
    access: "periods",
    where: "personal",
    usage: { sv: "perioder", en: "periods" },
    description: {
      sv: "Visar planens rapportperioder: när de öppnar, sista dag och påminnelser.",
      en: "Shows the plan's reporting periods: when they open, the deadline and reminders.",
    },
    inMenu: true,
  },
  {
    id: "report",
    words: { sv: ["rapportera"], en: ["report"] },
    access: "report",
    where: "personal",
    usage: { sv: "rapportera [period] [enhet]", en: "report [period] [unit]" },
    description: {
      sv: "Öppnar rapportkortet för perioden som är öppen (eller den du anger), t.ex. rapportera T1.",
      en: "Opens the report card for the open period (or the one you name), e.g. report T1.",
    },
    inMenu: true,
  },
  {
    id: "reopenReport",
    words: { sv: ["öppna rapport", "oppna rapport"], en: ["reopen report"] },
    access: "administer",
    where: "personal",
    usage: { sv: "öppna rapport <period> <enhet>", en: "reopen report <period> <unit>" },
    description: {
      sv: "Öppnar en stängd rapport igen för en enhet i fem arbetsdagar, t.ex. öppna rapport T1 Hemtjänst Norsjö.",
      en: "Reopens a closed report for a unit for five working days, e.g. reopen report T1 Hemtjänst Norsjö.",
    },
    inMenu: true,
  },
];
