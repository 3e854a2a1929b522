// What `uppfoljning export` does, loaded only when it runs (export.ts declares it).
import { writeFile } from "node:fs/promises";
import { exportPeriod } from "../../services/summary/period-export";
import { CliExit, EXIT, type CliIo } from "../io";
import { withStorage, type Env } from "../with-storage";

export async function exportResults(
  io: CliIo,
  env: Env,
  planId: string,
  period: string,
  out: string,
): Promise<void> {
  if (!out.toLowerCase().endsWith(".xlsx"))
    throw new CliExit(EXIT.badInput, `Filen ska sluta på .xlsx: ${out}`);
  await withStorage(env, async (services) => {
    const file = await exportPeriod(services, planId, period);
    await writeFile(out, file.content);
    io.out(`Skrev ${out}: ${file.planName}, ${file.periodLabel} (${file.content.length} byte).`);
  });
}
