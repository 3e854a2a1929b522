// What `uppfoljning kolada hämta` does, loaded only when it runs (kolada.ts declares it).
import { withStorage, type Env } from "../with-storage";
import { AuditLog } from "../../services/audit/audit-log";
import { createKoladaClient, readKolada } from "../../services/kolada";
import { requirePlan } from "../../services/plan";
import { OrganisationSettings } from "../../services/settings/organisation-settings";
import { CliExit, EXIT, type CliIo } from "../io";

export async function fetchKolada(io: CliIo, env: Env, planId: string | undefined): Promise<void> {
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
}
