// The period's summary in the leadership channel, and its results as Excel.
import type { CommandSpec } from "./command-spec";

export type SummaryCommandId = "summarize" | "exportPeriod";

export const SUMMARY_COMMANDS: readonly CommandSpec<SummaryCommandId>[] = [
  {
    id: "summarize",
    words: { sv: ["sammanställ", "sammanstall", "sammanställning"], en: ["summary", "summarize"] },
    access: "administer",
    where: "both",
    usage: { sv: "sammanställ <period>", en: "summary <period>" },
    description: {
      sv: "Publicerar periodens sammanställning i ledningskanalen nu (eller uppdaterar den), t.ex. sammanställ T1.",
      en: "Posts the period's summary in the leadership channel now (or updates it), e.g. summary T1.",
    },
    inMenu: true,
  },
  {
    id: "exportPeriod",
    words: { sv: ["exportera"], en: ["export"] },
    access: "administer",
    where: "personal",
    usage: { sv: "exportera <period>", en: "export <period>" },
    description: {
      sv: "Skickar periodens resultat som Excel-fil till styrelserapporten, t.ex. exportera T1.",
      en: "Sends the period's results as an Excel file for the board report, e.g. export T1.",
    },
    inMenu: true,
  },
];
