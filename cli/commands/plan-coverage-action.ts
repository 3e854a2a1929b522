// What `uppfoljning plan coverage` does, loaded only when it runs (plan-coverage.ts declares it).
import { existsSync } from "node:fs";
import { withStorage, type Env } from "../with-storage";
import { requirePlan, validatePlanFile, type Plan } from "../../services/plan";
import {
  listComparisons,
  planComparisons,
  planCoverage,
  type ComparisonValue,
  type Coverage,
} from "../../services/comparison";
import { CliExit, EXIT, type CliIo } from "../io";
import { readPlanFile } from "./plan-file-arg";

export async function showCoverage(
  io: CliIo,
  env: Env,
  planArgument: string,
  periodId: string,
): Promise<void> {
  if (/\.(ya?ml|xlsx)$/i.test(planArgument) || existsSync(planArgument)) {
    const checked = await validatePlanFile(await readPlanFile(planArgument));
    if (!checked.ok) {
      for (const error of checked.errors) io.err(`${error.where}: ${error.message}`);
      throw new CliExit(EXIT.badInput, `${checked.errors.length} fel i ${planArgument}.`);
    }
    print(io, coverageOf(checked.plan, periodId, planComparisons(checked.plan)));
    return;
  }
  await withStorage(env, async ({ store }) => {
    const stored = await requirePlan(store, planArgument);
    const values = [...planComparisons(stored), ...(await listComparisons(store, stored.id))];
    print(io, coverageOf(stored, periodId, values));
  });
}

function coverageOf(plan: Plan, periodId: string, values: ComparisonValue[]): Coverage {
  const coverage = planCoverage(plan, periodId, values);
  if (!coverage) {
    const ids = plan.periods.map((period) => period.id).join(", ");
    throw new CliExit(EXIT.badInput, `Planen har ingen period ${periodId}. Perioderna är ${ids}.`);
  }
  return coverage;
}

function print(io: CliIo, coverage: Coverage): void {
  io.out(`${coverage.periodLabel}: ${coverage.cells.length} indikatorer × enheter`);
  for (const cell of coverage.cells) {
    const where = `${cell.indicator.id} · ${cell.unit.name}`;
    if (cell.judged) io.out(`✔ ${where}: bedöms${cell.note ? ` ${cell.note}` : ""}`);
    else io.out(`– ${where}: bedöms inte. ${cell.note ?? ""}`);
  }
  io.out(`judged ${coverage.judged} of ${coverage.cells.length}`);
}
