// The leadership group may well use a private or a shared channel: the bot is mentioned there, posts
// the summary there (not in the team's general channel) and updates that post in place.
import {
  startBot,
  testUser,
  channelActivity,
  firstCard,
  cardText,
  TEAM,
  type Activity,
  type BotHarness,
} from "../support/bot-harness";
import { loadExamplePlan } from "../support/plans";
import { reportNorsjoT1, submitAs } from "../support/reports";

const admin = testUser(1, "Alex Admin", "admin@example.se");
const megan = testUser(2, "Megan Bowen", "megan.b@example.se");
const duringT1 = new Date("2025-05-12T09:00:00Z");

// As Teams sends a message in a channel of its own membership: its own conversation id, the
// host team in channelData.team, and the channel's membershipType.
function inChannel(
  kind: "private" | "shared",
  user: typeof admin,
  serviceUrl: string,
  text: string,
) {
  const channel = {
    id: `19:${kind}-ledning@thread.tacv2`,
    name: kind === "private" ? "Ledning (privat)" : "Ledning (delad)",
    membershipType: kind,
  };
  const activity = channelActivity(user, serviceUrl, text);
  return {
    ...activity,
    deliveryMode: "expectReplies",
    conversation: {
      id: `${channel.id};messageid=1700000000001`,
      conversationType: "channel",
      isGroup: true,
      tenantId: "11111111-1111-1111-1111-111111111111",
    },
    channelData: { ...(activity.channelData as object), team: TEAM, channel },
  };
}

describe("a private or shared leadership channel", () => {
  let bot: BotHarness;
  const privateId = "19:private-ledning@thread.tacv2";
  const toPrivate = () =>
    bot.connector.calls.filter(
      (c) =>
        c.conversationId === privateId && ["send", "update"].includes(c.kind) && c.status < 300,
    );
  beforeAll(async () => {
    bot = await startBot({
      users: [admin, megan],
      env: { BOT_ADMINS: "admin@example.se", BOT_LOCALE: "sv" },
      now: () => duringT1,
    });
    await loadExamplePlan(bot, "norsjo-omsorg-2025.yaml");
    await reportNorsjoT1(bot);
  });
  afterAll(() => bot.close());

  test("when an admin mentions the bot with ledningskanal in a private channel, then that channel is the leadership channel", async () => {
    const { status, body } = await bot.post(
      inChannel("private", admin, bot.connector.url, "ledningskanal"),
    );
    expect(status).toBe(200);
    const activities = (body as { activities?: [] }).activities ?? [];
    const text = cardText(firstCard(activities));
    expect(text).toContain("Ledningskanal vald");
    expect(text).toContain("Ledning (privat)");
  });

  test("when the summary is asked for, then it is posted in the private channel, not the team's general one", async () => {
    const [reply] = await bot.say(admin, "sammanställ T1");
    expect(reply?.text).toBe("Sammanställningen för Tertial 1 är publicerad i Ledning (privat).");
    expect(toPrivate().map((c) => c.kind)).toEqual(["send"]);
    const toTeam = bot.connector.calls.filter(
      (c) => c.conversationId === TEAM.id && ["send", "update"].includes(c.kind),
    );
    expect(toTeam).toEqual([]);
  });

  test("when a late report changes the picture, then the post in the private channel is updated in place", async () => {
    await submitAs(
      bot,
      { upn: "isaiah.l@example.se", name: "Isaiah Langer" },
      {
        planId: "norsjo-omsorg-2025",
        periodId: "T1",
        unitId: "sabo-alvgarden",
        answers: {
          sjukfranvaro: { value: "6,1" },
          budgetavvikelse: { value: "0" },
          heltidsanstallda: { value: "50" },
        },
      },
    );
    const [reply] = await bot.say(admin, "sammanställ T1");
    expect(reply?.text).toContain("är uppdaterad");
    const posts = toPrivate();
    expect(posts.map((c) => c.kind)).toEqual(["send", "update"]);
  });

  test("when someone mentions the bot in a shared channel, then it answers there with the help card", async () => {
    const { status, body } = await bot.post(inChannel("shared", megan, bot.connector.url, "hjälp"));
    expect(status).toBe(200);
    const activities = (body as { activities?: Activity[] }).activities ?? [];
    expect(cardText(firstCard(activities))).toContain("Visar vad jag kan göra för dig.");
  });
});
