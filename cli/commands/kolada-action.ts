// What `uppfoljning kolada hämta` does, loaded only when it runs (kolada.ts declares it).
import { withStorage, type Env } from "../with-storage";
import { readKolada } from "../../services/kolada";
import { requirePlan } from "../../services/plan";
import { CliExit, EXIT, type CliIo } from "../io";

export async function fetchKolada(io: CliIo, env: Env, planId: string | undefined): Promise<void> {
  await withStorage(env, async ({ store, settings, kolada }) => {
    const id = planId ?? (await settings.getActivePlanId());
    if (!id) throw new CliExit(EXIT.badInput, "Ingen plan är inläst än. Ange planens id.");
    const plan = await requirePlan(store, id);
    const result = await readKolada(store, plan, kolada);
    io.out(`${result.read} värden lästes från Kolada för ${plan.id} (Källa: Kolada).`);
    for (const note of result.notes) io.out(`Obs: ${note}`);
  });
}
