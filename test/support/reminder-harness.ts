// What reminder tests need beyond bot-harness's startBot (which takes the ledger and the shorter
// claims and leases): telling the bot that a person installed it.
import type { BotHarness, TestUser } from "./bot-harness";
import { personalActivity } from "./bot-harness";

/** Tells the bot the user installed it (their 1:1 chat): how reminders reach them. */
export async function install(bot: BotHarness, user: TestUser): Promise<void> {
  const { status } = await bot.post({
    ...personalActivity(user, bot.connector.url),
    type: "installationUpdate",
    action: "add",
  });
  if (status !== 200) throw new Error(`install answered ${status}`);
}
