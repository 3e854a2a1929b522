// A sender killed with SIGKILL in the middle of a 2 000-recipient run, then started again: every
// recipient gets exactly one reminder. The kill lands while sends are on their way to Teams and not
// yet accepted (they hang, then fail): those rows' claims run out and they are sent after the
// restart; everything Teams had accepted before was marked sent and is not sent again.
// (The one moment no sender can cover, between Teams accepting a message and the sender writing
// it down, is described in docs/reminders.md.)
import { FakeConnector } from "../../support/fake-connector";
import { importGeneratedPlan, installReporters } from "../../support/generated-plan";
import { spawnReminderRunner, type RunnerProcess } from "../../support/spawn-reminder-runner";
import { testConnectionString, testTableStore, uniquePrefix } from "../../support/storage";
import { OrganisationSettings } from "../../../services/settings/organisation-settings";
import { AuditLog } from "../../../services/audit/audit-log";
import { cardText } from "../../support/bot-harness";

const RECIPIENTS = 2000;
const CONCURRENCY = 8;

jest.setTimeout(180_000);

describe("a sender killed in the middle of a run", () => {
  let connector: FakeConnector;
  const running: RunnerProcess[] = [];
  afterAll(async () => {
    for (const runner of running) runner.child.kill("SIGKILL");
    await connector?.stop();
  });

  test("when it is killed with SIGKILL after 800 of 2 000 and started again, then every recipient got exactly one reminder", async () => {
    const t0 = Date.now();
    const prefix = uniquePrefix();
    const store = testTableStore(prefix);
    connector = await FakeConnector.start();
    const plan = await importGeneratedPlan(store, RECIPIENTS);
    await new OrganisationSettings(store, new AuditLog(store)).setActivePlanId(plan.id, "test");
    const users = await installReporters(store, RECIPIENTS, connector.url);
    if (process.env.PEEK) console.log("setup", Date.now() - t0);

    // After 800 deliveries every further send hangs for five seconds and then fails. The kill comes
    // a second and a half into the hang: by then every reminder Teams accepted has been written down
    // (a write takes milliseconds), and whatever the senders took next is on its way, not accepted.
    // (Counting "hanging" sends up to the sender's concurrency is not enough: between two passes
    // over the outbox fewer workers are busy, and a send accepted just before the kill would be
    // the unavoidable case above, not a lost write.)
    let accepted = 0;
    let killed = false;
    const hangs: number[] = [];
    connector.failNext(RECIPIENTS, {
      status: 503,
      delayMs: 5_000,
      match: (call) => {
        if (call.kind !== "send" || killed) return false;
        if (hangs.length === 0 && accepted < 800) {
          accepted += 1;
          return false;
        }
        hangs.push(Date.now());
        return true;
      },
    });
    const env = {
      STORAGE_CONNECTION_STRING: testConnectionString(),
      TABLE_PREFIX: prefix,
      // T1 2025 opens Friday 2 May at 09:00 Swedish time.
      BOT_CLOCK_START: "2025-05-02T07:00:05Z",
      MESSAGES_PER_SECOND: "1000",
      SENDER_CONCURRENCY: String(CONCURRENCY),
      CLAIM_TTL_MS: "3000",
      LEASE_TTL_MS: "3000",
    };
    const clockStart = Date.parse(env.BOT_CLOCK_START);
    const spawnedAt = Date.now();
    const first = spawnReminderRunner(env);
    running.push(first);
    const deadline = Date.now() + 60_000;
    while (Date.now() - (hangs[0] ?? Date.now()) < 1_500) {
      if (Date.now() > deadline || first.child.exitCode !== null) {
        throw new Error(`never got to the kill:\n${first.output()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    if (process.env.PEEK) console.log("kill", Date.now() - t0);
    killed = true;
    first.child.kill("SIGKILL");
    expect(await first.exited).toBeNull();
    expect(hangs.length).toBeGreaterThan(0);
    expect(hangs.length).toBeLessThanOrEqual(CONCURRENCY);
    await connector.waitFor(
      (calls) => calls.filter((c) => c.status === 503).length === hangs.length,
      10_000,
    );
    const beforeRestart = connector.delivered.length;
    expect(beforeRestart).toBe(800);
    expect(beforeRestart).toBeLessThan(RECIPIENTS);

    // Started again where the clock had got to (BOT_CLOCK_START would start it over).
    const second = spawnReminderRunner({
      ...env,
      BOT_CLOCK_START: new Date(clockStart + Date.now() - spawnedAt).toISOString(),
    });
    running.push(second);
    expect(await second.exited).toBe(0);
    if (process.env.PEEK)
      console.log("second", Date.now() - t0, second.output().split("\n").length);

    const perUser = new Map<string, number>();
    for (const call of connector.delivered) {
      if (call.kind === "send" && cardText(call.body).includes("Rapportera nu")) {
        perUser.set(call.conversationId ?? "", (perUser.get(call.conversationId ?? "") ?? 0) + 1);
      }
    }
    const counts = users.map((user) => perUser.get(user.conversationId) ?? 0);
    expect(counts.filter((n) => n === 0)).toHaveLength(0);
    expect(counts.filter((n) => n > 1)).toHaveLength(0);
    expect(connector.delivered).toHaveLength(RECIPIENTS);
  });
});
