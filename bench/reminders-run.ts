// One reminder fan-out for the reminders bench: fresh Azurite, fake connector answering after
// `latencyMs`, the real app; `påminn T1` by the admin; counts what the connector received.
import { createApp } from "../bot/app";
import { loadConfig } from "../services/config/config";
import { silentLogger } from "../services/logging/logger";
import type { RateLimits } from "../services/messaging";
import { clockStartingAt } from "../services/reminders";
import { startAzuriteTables } from "../services/storage/azurite";
import { createTableStore } from "../services/storage/tables";
import { FakeConnector, type RecordedCall } from "../test/support/fake-connector";
import { personalActivity, testUser } from "../test/support/bot-harness";
import { importGeneratedPlan, installReporters } from "../test/support/generated-plan";

// Wednesday 7 May 2025, 10:00 in Stockholm: T1 2025 is open.
const NOW = "2025-05-07T08:00:00Z";
const admin = testUser(1, "Agnes Admin", "admin@example.se");
const seconds = (ms: number) => (ms / 1000).toFixed(1);

export interface FanOutResult {
  latencyMs: number;
  sent: number;
  rate: number;
  share: number;
  throttled: number;
  duplicates: number;
  missing: number;
  firstAfterMs: number;
}

export async function fanOut(run: {
  recipients: number;
  latencyMs: number;
  limits: RateLimits;
}): Promise<FanOutResult> {
  const { recipients, latencyMs, limits } = run;
  const azurite = await startAzuriteTables({ inMemory: true, port: 0 });
  const connector = await FakeConnector.start();
  connector.addMember(admin);
  const config = loadConfig({
    PORT: "0",
    STORAGE_CONNECTION_STRING: azurite.connectionString,
    BOT_ADMINS: admin.userPrincipalName ?? "",
    MESSAGES_PER_SECOND: String(limits.perAppPerSecond),
    MESSAGES_PER_CHAT_PER_SECOND: String(limits.perConversationPerSecond),
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
    const plan = await importGeneratedPlan(store, recipients);
    await app.services.settings.setActivePlanId(plan.id, "bench");
    await installReporters(store, recipients, connector.url, 32);
    await post({
      ...personalActivity(admin, connector.url),
      type: "installationUpdate",
      action: "add",
    });
    // As `npm start` does: the scheduler runs, so this instance holds the lease when påminn comes.
    app.services.reminders.start();
    await app.services.reminders.runDue();

    connector.clear();
    connector.setLimits(limits);
    connector.setDelay(latencyMs);
    const isReminder = (c: RecordedCall) =>
      c.kind === "send" && c.status < 300 && c.conversationId !== admin.conversationId;
    const started = Date.now();
    await post({
      ...personalActivity(admin, connector.url),
      type: "message",
      text: "påminn T1",
      deliveryMode: "expectReplies",
    });
    let lastPrint = started;
    for (;;) {
      const done = connector.calls.some(
        (c) =>
          c.kind === "update" &&
          c.status < 300 &&
          JSON.stringify(c.body).includes("Klart: skickat"),
      );
      if (Date.now() - lastPrint >= 10_000 || done) {
        lastPrint = Date.now();
        const sent = connector.calls.filter(isReminder).length;
        console.log(
          `  ${seconds(Date.now() - started)} s: sent ${sent} of ${recipients}, throttled ${connector.throttled}`,
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
    const first = reminders[0]?.at ?? started;
    const last = reminders[reminders.length - 1]?.at ?? started;
    // The rate over the run: N messages take N − 1 gaps.
    const rate = (reminders.length - 1) / ((last - first) / 1000);
    return {
      latencyMs,
      sent: reminders.length,
      rate,
      share: rate / limits.perAppPerSecond,
      throttled: connector.throttled,
      duplicates: [...perChat.values()].filter((n) => n > 1).length,
      missing: recipients - perChat.size,
      firstAfterMs: first - started,
    };
  } finally {
    connector.setDelay(0);
    await app.close();
    await connector.stop();
    await azurite.stop();
  }
}
