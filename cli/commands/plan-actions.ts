// What `uppfoljning plan …` does, loaded only when one of its subcommands runs (plan.ts declares
// them). `validate` loads no storage code, and Excel code only for a workbook.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { ImportError } from "../../services/plan/plan-file";
import { summaryLine } from "../../services/plan/plan-summary";
import { validatePlanFile } from "../../services/plan/validate-plan-file";
import { CliExit, EXIT, type CliIo } from "../io";
import type { Env } from "../with-storage";
import { readPlanFile } from "./plan-file-arg";

const ImportOptions = z.object({ actor: z.string().trim().min(1) });

const withStorage = async () => (await import("../with-storage")).withStorage;
const plans = () => import("../../services/plan");

export async function validatePlan(io: CliIo, file: string): Promise<void> {
  const result = await validatePlanFile(await readPlanFile(file));
  if (!result.ok) failWith(io, result.errors, `${result.errors.length} fel i ${file}.`);
  io.out(`OK: ${summaryLine(result.summary)}`);
  const { planWarnings } = await import("../../services/comparison");
  for (const warning of planWarnings(result.plan)) io.out(`Varning: ${warning}`);
}

export async function importPlanFile(
  io: CliIo,
  env: Env,
  file: string,
  rawOptions: unknown,
): Promise<void> {
  const options = ImportOptions.parse(rawOptions);
  const planFile = await readPlanFile(file);
  const { describeChanges } = await plans();
  const { carriedLine, importPlanCarrying } = await import("../../services/comparison");
  await (
    await withStorage()
  )(env, async ({ store, settings }) => {
    const result = await importPlanCarrying(store, planFile, { actor: options.actor });
    if (!result.ok)
      failWith(io, result.errors, `${result.errors.length} fel i ${file}: ingenting sparades.`);
    // As in chat: the plan imported last is the one the chat commands work on.
    await settings.setActivePlanId(result.plan.id, options.actor);
    io.out(`Inläst: ${summaryLine(result.summary)}`);
    for (const line of describeChanges(result.changes)) io.out(line);
    io.out(carriedLine(result));
    for (const warning of result.warnings) io.out(`Varning: ${warning}`);
    io.out(`Chattkommandona gäller nu ${result.plan.id}.`);
  });
}

export async function showPlan(io: CliIo, env: Env, planId: string): Promise<void> {
  const { planOutline, requirePlan } = await plans();
  await (
    await withStorage()
  )(env, async ({ store }) => {
    for (const line of planOutline(await requirePlan(store, planId))) io.out(line);
  });
}

export async function listStoredPlans(io: CliIo, env: Env): Promise<void> {
  const { listPlans } = await plans();
  await (
    await withStorage()
  )(env, async ({ store }) => {
    const stored = await listPlans(store);
    if (stored.length === 0) io.out("Inga planer är inlästa än.");
    for (const p of stored) {
      io.out(
        `${p.planId}\t${p.organisation}: ${p.name} (${p.year}), inläst ${p.importedAt.slice(0, 10)} av ${p.importedBy}`,
      );
    }
  });
}

export async function writeTemplate(io: CliIo, out: string): Promise<void> {
  const { writePlanTemplate } = await import("../../services/plan/excel/plan-template");
  await writeFile(out, await writePlanTemplate());
  io.out(`Mallen skrevs till ${out}.`);
}

export async function exportPlan(io: CliIo, env: Env, planId: string, out: string): Promise<void> {
  const extension = path.extname(out).toLowerCase();
  if (![".yaml", ".yml", ".xlsx"].includes(extension)) {
    throw new CliExit(EXIT.badInput, `Filen ${out} ska sluta på .yaml, .yml eller .xlsx.`);
  }
  const { requirePlan, writePlanWorkbook, writeYamlPlan } = await plans();
  await (
    await withStorage()
  )(env, async ({ store }) => {
    const stored = await requirePlan(store, planId);
    const content = extension === ".xlsx" ? await writePlanWorkbook(stored) : writeYamlPlan(stored);
    await writeFile(out, content);
    io.out(`Planen ${planId} skrevs till ${out}.`);
  });
}

function failWith(io: CliIo, errors: ImportError[], last: string): never {
  for (const error of errors) io.err(`${error.where}: ${error.message}`);
  throw new CliExit(EXIT.badInput, last);
}
