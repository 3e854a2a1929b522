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
