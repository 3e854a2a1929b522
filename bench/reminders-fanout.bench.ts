// Reminder fan-out at scale: an admin writes `påminn T1` to the real bot (createApp, over HTTP) and
// 10 000 reporters, each with their own 1:1 chat, are reminded through the outbox and the Teams
// messenger against the fake Bot Connector, which enforces Teams' limits (30 messages a second for
// the app, 7 to one chat) and answers 429 to anything over them. Measures the time from `påminn`
// to the first reminder, the rate as a share of the limit, and counts throttled answers and
// duplicates (the aim: 95 % or better, 0 and 0). At 30 a second this takes about six minutes.
// `RECIPIENTS=2000 npm run bench reminders` for a shorter run.
import { createApp } from "../bot/app";
import { loadConfig } from "../services/config/config";
import { silentLogger } from "../services/logging/logger";
import { clockStartingAt } from "../services/reminders";
import { startAzuriteTables } from "../services/storage/azurite";
import { createTableStore } from "../services/storage/tables";
import { FakeConnector } from "../test/support/fake-connector";
import { personalActivity, testUser } from "../test/support/bot-harness";
import { importGeneratedPlan, installReporters } from "../test/support/generated-plan";

const RECIPIENTS = Number(process.env.RECIPIENTS ?? 10_000);
const LIMITS = { perAppPerSecond: 30, perConversationPerSecond: 7 };
const AIM = 0.95;
// Wednesday 7 May 2025, 10:00 in Stockholm: T1 2025 is open.
const NOW = "2025-05-07T08:00:00Z";

const admin = testUser(1, "Agnes Admin", "admin@example.se");
const seconds = (ms: number) => (ms / 1000).toFixed(1);

async function main(): Promise<void> {
  const azurite = await startAzuriteTables({ inMemory: true, port: 0 });
  const connector = await FakeConnector.start();
  connector.addMember(admin);
  const config = loadConfig({
    PORT: "0",
    STORAGE_CONNECTION_STRING: azurite.connectionString,
    BOT_ADMINS: admin.userPrincipalName ?? "",
    MESSAGES_PER_SECOND: String(LIMITS.perAppPerSecond),
    MESSAGES_PER_CHAT_PER_SECOND: String(LIMITS.perConversationPerSecond),
    LOG_LEVEL: "silent",
  });
  const store = createTableStore({ connectionString: azurite.connectionString });
  const app = createApp({ config, logger: silentLogger, store, now: clockStartingAt(NOW).now });
  try {
    const port = await app.listen("127.0.0.1");
    const url = `http://127.0.0.1:${port}/api/messages`;
    const post = async (activity: Record<string, unknown>) => {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(activity),
      });
      if (!response.ok) throw new Error(`bot answered ${response.status}`);
    };

    let started = Date.now();
    const plan = await importGeneratedPlan(store, RECIPIENTS);
    await app.services.settings.setActivePlanId(plan.id, "bench");
    await installReporters(store, RECIPIENTS, connector.url, 32);
    await post({
      ...personalActivity(admin, connector.url),
      type: "installationUpdate",
      action: "add",
    });
    console.log(
      `Set-up: a plan of ${RECIPIENTS} units, each with its reporter installed (${seconds(Date.now() - started)} s).`,
    );

    // As `npm start` does: the scheduler runs, so this instance holds the lease when påminn comes.
    app.services.reminders.start();
    await app.services.reminders.runDue();

    connector.clear();
    connector.setLimits(LIMITS);
    const isReminder = (c: { kind: string; conversationId?: string; status: number }) =>
      c.kind === "send" && c.status < 300 && c.conversationId !== admin.conversationId;
    started = Date.now();
    await post({
      ...personalActivity(admin, connector.url),
      type: "message",
      text: "påminn T1",
      deliveryMode: "expectReplies",
    });
    const answeredAt = Date.now();
    let firstAt: number | undefined;
    let lastPrint = started;
    for (;;) {
      const reminders = connector.calls.filter(isReminder);
      firstAt ??= reminders[0]?.at;
      const done = connector.calls.some(
        (c) => c.kind === "update" && JSON.stringify(c.body).includes("Klart: skickat"),
      );
      if (Date.now() - lastPrint >= 10_000 || done) {
        lastPrint = Date.now();
        const elapsed = (Date.now() - (firstAt ?? started)) / 1000;
        console.log(
          `  ${seconds(Date.now() - started)} s: sent ${reminders.length} of ${RECIPIENTS}` +
            ` (${(reminders.length / Math.max(elapsed, 0.001)).toFixed(1)}/s), throttled ${connector.throttled}`,
        );
      }
      if (done) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await app.services.reminders.idle();

    const reminders = connector.calls.filter(isReminder);
    const perChat = new Map<string, number>();
    for (const call of reminders) {
      perChat.set(call.conversationId ?? "", (perChat.get(call.conversationId ?? "") ?? 0) + 1);
    }
    const duplicates = [...perChat.values()].filter((n) => n > 1).length;
    const missing = RECIPIENTS - perChat.size;
    const first = reminders[0]?.at ?? started;
    const last = reminders[reminders.length - 1]?.at ?? started;
    // The rate over the run: N messages take N − 1 gaps.
    const rate = (reminders.length - 1) / ((last - first) / 1000);
    const updates = connector.calls.filter((c) => c.kind === "update" && c.status < 300).length;
    const allMessages = connector.calls.filter(
      (c) => ["send", "update"].includes(c.kind) && c.status < 300 && c.at >= first && c.at <= last,
    ).length;
    const share = rate / LIMITS.perAppPerSecond;
    console.log(
      `Recipients: ${RECIPIENTS}; limit ${LIMITS.perAppPerSecond}/s per app, ${LIMITS.perConversationPerSecond}/s per chat.`,
    );
    console.log(
      `påminn answered in ${answeredAt - started} ms; first reminder after ${first - started} ms.`,
    );
    console.log(
      `Reminders: ${reminders.length} in ${seconds(last - first)} s = ${rate.toFixed(2)}/s, ${(share * 100).toFixed(1)} % of the limit` +
        ` (${(((allMessages - 1) / ((last - first) / 1000) / LIMITS.perAppPerSecond) * 100).toFixed(1)} % with the ${updates} progress updates).`,
    );
    console.log(
      `Throttled (429): ${connector.throttled}. Duplicates: ${duplicates}. Missing: ${missing}.`,
    );
    if (share < AIM || connector.throttled > 0 || duplicates > 0 || missing > 0) {
      console.error(
        `Below the aim: ${(AIM * 100).toFixed(0)} % of the limit, no 429, no duplicate, none missing.`,
      );
      process.exitCode = 1;
    }
  } finally {
    await app.close();
    await connector.stop();
    await azurite.stop();
  }
}

void main();
