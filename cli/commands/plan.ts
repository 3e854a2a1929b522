// `uppfoljning plan …`: check a plan file, import it into the configured storage, show a stored
// plan, list plans, write the Excel template, and export a stored plan to start next year's.
// Only the arguments are declared here; each action loads its code when it runs
// (plan-actions.ts), so `--help` and `plan validate` never load storage or Excel code they do not use.
import type { Command } from "commander";
import type { CliIo } from "../io";
import type { Env } from "../with-storage";
import { registerPlanCoverage } from "./plan-coverage";

const actions = () => import("./plan-actions");

export function registerPlanCommands(program: Command, io: CliIo, env: Env): void {
  const plan = program
    .command("plan")
    .description("Verksamhetsplaner: kontrollera, läs in, visa, mall.");

  plan
    .command("validate")
    .description("Kontrollera en planfil (.yaml eller .xlsx) utan att spara den.")
    .argument("<fil>", "planfilen")
    .action(async (file: string) => (await actions()).validatePlan(io, file));

  plan
    .command("import")
    .description("Läs in en planfil i lagringen; en plan med samma id uppdateras.")
    .argument("<fil>", "planfilen")
    .option("--actor <upn>", "vem som läser in planen (sparas med planen)", "cli")
    .action(async (file: string, rawOptions: unknown) =>
      (await actions()).importPlanFile(io, env, file, rawOptions),
    );

  plan
    .command("show")
    .description("Visa en sparad plan som en översikt.")
    .argument("<plan-id>", "planens id, t.ex. norsjo-omsorg-2025")
    .action(async (planId: string) => (await actions()).showPlan(io, env, planId));

  plan
    .command("list")
    .description("Lista de sparade planerna.")
    .action(async () => (await actions()).listStoredPlans(io, env));

  plan
    .command("template")
    .description("Skriv Excel-mallen för en plan, med instruktioner och en exempelrad per blad.")
    .argument("<ut.xlsx>", "filen att skriva")
    .action(async (out: string) => (await actions()).writeTemplate(io, out));

  plan
    .command("export")
    .description(
      "Skriv en sparad plan till en fil (.yaml eller .xlsx), t.ex. som start på nästa års plan.",
    )
    .argument("<plan-id>", "planens id")
    .argument("<ut>", "filen att skriva: .yaml, .yml eller .xlsx")
    .action(async (planId: string, out: string) =>
      (await actions()).exportPlan(io, env, planId, out),
    );

  registerPlanCoverage(plan, io, env);
}
