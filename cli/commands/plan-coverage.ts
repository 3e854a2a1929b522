// `uppfoljning plan coverage <plan-fil|plan-id> <period>`: for every indicator × unit cell of a
// period, whether it can be judged, and if not which value is missing and who can add it.
import type { Command } from "commander";
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

export function registerPlanCoverage(plan: Command, io: CliIo, env: Env): void {
  plan
    .command("coverage")
    .description(
      "Visa för varje indikator och enhet i en period om värdet kan bedömas, och vad som saknas.",
    )
    .argument("<plan>", "en planfil (.yaml/.xlsx) eller en inläst plans id")
    .argument("<period>", "periodens id, t.ex. T1, Q1, Helår, 2022-03")
    .action(async (planArgument: string, periodId: string) => {
      if (/\.(ya?ml|xlsx)$/i.test(planArgument) || existsSync(planArgument)) {
        const checked = await validatePlanFile(await readPlanFile(planArgument));
        if (!checked.ok) {
          for (const error of checked.errors) io.err(`${error.where}: ${error.message}`);
          throw new CliExit(EXIT.badInput, `${checked.errors.length} fel i ${planArgument}.`);
        }
        print(io, coverageOf(checked.plan, periodId, planComparisons(checked.plan)));
        return;
      }
      await withStorage(env, async (store) => {
        const stored = await requirePlan(store, planArgument);
        const values = [...planComparisons(stored), ...(await listComparisons(store, stored.id))];
        print(io, coverageOf(stored, periodId, values));
      });
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
