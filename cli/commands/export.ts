// `uppfoljning export <plan> <period> <out.xlsx>`: the period's results as a workbook for the board
// report, the same file an admin gets with `exportera <period>` in chat. Its code (storage, Excel)
// is loaded when it runs (export-action.ts).
import type { Command } from "commander";
import type { CliIo } from "../io";
import type { Env } from "../with-storage";

export function registerExportCommand(program: Command, io: CliIo, env: Env): void {
  program
    .command("export")
    .description(
      "Skriv en periods resultat till en Excel-fil (sammanställning, ett blad per målområde).",
    )
    .argument("<plan-id>", "planens id, t.ex. norsjo-omsorg-2025")
    .argument("<period>", "perioden, t.ex. T1")
    .argument("<ut.xlsx>", "filen som skrivs")
    .action(async (planId: string, period: string, out: string) =>
      (await import("./export-action")).exportResults(io, env, planId, period, out),
    );
}
