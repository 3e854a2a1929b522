// Two scheduler processes against the same tables, as when the bot is scaled out: the lease lets
// one of them run the tick, and each due reminder goes out once. When the one sending is stopped
// (SIGTERM, as a deploy does), it finishes what it has on its way, lets the lease go, and the
// other takes over the rest at once.
import { FakeConnector } from "../../support/fake-connector";
import { importGeneratedPlan, installReporters } from "../../support/generated-plan";
import { spawnReminderRunner, type RunnerProcess } from "../../support/spawn-reminder-runner";
import { testConnectionString, testTableStore, uniquePrefix } from "../../support/storage";
import { OrganisationSettings } from "../../../services/settings/organisation-settings";
import { AuditLog } from "../../../services/audit/audit-log";
import { cardText } from "../../support/bot-harness";

const RECIPIENTS = 300;

jest.setTimeout(60_000);

describe("two scheduler processes", () => {
  let connector: FakeConnector;
  const running: RunnerProcess[] = [];
  afterAll(async () => {
    for (const runner of running) runner.child.kill("SIGKILL");
    await connector?.stop();
  });

  test("when both run the tick on the same tables and the sending one is stopped half-way, then the other takes over and every due reminder goes out exactly once", async () => {
    const prefix = uniquePrefix();
    const store = testTableStore(prefix);
    connector = await FakeConnector.start({
      limits: { perAppPerSecond: 150, perConversationPerSecond: 7 },
    });
    const plan = await importGeneratedPlan(store, RECIPIENTS);
    await new OrganisationSettings(store, new AuditLog(store)).setActivePlanId(plan.id, "test");
    const users = await installReporters(store, RECIPIENTS, connector.url);
    const env = {
      STORAGE_CONNECTION_STRING: testConnectionString(),
      TABLE_PREFIX: prefix,
      BOT_CLOCK_START: "2025-05-02T07:00:05Z",
      MESSAGES_PER_SECOND: "100",
      SENDER_CONCURRENCY: "8",
      CLAIM_TTL_MS: "10000",
      LEASE_TTL_MS: "10000",
    };
    const a = spawnReminderRunner(env);
    const b = spawnReminderRunner(env);
    running.push(a, b);
    // The one that is turned away names the other as the lease's holder.
    const turnedAway = (runner: RunnerProcess) =>
      runner.events.some((e) => e.event === "tick" && e.ran === false && e.holder !== undefined);
    const deadline = Date.now() + 30_000;
    while (!turnedAway(a) && !turnedAway(b)) {
      if (Date.now() > deadline)
        throw new Error(`no tick was turned away:\n${a.output()}\n${b.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const other = turnedAway(a) ? a : b;
    const holder = other === a ? b : a;
    await connector.waitFor((calls) => calls.length >= 100, 30_000);
    holder.child.kill("SIGTERM");
    expect(await holder.exited).toBe(0);
    expect(holder.events.at(-1)).toMatchObject({ event: "stopped" });
    const sentByHolder = connector.delivered.length;
    expect(sentByHolder).toBeLessThan(RECIPIENTS);

    expect(await other.exited).toBe(0);
    expect(other.events.at(-1)).toMatchObject({ event: "finished" });

    const perUser = new Map<string, number>();
    for (const call of connector.delivered) {
      if (call.kind === "send" && cardText(call.body).includes("Rapportera nu")) {
        perUser.set(call.conversationId ?? "", (perUser.get(call.conversationId ?? "") ?? 0) + 1);
      }
    }
    expect(users.map((user) => perUser.get(user.conversationId) ?? 0)).toEqual(users.map(() => 1));
    expect(connector.throttled).toBe(0);
  });
});
