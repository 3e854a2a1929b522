// Loads an example plan into a test bot's storage and makes it the active plan, as `importera plan` does.
import fs from "node:fs";
import path from "node:path";
import { importPlan, type Plan } from "../../services/plan";
import type { BotHarness } from "./bot-harness";

const examples = path.resolve(__dirname, "..", "..", "plans", "examples");

export async function loadExamplePlan(bot: BotHarness, fileName: string): Promise<Plan> {
  const content = fs.readFileSync(path.join(examples, fileName));
  const result = await importPlan(bot.app.services.store, { fileName, content }, { actor: "test" });
  if (!result.ok)
    throw new Error(`example plan ${fileName} did not import: ${JSON.stringify(result.errors)}`);
  await bot.app.services.settings.setActivePlanId(result.plan.id, "test");
  return result.plan;
}

/**
 * Norsjö's example plan with sjukfrånvaro reported by HR for every unit, as seed 003 says, and any
 * more lines for the indicator (`breakdown: { by: [sex] }`).
 */
export function norsjoWithHrSickLeave(...more: string[]): Buffer {
  const text = fs.readFileSync(path.join(examples, "norsjo-omsorg-2025.yaml"), "utf8");
  const marker = "            reporter: HR\n          - id: budgetavvikelse";
  if (!text.includes(marker)) throw new Error("the Norsjö plan's sjukfrånvaro has moved");
  const lines = ["reporterRole: HR", ...more].map((line) => `            ${line}\n`).join("");
  return Buffer.from(
    text.replace(marker, `            reporter: HR\n${lines}          - id: budgetavvikelse`),
  );
}
