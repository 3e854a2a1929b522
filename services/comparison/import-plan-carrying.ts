// Importing a plan, with what follows for comparison values: last year's results carried forward,
// and the warnings about what the plan leaves unjudged. The bot and the command line call this.
import {
  importPlan,
  type ImportOptions,
  type Plan,
  type PlanFile,
  type PlanImportResult,
} from "../plan";
import type { TableStore } from "../storage/tables";
import { carryForward } from "./carry-forward";
import { listComparisons } from "./comparison-store";
import { planWarnings } from "./plan-warnings";

export type CarryingImportResult =
  | (Extract<PlanImportResult, { ok: true }> & {
      carried: number;
      carriedFrom?: string;
      /** How many Kolada figures were read, when Kolada was asked. */
      koladaRead?: number;
      warnings: string[];
    })
  | Extract<PlanImportResult, { ok: false }>;

/**
 * `readKolada`, when given, reads the plan's Kolada figures right after the import (its notes are
 * returned as warnings; a Kolada that does not answer leaves the import as it is).
 */
export async function importPlanCarrying(
  store: TableStore,
  file: PlanFile,
  options: ImportOptions & {
    readKolada?: (plan: Plan) => Promise<{ read: number; notes: string[] }>;
  },
): Promise<CarryingImportResult> {
  const result = await importPlan(store, file, options);
  if (!result.ok) return result;
  const carry = await carryForward(store, result.plan);
  const kolada = options.readKolada ? await options.readKolada(result.plan) : undefined;
  const warnings = planWarnings(result.plan, await listComparisons(store, result.plan.id));
  return {
    ...result,
    carried: carry.carried,
    carriedFrom: carry.fromPlanId,
    koladaRead: kolada?.read,
    warnings: [...(kolada?.notes ?? []), ...warnings],
  };
}

/** The import summary's line about carried values. */
export function carriedLine(result: { carried: number; carriedFrom?: string }): string {
  if (!result.carriedFrom)
    return "Ingen plan för året före finns inläst: inga resultat fördes över.";
  return `${result.carried} resultat från ${result.carriedFrom} fördes över som jämförelsevärden.`;
}
