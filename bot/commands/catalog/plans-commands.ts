// The plans followed: which there are, which one an admin works on, archiving one, and which
// förvaltningar an admin administers.
import type { CommandSpec } from "./command-spec";

export type PlansCommandId =
  "listPlans" | "choosePlan" | "archivePlan" | "restorePlan" | "adminScope";

export const PLANS_COMMANDS: readonly CommandSpec<PlansCommandId>[] = [
  {
    id: "listPlans",
    words: { sv: ["planer"], en: ["plans"] },
    access: "administer",
    where: "personal",
    usage: { sv: "planer", en: "plans" },
    description: {
      sv: "Visar planerna: vilka som följs nu, är arkiverade eller saknar öppna perioder, och vilken du arbetar med.",
      en: "Lists the plans: which are followed now, archived or without open periods, and which one you work on.",
    },
    inMenu: false,
  },
  {
    id: "choosePlan",
    words: { sv: ["plan"], en: ["use plan"] },
    access: "administer",
    where: "personal",
    usage: { sv: "plan <namn>", en: "use plan <name>" },
    description: {
      sv: "Väljer planen dina administratörskommandon gäller när flera planer följs, t.ex. plan norsjo-omsorg-2025.",
      en: "Chooses the plan your admin commands work on when several plans are followed, e.g. use plan norsjo-omsorg-2025.",
    },
    inMenu: false,
  },
  {
    id: "archivePlan",
    words: { sv: ["arkivera plan"], en: ["archive plan"] },
    access: "administer",
    where: "personal",
    usage: { sv: "arkivera plan <namn>", en: "archive plan <name>" },
    description: {
      sv: "Avslutar en plan: inga fler påminnelser eller publiceringar; rapporter och sammanställningar finns kvar.",
      en: "Ends a plan: no more reminders or posts; its reports and summaries are kept.",
    },
    inMenu: false,
  },
  {
    id: "restorePlan",
    words: { sv: ["återställ plan", "aterstall plan"], en: ["restore plan"] },
    access: "administer",
    where: "personal",
    usage: { sv: "återställ plan <namn>", en: "restore plan <name>" },
    description: {
      sv: "Följer en arkiverad plan igen: påminnelser och publiceringar för dess kommande steg.",
      en: "Follows an archived plan again: reminders and posts for its coming steps.",
    },
    inMenu: false,
  },
  {
    id: "adminScope",
    words: { sv: ["admin förvaltning", "admin forvaltning"], en: ["admin organisation unit"] },
    access: "administer",
    where: "personal",
    usage: {
      sv: "admin förvaltning <förvaltning, …> <person>",
      en: "admin organisation unit <förvaltning, …> <person>",
    },
    description: {
      sv: "Begränsar en administratör till planerna för sina förvaltningar (alla tar bort begränsningen).",
      en: "Limits an administrator to the plans of their förvaltningar (all lifts the limit).",
    },
    inMenu: false,
  },
];
