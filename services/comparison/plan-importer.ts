// Importing a plan from chat: the import with last year's results carried forward and the plan's
// Kolada figures read, bound once to the store, the Kolada client and the clock in the composition
// root (services/compose.ts). Not in the barrel: it reads Kolada, which imports the barrel.
import type { KoladaClient } from "../kolada/kolada-client";
import { readKolada } from "../kolada/read-kolada";
import type { PlanFile } from "../plan";
import type { TableStore } from "../storage/tables";
import { importPlanCarrying, type CarryingImportResult } from "./import-plan-carrying";

export interface PlanImporter {
  /** Checks and saves the plan file as `actor`'s import; nothing is saved when it has errors. */
  importPlan(file: PlanFile, actor: string): Promise<CarryingImportResult>;
}

export function planImporter(deps: {
  store: TableStore;
  kolada: KoladaClient;
  now: () => Date;
}): PlanImporter {
  const { store, kolada, now } = deps;
  return {
    importPlan: (file, actor) =>
      importPlanCarrying(store, file, {
        actor,
        now,
        readKolada: (plan) => readKolada(store, plan, kolada, now),
      }),
  };
}
