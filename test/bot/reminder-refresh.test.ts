// A reminder that stays true: it carries a Universal Actions refresh for its recipient, and once the
// report is in it shows "✔ Inskickad <tid>" with "Öppna rapporten" instead of "Rapportera nu".
import { VERBS } from "../../cards/verbs";
import { cardText, startBot, testUser, type BotHarness } from "../support/bot-harness";
import { actionsOf, invoke, type Card } from "../support/card-actions";
import { loadExamplePlan } from "../support/plans";
import { reportNorsjoT1 } from "../support/reports";

const admin = testUser(1, "Alex Admin", "admin@example.se");
const megan = testUser(2, "Megan Bowen", "megan.b@example.se");

describe("the reminder card's refresh", () => {
  let bot: BotHarness;
  let reminder: Card;
  beforeAll(async () => {
    bot = await startBot({
      users: [admin, megan],
      env: { BOT_ADMINS: "admin@example.se", BOT_LOCALE: "sv" },
      now: () => new Date("2025-05-12T09:00:00Z"),
    });
    await loadExamplePlan(bot, "norsjo-omsorg-2025.yaml");
    await bot.say(megan, "hjälp"); // megan's 1:1 chat is known, so the reminder reaches her
    await bot.say(admin, "påminn T1");
    await bot.app.services.reminders.idle();
    const sent = bot.connector
      .deliveredTo(megan.conversationId)
      .find((call) => cardText(call.body).includes("Rapportera nu"));
    const attachment = (sent?.body.attachments as { content: Card }[] | undefined)?.[0];
    if (!attachment) throw new Error("megan got no reminder");
    reminder = attachment.content;
  });
  afterAll(() => bot.close());

  test("when a reminder is sent, then it refreshes for its recipient alone, naming the units it asks for", () => {
    const refresh = reminder.refresh as { action: Card; userIds: string[] };
    expect(refresh.userIds).toEqual([megan.id]);
    expect(refresh.action).toMatchObject({
      type: "Action.Execute",
      verb: VERBS.reminderRefresh,
      data: {
        planId: "norsjo-omsorg-2025",
        periodId: "T1",
        unitIds: ["htj-norsjo", "htj-bastutrask"],
      },
    });
  });

  test("when it refreshes before the report is in, then it still asks for the report", async () => {
    const refresh = reminder.refresh as { action: { data: unknown } };
    const { card } = await invoke(bot, megan, VERBS.reminderRefresh, refresh.action.data);
    expect(cardText(card)).toContain("0 av 2 inskickade");
    expect(actionsOf({ body: card?.body }).map((a) => a.title)).toEqual([
      "Rapportera nu",
      "Rapportera nu",
    ]);
  });

  test("when it refreshes after the report is in, then it says when it was sent and opens the report", async () => {
    await reportNorsjoT1(bot);
    const refresh = reminder.refresh as { action: { data: unknown } };
    const { card } = await invoke(bot, megan, VERBS.reminderRefresh, refresh.action.data);
    const text = cardText(card);
    expect(text).toContain("✔ Inskickad: Tertial 1");
    expect(text).toMatch(
      /Hemtjänst Norsjö\n✔ Inskickad måndag 12 maj 2025 kl\. 11:00 av Megan Bowen/,
    );
    expect(text).not.toContain("Rapportera nu");
    const open = actionsOf({ body: card?.body });
    expect(open.map((a) => a.title)).toEqual(["Öppna rapporten", "Öppna rapporten"]);
    expect(open[0]).toMatchObject({ verb: VERBS.reportOpen, data: { unitId: "htj-norsjo" } });
    expect((card?.refresh as { userIds: string[] }).userIds).toEqual([megan.id]);
  });

  test("when someone else's reminder is refreshed by a person who does not report for its units, then it shows none of them", async () => {
    const outsider = testUser(9, "Olle Utomstående", "olle@example.se");
    const refresh = reminder.refresh as { action: { data: unknown } };
    const { card } = await invoke(bot, outsider, VERBS.reminderRefresh, refresh.action.data);
    expect(cardText(card)).not.toContain("Hemtjänst Norsjö");
  });
});
