// What leadership reads on the overview, and what the bot says around it: goal areas by name with
// their activities, the previous period by the plan's order, counts in the right number, the channel
// by its name, and no offer to make the leadership channel what it already is.
import { VERBS } from "../../cards/verbs";
import {
  BOT,
  CHANNEL,
  TEAM,
  TENANT,
  cardText,
  channelActivity,
  startBot,
  testUser,
  type BotHarness,
} from "../support/bot-harness";
import { invoke } from "../support/card-actions";
import { loadExamplePlan } from "../support/plans";
import { reportNorsjoT1 } from "../support/reports";

const admin = testUser(1, "Alex Admin", "admin@example.se");
const PLAN = "norsjo-omsorg-2025";
const duringT1 = () => new Date("2025-05-12T09:00:00Z");

async function overviewText(bot: BotHarness): Promise<string> {
  const { card } = await invoke(bot, admin, VERBS.summaryOverview, {
    planId: PLAN,
    periodId: "T1",
  });
  return cardText(card);
}

describe("the overview of Norsjö T1", () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({
      users: [admin],
      env: { BOT_ADMINS: "admin@example.se", BOT_LOCALE: "sv" },
      now: duringT1,
    });
    await loadExamplePlan(bot, "norsjo-omsorg-2025.yaml");
    await reportNorsjoT1(bot);
  });
  afterAll(() => bot.close());

  test("when a goal area has only activities, then its line counts them and names the delayed ones first", async () => {
    const text = await overviewText(bot);
    expect(text).toMatch(
      /Uppdrag omsorgens ledningsgrupp\n⚠ \d+ aktiviteter: 1 försenad, [^\n]*1 pågår/,
    );
    expect(text).not.toMatch(/Uppdrag omsorgens ledningsgrupp\n✔ 0 {2}▲ 0 {2}✖ 0 {2}○ 0/);
  });

  test("when the goal areas are listed, then they are named as in the plan, not numbered", async () => {
    const text = await overviewText(bot);
    expect(text).toContain("\nKommunfullmäktiges indikatorer\n");
    expect(text).not.toMatch(/^\d+\. /m);
  });

  test("when T1's deadline is moved after Helår's, then T1 is still compared with no earlier period", async () => {
    const [reply] = await bot.say(admin, "deadline T1 2026-06-01");
    expect(JSON.stringify(reply)).toContain("Tertial 1 ändrad");
    const text = await overviewText(bot);
    expect(text).not.toContain("Sedan Helår");
  });
});

describe("the leadership channel in a client that sends no channel name", () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({
      users: [admin],
      env: { BOT_ADMINS: "admin@example.se", BOT_LOCALE: "sv" },
      now: duringT1,
    });
    bot.connector.teams.set(TEAM.id, [{ id: CHANNEL.id, name: "Uppföljning" }]);
    await loadExamplePlan(bot, "norsjo-omsorg-2025.yaml");
    // As the Agents Playground and Teams send it: the channel's id, not its name.
    const activity = channelActivity(admin, bot.connector.url, "ledningskanal");
    await bot.post({
      ...activity,
      channelData: { tenant: { id: TENANT }, team: { id: TEAM.id }, channel: { id: CHANNEL.id } },
      deliveryMode: "expectReplies",
    });
  });
  afterAll(() => bot.close());

  test("when the summary is posted from the 1:1 chat, then the reply names the channel it went to", async () => {
    const [reply] = await bot.say(admin, "sammanställ T1");
    expect(reply?.text).toBe("Sammanställningen för Tertial 1 är publicerad i Uppföljning.");
  });

  test("when the leadership channel is opened again, then the bot does not offer to make it the leadership channel", async () => {
    const before = bot.connector.deliveredTo(CHANNEL.id).length;
    const opened = {
      ...channelActivity(admin, bot.connector.url, ""),
      type: "conversationUpdate",
      text: undefined,
      conversation: { id: CHANNEL.id, conversationType: "channel", isGroup: true },
      membersAdded: [{ id: BOT.id }],
    };
    expect((await bot.post(opened)).status).toBe(200);
    const said = bot.connector
      .deliveredTo(CHANNEL.id)
      .slice(before)
      .map((c) => String(c.body.text));
    expect(said.filter((t) => t.includes("ledningskanal"))).toEqual([]);
  });
});

describe("a summary post updated in place", () => {
  let bot: BotHarness;
  const now = { value: new Date("2025-05-12T09:00:00Z") };
  beforeAll(async () => {
    bot = await startBot({
      users: [admin],
      env: { BOT_ADMINS: "admin@example.se", BOT_LOCALE: "sv" },
      now: () => now.value,
    });
    await loadExamplePlan(bot, "norsjo-omsorg-2025.yaml");
    await bot.post({
      ...channelActivity(admin, bot.connector.url, "ledningskanal"),
      deliveryMode: "expectReplies",
    });
  });
  afterAll(() => bot.close());

  test("when late reports change it, then the post says when it was updated and when it was first posted", async () => {
    await bot.say(admin, "sammanställ T1");
    now.value = new Date("2025-05-14T12:30:00Z");
    await reportNorsjoT1(bot);
    const [reply] = await bot.say(admin, "sammanställ T1");
    expect(reply?.text).toContain("är uppdaterad");
    const update = bot.connector.calls.filter(
      (c) => c.conversationId === CHANNEL.id && c.kind === "update",
    )[0];
    expect(cardText(update?.body)).toContain(
      "Uppdaterad 14 maj 2025 kl. 14:30 (först publicerad 12 maj 2025 kl. 11:00).",
    );
  });
});
