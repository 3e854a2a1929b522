// Loading a plan.
import type { CommandSpec } from "./command-spec";

export type PlanCommandId = "importPlan";

export const PLAN_COMMANDS: readonly CommandSpec<PlanCommandId>[] = [
  {
    id: "importPlan",
    words: { sv: ["importera plan"], en: ["import plan"] },
    access: "administer",
    where: "personal",
    usage: { sv: "importera plan (med filen bifogad)", en: "import plan (with the file attached)" },
    description: {
      sv: "Läser in eller uppdaterar en plan från en .xlsx- eller .yaml-fil. Inget sparas om filen har fel.",
      en: "Loads or updates a plan from an .xlsx or .yaml file. Nothing is stored if the file has errors.",
    },
    inMenu: true,
  },
];
