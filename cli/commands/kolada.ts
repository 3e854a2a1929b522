// `uppfoljning kolada hämta [plan-id]`: reads the Kolada figures a stored plan names (the active
// plan when none is given) and keeps them as comparison values with the date read.
import type { Command } from "commander";
import { withStorage, type Env } from "../with-storage";
import { AuditLog } from "../../services/audit/audit-log";
import { createKoladaClient, readKolada } from "../../services/kolada";
import { requirePlan } from "../../services/plan";
import { OrganisationSettings } from "../../services/settings/organisation-settings";
import { CliExit, EXIT, type CliIo } from "../io";

export function registerKoladaCommands(program: Command, io: CliIo, env: Env): void {
  const kolada = program.command("kolada").description("Kolada: jämförelsevärden ur Koladas API.");
  kolada
    .command("hämta")
    .alias("fetch")
    .description("Läs planens Kolada-värden och spara dem som jämförelsevärden.")
    .argument("[plan-id]", "planens id; utelämnat = den aktiva planen")
    .action(async (planId: string | undefined) => {
      await withStorage(env, async (store, config) => {
        const id =
          planId ?? (await new OrganisationSettings(store, new AuditLog(store)).getActivePlanId());
        if (!id) throw new CliExit(EXIT.badInput, "Ingen plan är inläst än. Ange planens id.");
        const plan = await requirePlan(store, id);
        const client = createKoladaClient({ baseUrl: config.kolada.apiUrl });
        const result = await readKolada(store, plan, client);
        io.out(`${result.read} värden lästes från Kolada för ${plan.id} (Källa: Kolada).`);
        for (const note of result.notes) io.out(`Obs: ${note}`);
      });
    });
}
