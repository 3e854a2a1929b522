// The real bot (createApp) for reminder tests, as bot-harness's startBot starts it, plus what the
// reminders need from a test: the clock, a ReportLedger to say who has submitted, and shorter
// claims and leases.
import { createApp, type AppOptions } from "../../bot/app";
import { loadConfig } from "../../services/config/config";
import { silentLogger } from "../../services/logging/logger";
import { createTableStore } from "../../services/storage/tables";
import type { BotHarness, TestUser } from "./bot-harness";
import { personalActivity } from "./bot-harness";
import { FakeConnector } from "./fake-connector";
import { testConnectionString, uniquePrefix } from "./storage";

export interface ReminderBotOptions {
  env?: Record<string, string>;
  users?: TestUser[];
  now?: () => Date;
  reportLedger?: AppOptions["reportLedger"];
  reminders?: AppOptions["reminders"];
}

export async function startReminderBot(options: ReminderBotOptions = {}): Promise<BotHarness> {
  const connector = await FakeConnector.start();
  for (const user of options.users ?? []) connector.addMember(user);
  const config = loadConfig({
    PORT: "0",
    STORAGE_CONNECTION_STRING: testConnectionString(),
    TABLE_PREFIX: uniquePrefix(),
    ...options.env,
  });
  const store = createTableStore({
    connectionString: testConnectionString(),
    prefix: config.storage.tablePrefix,
  });
  const app = createApp({
    config,
    logger: silentLogger,
    store,
    now: options.now,
    reportLedger: options.reportLedger,
    reminders: options.reminders,
  });
  const port = await app.listen("127.0.0.1");
  const url = `http://127.0.0.1:${port}/api/messages`;
  const post: BotHarness["post"] = async (activity, headers = {}) => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(activity),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  };
  return {
    app,
    url,
    connector,
    post,
    async say(user, text, extra = {}) {
      const { status, body } = await post({
        ...personalActivity(user, connector.url),
        type: "message",
        text,
        deliveryMode: "expectReplies",
        ...extra,
      });
      if (status !== 200) throw new Error(`bot answered ${status}: ${JSON.stringify(body)}`);
      return ((body as { activities?: unknown[] } | undefined)?.activities ?? []) as Awaited<
        ReturnType<BotHarness["say"]>
      >;
    },
    async close() {
      await app.close();
      await connector.stop();
    },
  };
}

/** Tells the bot the user installed it (their 1:1 chat): how reminders reach them. */
export async function install(bot: BotHarness, user: TestUser): Promise<void> {
  const { status } = await bot.post({
    ...personalActivity(user, bot.connector.url),
    type: "installationUpdate",
    action: "add",
  });
  if (status !== 200) throw new Error(`install answered ${status}`);
}
