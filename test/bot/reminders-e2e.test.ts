import type { BotHarness } from "../support/bot-harness";
import { BOT, TEAM, cardText, channelActivity, startBot, testUser } from "../support/bot-harness";
import { reachOf } from "../../services/people/reachability";
import { loadExamplePlan } from "../support/plans";
import { install } from "../support/reminder-harness";
import { FakeReportLedger } from "../support/report-ledger-fake";
import { RunningClock } from "../support/test-clocks";
import type { RecordedCall } from "../support/fake-connector";
import { VERBS } from "../../cards/verbs";
import { actionsOf, invoke, press } from "../services/reporting/report-fixtures";

const admin = testUser(1, "Agnes Admin", "admin@example.se");
const megan = testUser(2, "Megan Bowen", "megan.b@example.se");
const adele = testUser(3, "Adele Vance", "adele.v@example.se");
const PLAN = "norsjo-omsorg-2025";
// T1 2025 with the default calendar: opens Fri 2 May, deadline Fri 16 May; steps at 09:00 Swedish.
const OPENING = "2025-05-02T07:00:30Z";
const BEFORE_3 = "2025-05-13T07:00:30Z";
const DEADLINE = "2025-05-16T07:00:30Z";
const AFTER_2 = "2025-05-20T07:00:30Z";

function cardsTo(bot: BotHarness, conversationId: string): Record<string, unknown>[] {
  return bot.connector
    .deliveredTo(conversationId)
    .filter((call) => call.kind !== "update")
    .map(cardOf)
    .filter((card): card is Record<string, unknown> => card !== undefined);
}

function cardOf(call: RecordedCall): Record<string, unknown> | undefined {
  const attachments = call.body.attachments as { content?: Record<string, unknown> }[] | undefined;
  return attachments?.[0]?.content;
}

function reminders(bot: BotHarness, conversationId: string): string[] {
  return cardsTo(bot, conversationId)
    .map(cardText)
    .filter((text) => text.includes("Rapportera nu"));
}

/** The card's buttons (its refresh is an Action.Execute too, but no button). */
function actions(card: unknown): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      const record = node as Record<string, unknown>;
      if (record.type === "Action.Execute") found.push(record);
      Object.values(record).forEach(walk);
    }
  };
  walk((card as { body?: unknown } | undefined)?.body);
  return found;
}

describe("scheduled reminders through the bot", () => {
  let bot: BotHarness;
  const clock = new RunningClock(OPENING);
  const ledger = new FakeReportLedger();

  beforeAll(async () => {
    bot = await startBot({
      users: [admin, megan, adele],
      env: { BOT_ADMINS: "admin@example.se" },
      now: () => clock.now(),
      reportLedger: ledger,
    });
    await loadExamplePlan(bot, "norsjo-omsorg-2025.yaml");
    for (const user of [admin, megan, adele]) await install(bot, user);
  });
  afterAll(() => bot.close());

  test("when T1 opens, then megan.b gets one reminder in her 1:1 chat with her units, the deadline and a Rapportera nu button per unit", async () => {
    const result = await bot.app.services.reminders.runDue();
    expect(result).toMatchObject({ ran: true, due: 1, done: 1 });
    const texts = reminders(bot, megan.conversationId);
    expect(texts).toHaveLength(1);
    const text = texts[0] ?? "";
    expect(text).toContain("Dags att rapportera: Tertial 1");
    expect(text).toContain("Hej Megan Bowen!");
    expect(text).toContain("Hemtjänst Norsjö");
    expect(text).toContain("Hemtjänst Bastuträsk");
    expect(text).toContain("fredag 16 maj 2025");
    expect(text).toMatch(/14 dagar/);
    expect(text).toMatch(/punkter att rapportera/);
    const [card] = cardsTo(bot, megan.conversationId).filter((c) =>
      cardText(c).includes("Rapportera nu"),
    );
    const buttons = actions(card);
    expect(buttons.map((b) => b.data)).toEqual(
      expect.arrayContaining([
        { planId: PLAN, periodId: "T1", unitId: "htj-norsjo" },
        { planId: PLAN, periodId: "T1", unitId: "htj-bastutrask" },
      ]),
    );
    expect(buttons[0]).toMatchObject({
      verb: "report.open",
      title: "Rapportera nu",
      fallback: {
        type: "Action.Submit",
        data: { verb: "report.open", planId: PLAN, periodId: "T1" },
      },
    });
    // A second tick the same minute sends nothing again.
    await bot.app.services.reminders.runDue();
    expect(reminders(bot, megan.conversationId)).toHaveLength(1);
  });

  test("when a unit has submitted, then the later (missing) steps leave it out, and a person with nothing missing gets nothing", async () => {
    ledger.submit(PLAN, "T1", "htj-norsjo");
    clock.set(BEFORE_3);
    await bot.app.services.reminders.runDue();
    const texts = reminders(bot, megan.conversationId);
    expect(texts).toHaveLength(2);
    expect(texts[1]).toContain("Hemtjänst Bastuträsk");
    expect(texts[1]).not.toContain("Hemtjänst Norsjö");

    ledger.submit(PLAN, "T1", "htj-bastutrask");
    const adeleBefore = reminders(bot, adele.conversationId).length;
    clock.set(DEADLINE);
    await bot.app.services.reminders.runDue();
    expect(reminders(bot, megan.conversationId)).toHaveLength(2);
    expect(reminders(bot, adele.conversationId)).toHaveLength(adeleBefore + 1);
  });

  test("when the deadline has passed, then the missing get a reminder and the admins a digest of who is missing", async () => {
    clock.set(AFTER_2);
    await bot.app.services.reminders.runDue();
    const adeleTexts = reminders(bot, adele.conversationId);
    expect(adeleTexts[adeleTexts.length - 1]).toContain("Rapporten för Tertial 1 saknas");
    const digest = cardsTo(bot, admin.conversationId)
      .map(cardText)
      .find((text) => text.includes("Saknade rapporter"));
    expect(digest).toContain("Särskilt boende Norrgården");
    expect(digest).toContain("Rapportör: Adele Vance");
    expect(digest).not.toContain("Hemtjänst Norsjö");
  });
});

