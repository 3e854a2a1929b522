// `uppfoljning plan coverage <plan-fil|plan-id> <period>`: for every indicator × unit cell of a
// period, whether it can be judged, and if not which value is missing and who can add it. Only the
// arguments are declared here; the action loads its code when it runs (plan-coverage-action.ts).
import type { Command } from "commander";
import type { CliIo } from "../io";
import type { Env } from "../with-storage";

export function registerPlanCoverage(plan: Command, io: CliIo, env: Env): void {
  plan
    .command("coverage")
    .description(
      "Visa för varje indikator och enhet i en period om värdet kan bedömas, och vad som saknas.",
    )
    .argument("<plan>", "en planfil (.yaml/.xlsx) eller en inläst plans id")
    .argument("<period>", "periodens id, t.ex. T1, Q1, Helår, 2022-03")
    .action(async (planArgument: string, periodId: string) =>
      (await import("./plan-coverage-action")).showCoverage(io, env, planArgument, periodId),
    );
}
