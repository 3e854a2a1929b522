// `uppfoljning kolada hämta [plan-id]`: reads the Kolada figures a stored plan names (the active
// plan when none is given) and keeps them as comparison values with the date read. The action
// loads its code when it runs (kolada-action.ts).
import type { Command } from "commander";
import type { CliIo } from "../io";
import type { Env } from "../with-storage";

export function registerKoladaCommands(program: Command, io: CliIo, env: Env): void {
  const kolada = program.command("kolada").description("Kolada: jämförelsevärden ur Koladas API.");
  kolada
    .command("hämta")
    .alias("fetch")
    .description("Läs planens Kolada-värden och spara dem som jämförelsevärden.")
    .argument("[plan-id]", "planens id; utelämnat = den aktiva planen")
    .action(async (planId: string | undefined) =>
      (await import("./kolada-action")).fetchKolada(io, env, planId),
    );
}
