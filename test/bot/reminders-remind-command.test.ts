import type { BotHarness } from "../support/bot-harness";
import { cardText, startBot, testUser } from "../support/bot-harness";
import {
  importGeneratedPlan,
  installReporters,
  GENERATED_PLAN_ID,
} from "../support/generated-plan";
import { install } from "../support/reminder-harness";
import { FakeReportLedger } from "../support/report-ledger-fake";
import { RunningClock } from "../support/test-clocks";
import type { TestUser } from "../support/bot-harness";
import { reachOf } from "../../services/people/reachability";

const admin = testUser(1, "Agnes Admin", "admin@example.se");
const reporterOnly = testUser(2, "Rita Rapportör", "rapportor.0@example.se");
const UNITS = 60;
// Wednesday 7 May 2025, 10:00 in Stockholm: T1 is open.
const NOW = "2025-05-07T08:00:00Z";

function remindersTo(bot: BotHarness, user: TestUser) {
  return bot.connector
    .deliveredTo(user.conversationId)
    .filter((call) => call.kind === "send" && cardText(call.body).includes("Rapportera nu"));
}

describe("påminn <period>", () => {
  let bot: BotHarness;
  let users: TestUser[];
  const ledger = new FakeReportLedger();
  const clock = new RunningClock(NOW);

  beforeAll(async () => {
    bot = await startBot({
      users: [admin],
      env: { BOT_ADMINS: "admin@example.se" },
      now: () => clock.now(),
      reportLedger: ledger,
      reminders: { sender: { progressEveryMs: 300 } },
    });
    const plan = await importGeneratedPlan(bot.app.services.store, UNITS);
    await bot.app.services.settings.setActivePlanId(plan.id, "test");
    users = await installReporters(bot.app.services.store, UNITS, bot.connector.url);
    await install(bot, admin);
    ledger.submit(GENERATED_PLAN_ID, "T1", "enhet-1");
    ledger.submit(GENERATED_PLAN_ID, "T1", "enhet-2");
  });
  afterAll(() => bot.close());

  test("when a reporter who is not an admin tries it, then they are refused and nothing is sent", async () => {
    const [reply] = await bot.say(reporterOnly, "påminn T1");
    expect(reply?.text).toContain("kan bara administratörer använda");
  });

  test("when an admin reminds while Teams enforces its limits, one person is throttled and one refuses, then everyone else gets exactly one reminder, Retry-After is waited out, the refusal is listed, and the progress message counts in place", async () => {
    const throttledUser = users[10] as TestUser;
    const blockedUser = users[20] as TestUser;
    bot.connector.setLimits({ perConversationPerSecond: 7, perAppPerSecond: 30 });
    bot.connector.failNext(1, {
      status: 429,
      retryAfterSeconds: 1,
      match: (call) => call.kind === "send" && call.conversationId === throttledUser.conversationId,
    });
    bot.connector.failNext(1, {
      status: 403,
      match: (call) => call.kind === "send" && call.conversationId === blockedUser.conversationId,
    });

    const replies = await bot.say(admin, "påminn T1");
    expect(replies).toEqual([]);
    await bot.app.services.reminders.idle();

    // Everyone who has not reported got one, and only one; those who reported got none.
    const counts = users.map((user) => remindersTo(bot, user).length);
    expect(counts[1]).toBe(0);
    expect(counts[2]).toBe(0);
    expect(counts[20]).toBe(0);
    expect(counts.filter((n) => n === 1)).toHaveLength(UNITS - 3);
    expect(Math.max(...counts)).toBe(1);
    // Teams never had to throttle us beyond the one injected 429.
    expect(bot.connector.throttled).toBe(0);
    // Retry-After was waited out: the throttled person's next try came a second later, and in
    // that second only what was already on its way reached Teams (at most one per sender).
    const calls = bot.connector.calls.filter((c) => ["send", "update"].includes(c.kind));
    const refused = calls.find((c) => c.status === 429);
    const retried = calls.find(
      (c) => c.conversationId === throttledUser.conversationId && c.at > refused!.at,
    );
    expect(retried!.at - refused!.at).toBeGreaterThanOrEqual(1000);
    const during = calls.filter((c) => c.at > refused!.at && c.at < refused!.at + 1000);
    expect(during.length).toBeLessThanOrEqual(16);

    // The blocked person is marked unreachable in the address book.
    expect(
      (await reachOf(bot.app.services.addressBook, blockedUser.userPrincipalName!)).reach,
    ).toBe("blocked");

    // The progress message: sent once, then updated in place, ending with the count.
    const toAdmin = bot.connector.deliveredTo(admin.conversationId);
    const progress = toAdmin.filter(
      (c) => c.kind === "send" && cardText(c.body).includes("Påminnelser: T1"),
    );
    expect(progress).toHaveLength(1);
    const updates = toAdmin.filter((c) => c.kind === "update");
    expect(updates.length).toBeGreaterThanOrEqual(2);
    expect(new Set(updates.map((u) => u.activityId)).size).toBe(1);
    expect(cardText(updates[0]?.body)).toMatch(/Skickat \d+ av 58/);
    const final = cardText(updates[updates.length - 1]?.body);
    expect(final).toContain("Klart: skickat 57 av 58.");
    expect(final).toMatch(/Har redan rapporterat\n2/);
    expect(final).toMatch(/Kunde inte nås\n1/);
    expect(final).toMatch(/Misslyckades\n0/);
    expect(final).toContain("Rapportör 20: Teams nekade");
  });

  test("when the admin reminds again the same day (in English), then nobody already reminded is reminded again, and the count is in English", async () => {
    const before = bot.connector.delivered.filter((c) => c.kind === "send").length;
    await bot.say(admin, "remind tertial 1");
    await bot.app.services.reminders.idle();
    const sends = bot.connector.delivered.filter((c) => c.kind === "send");
    // Only the new progress message went out.
    expect(sends.length).toBe(before + 1);
    const updates = bot.connector
      .deliveredTo(admin.conversationId)
      .filter((c) => c.kind === "update");
    const final = cardText(updates[updates.length - 1]?.body);
    expect(final).toContain("Done: sent 0 of 1.");
    expect(final).toMatch(/Already reminded today\n57/);
    expect(final).toContain("Rapportör 20: Teams refused");
  });

  test("when every unit has reported, then the admin is told there is nobody to remind", async () => {
    for (let i = 0; i < UNITS; i += 1) ledger.submit(GENERATED_PLAN_ID, "T1", `enhet-${i}`);
    const [reply] = await bot.say(admin, "påminn T1");
    expect(reply?.text).toContain("Ingen att påminna för T1 2025");
  });

  test("when the period is unknown, then the admin is told which periods there are", async () => {
    const [reply] = await bot.say(admin, "påminn Q9");
    expect(reply?.text).toContain("finns inte i planen");
  });
});
