// `uppfoljning plan …`: check a plan file, import it into the configured storage, show a stored
// plan, list plans, write the Excel template, and export a stored plan to start next year's.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { Command } from "commander";
import { z } from "zod";
import { withStorage } from "../with-storage";
import { AuditLog } from "../../services/audit/audit-log";
import { OrganisationSettings } from "../../services/settings/organisation-settings";
import {
  describeChanges,
  listPlans,
  planOutline,
  requirePlan,
  summaryLine,
  validatePlanFile,
  writePlanTemplate,
  writePlanWorkbook,
  writeYamlPlan,
  type ImportError,
} from "../../services/plan";
import { carriedLine, importPlanCarrying, planWarnings } from "../../services/comparison";
import { CliExit, EXIT, type CliIo } from "../io";
import { readPlanFile } from "./plan-file-arg";
import { registerPlanCoverage } from "./plan-coverage";

export type Env = Record<string, string | undefined>;

const ImportOptions = z.object({ actor: z.string().trim().min(1) });

export function registerPlanCommands(program: Command, io: CliIo, env: Env): void {
  const plan = program
    .command("plan")
    .description("Verksamhetsplaner: kontrollera, läs in, visa, mall.");

  plan
    .command("validate")
    .description("Kontrollera en planfil (.yaml eller .xlsx) utan att spara den.")
    .argument("<fil>", "planfilen")
    .action(async (file: string) => {
      const result = await validatePlanFile(await readPlanFile(file));
      if (!result.ok) failWith(io, result.errors, `${result.errors.length} fel i ${file}.`);
      io.out(`OK: ${summaryLine(result.summary)}`);
      for (const warning of planWarnings(result.plan)) io.out(`Varning: ${warning}`);
    });

  plan
    .command("import")
    .description("Läs in en planfil i lagringen; en plan med samma id uppdateras.")
    .argument("<fil>", "planfilen")
    .option("--actor <upn>", "vem som läser in planen (sparas med planen)", "cli")
    .action(async (file: string, rawOptions: unknown) => {
      const options = ImportOptions.parse(rawOptions);
      const planFile = await readPlanFile(file);
      await withStorage(env, async (store) => {
        const result = await importPlanCarrying(store, planFile, { actor: options.actor });
        if (!result.ok)
          failWith(io, result.errors, `${result.errors.length} fel i ${file}: ingenting sparades.`);
        // As in chat: the plan imported last is the one the chat commands work on.
        await new OrganisationSettings(store, new AuditLog(store)).setActivePlanId(
          result.plan.id,
          options.actor,
        );
        io.out(`Inläst: ${summaryLine(result.summary)}`);
        for (const line of describeChanges(result.changes)) io.out(line);
        io.out(carriedLine(result));
        for (const warning of result.warnings) io.out(`Varning: ${warning}`);
        io.out(`Chattkommandona gäller nu ${result.plan.id}.`);
      });
    });

  plan
    .command("show")
    .description("Visa en sparad plan som en översikt.")
    .argument("<plan-id>", "planens id, t.ex. norsjo-omsorg-2025")
    .action(async (planId: string) => {
      await withStorage(env, async (store) => {
        for (const line of planOutline(await requirePlan(store, planId))) io.out(line);
      });
    });

  plan
    .command("list")
    .description("Lista de sparade planerna.")
    .action(async () => {
      await withStorage(env, async (store) => {
        const plans = await listPlans(store);
        if (plans.length === 0) io.out("Inga planer är inlästa än.");
        for (const p of plans) {
          io.out(
            `${p.planId}\t${p.organisation}: ${p.name} (${p.year}), inläst ${p.importedAt.slice(0, 10)} av ${p.importedBy}`,
          );
        }
      });
    });

  plan
    .command("template")
    .description("Skriv Excel-mallen för en plan, med instruktioner och en exempelrad per blad.")
    .argument("<ut.xlsx>", "filen att skriva")
    .action(async (out: string) => {
      await writeFile(out, await writePlanTemplate());
      io.out(`Mallen skrevs till ${out}.`);
    });

  plan
    .command("export")
    .description(
      "Skriv en sparad plan till en fil (.yaml eller .xlsx), t.ex. som start på nästa års plan.",
    )
    .argument("<plan-id>", "planens id")
    .argument("<ut>", "filen att skriva: .yaml, .yml eller .xlsx")
    .action(async (planId: string, out: string) => {
      const extension = path.extname(out).toLowerCase();
      if (![".yaml", ".yml", ".xlsx"].includes(extension)) {
        throw new CliExit(EXIT.badInput, `Filen ${out} ska sluta på .yaml, .yml eller .xlsx.`);
      }
      await withStorage(env, async (store) => {
        const stored = await requirePlan(store, planId);
        const content =
          extension === ".xlsx" ? await writePlanWorkbook(stored) : writeYamlPlan(stored);
        await writeFile(out, content);
        io.out(`Planen ${planId} skrevs till ${out}.`);
      });
    });

  registerPlanCoverage(plan, io, env);
}

function failWith(io: CliIo, errors: ImportError[], last: string): never {
  for (const error of errors) io.err(`${error.where}: ${error.message}`);
  throw new CliExit(EXIT.badInput, last);
}
