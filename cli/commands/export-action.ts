// `uppfoljning export <plan> <period> <out.xlsx>`: the period's results as a workbook for the board
// report, the same file an admin gets with `exportera <period>` in chat.
import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { parseWorkingHours } from "../../services/calendar";
import { AuditLog } from "../../services/audit/audit-log";
import { exportPeriod } from "../../services/summary/period-export";
import { CliExit, EXIT, type CliIo } from "../io";
import { withStorage, type Env } from "../with-storage";

export function registerExportCommand(program: Command, io: CliIo, env: Env): void {
  program
    .command("export")
    .description(
      "Skriv en periods resultat till en Excel-fil (sammanställning, ett blad per målområde).",
    )
    .argument("<plan-id>", "planens id, t.ex. norsjo-omsorg-2025")
    .argument("<period>", "perioden, t.ex. T1")
    .argument("<ut.xlsx>", "filen som skrivs")
    .action(async (planId: string, period: string, out: string) => {
      if (!out.toLowerCase().endsWith(".xlsx"))
        throw new CliExit(EXIT.badInput, `Filen ska sluta på .xlsx: ${out}`);
      await withStorage(env, async (store, config) => {
        const file = await exportPeriod(
          {
            store,
            audit: new AuditLog(store),
            workingHours: parseWorkingHours({ timeZone: config.timeZone }),
            now: () => new Date(),
          },
          planId,
          period,
        );
        await writeFile(out, file.content);
        io.out(
          `Skrev ${out}: ${file.planName}, ${file.periodLabel} (${file.content.length} byte).`,
        );
      });
    });
}