describe("reminders with the real reporting module", () => {
  let bot: BotHarness;
  const clock = new RunningClock(OPENING);

  beforeAll(async () => {
    bot = await startBot({
      users: [admin, megan],
      env: { BOT_ADMINS: "admin@example.se" },
      now: () => clock.now(),
    });
    await loadExamplePlan(bot, "norsjo-omsorg-2025.yaml");
    for (const user of [admin, megan]) await install(bot, user);
  });
  afterAll(() => bot.close());

  test("when megan.b presses Rapportera nu on the reminder and submits Hemtjänst Norsjö, then the next reminder asks only for Hemtjänst Bastuträsk", async () => {
    await bot.app.services.reminders.runDue();
    const [card] = cardsTo(bot, megan.conversationId).filter((c) =>
      cardText(c).includes("Rapportera nu"),
    );
    const norsjo = actionsOf(card).find((a) => a.data.unitId === "htj-norsjo");
    const opened = await invoke(bot, megan, norsjo!.verb, norsjo!.data);
    expect(cardText(opened.card)).toContain("Rapport Tertial 1: Hemtjänst Norsjö");
    const receipt = await press(bot, megan, opened.card, VERBS.reportSubmit, {
      "v:sjukfranvaro": "6,4",
      "v:budgetavvikelse": "0,2",
      "v:heltidsanstallda": "82",
      "s:fast-omsorgskontakt": "inProgress",
    });
    expect(cardText(receipt.card)).toContain("Rapporten är inskickad");

    clock.set(BEFORE_3);
    await bot.app.services.reminders.runDue();
    const texts = reminders(bot, megan.conversationId);
    expect(texts).toHaveLength(2);
    expect(texts[1]).toContain("Hemtjänst Bastuträsk");
    expect(texts[1]).not.toContain("Hemtjänst Norsjö");
  });
});

describe("reaching reporters who have not installed the app", () => {
  let bot: BotHarness;
  const clock = new RunningClock(OPENING);
  const isaiah = testUser(4, "Isaiah Langer", "isaiah.l@example.se");

  beforeAll(async () => {
    bot = await startBot({
      users: [admin, megan, adele, isaiah],
      env: { BOT_ADMINS: "admin@example.se" },
      now: () => clock.now(),
      reportLedger: new FakeReportLedger(),
    });
    await loadExamplePlan(bot, "norsjo-omsorg-2025.yaml");
    // The bot is added to the team; nobody has installed it for themselves.
    await bot.post({
      ...channelActivity(admin, bot.connector.url, ""),
      type: "conversationUpdate",
      membersAdded: [{ id: BOT.id }],
    });
  });
  afterAll(() => bot.close());

  test("when a reporter is in a team the bot is in, then the 1:1 chat is opened from the team's roster, the reminder goes there, and the chat is kept", async () => {
    await bot.app.services.reminders.runDue();
    const rosterReads = bot.connector.calls.filter((c) => c.kind === "members");
    expect(rosterReads.some((c) => c.path.includes(encodeURIComponent(TEAM.id)))).toBe(true);
    const opened = bot.connector.calls.filter((c) => c.kind === "createConversation");
    expect(opened.map((c) => (c.body.members as { id: string }[])[0]?.id).sort()).toEqual(
      [admin.id, megan.id, adele.id, isaiah.id].sort(),
    );
    for (const user of [megan, adele, isaiah]) {
      expect(reminders(bot, user.conversationId)).toHaveLength(1);
    }
    expect((await reachOf(bot.app.services.addressBook, "megan.b@example.se")).reach).toBe(
      "reachable",
    );

    clock.set(BEFORE_3);
    await bot.app.services.reminders.runDue();
    expect(bot.connector.calls.filter((c) => c.kind === "createConversation")).toHaveLength(4);
    expect(reminders(bot, megan.conversationId)).toHaveLength(2);
  });
});
