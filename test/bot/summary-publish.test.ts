import { VERBS } from "../../cards/verbs";
import {
  startBot,
  testUser,
  channelActivity,
  firstCard,
  cardText,
  CHANNEL,
  type BotHarness,
} from "../support/bot-harness";
import { invoke } from "../support/card-actions";
import { loadExamplePlan } from "../support/plans";
import { reportNorsjoT1, submitAs } from "../support/reports";

const admin = testUser(1, "Alex Admin", "admin@example.se");
const megan = testUser(2, "Megan Bowen", "megan.b@example.se");
const PLAN = "norsjo-omsorg-2025";
const duringT1 = new Date("2025-05-12T09:00:00Z");
const afterT1 = new Date("2025-05-19T09:00:00Z"); // T1's deadline was 16 May

async function setup(now: { value: Date }): Promise<BotHarness> {
  const bot = await startBot({
    users: [admin, megan],
    env: { BOT_ADMINS: "admin@example.se", BOT_LOCALE: "sv" },
    now: () => now.value,
  });
  await loadExamplePlan(bot, "norsjo-omsorg-2025.yaml");
  await bot.post({
    ...channelActivity(admin, bot.connector.url, "ledningskanal"),
    deliveryMode: "expectReplies",
  });
  await reportNorsjoT1(bot);
  return bot;
}

const toChannel = (bot: BotHarness) =>
  bot.connector.calls.filter(
    (c) => c.conversationId === CHANNEL.id && ["send", "update"].includes(c.kind) && c.status < 300,
  );

async function alvgardenLate(bot: BotHarness) {
  await submitAs(
    bot,
    { upn: "isaiah.l@example.se", name: "Isaiah Langer" },
    {
      planId: PLAN,
      periodId: "T1",
      unitId: "sabo-alvgarden",
      answers: {
        sjukfranvaro: { value: "6,1" },
        budgetavvikelse: { value: "0" },
        heltidsanstallda: { value: "50" },
      },
    },
  );
}

describe("sammanställ in chat", () => {
  const now = { value: duringT1 };
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await setup(now);
  });
  afterAll(() => bot.close());

  test("when an admin asks for the summary, then it is posted once in the leadership channel with the headline", async () => {
    const [reply] = await bot.say(admin, "sammanställ T1");
    expect(reply?.text).toBe("Sammanställningen för Tertial 1 är publicerad i Uppföljning.");
    const posts = toChannel(bot);
    expect(posts).toHaveLength(1);
    expect(posts[0]?.kind).toBe("send");
    expect(String(posts[0]?.body.summary)).toContain(
      "Tertial 1: 3 gröna, 2 gula, 1 röd, 3 ej rapporterade",
    );
    expect(cardText(posts[0]?.body)).toContain("Har inte rapporterat än");
  });

  test("when nothing has changed and it is asked again, then nothing is sent", async () => {
    const [reply] = await bot.say(admin, "sammanställ T1");
    expect(reply?.text).toContain("redan publicerad och aktuell");
    expect(toChannel(bot)).toHaveLength(1);
  });

  test("when the period is written as people write it, then it is the same summary, as for deadline and rapportera", async () => {
    for (const written of ["tertial 1 2025", "t 1"]) {
      const [reply] = await bot.say(admin, `sammanställ ${written}`);
      expect(reply?.text).toBe("Sammanställningen för Tertial 1 är redan publicerad och aktuell.");
    }
    expect(toChannel(bot)).toHaveLength(1);
  });

  test("when a late report changes the picture, then the same post is updated in place, not posted again", async () => {
    await alvgardenLate(bot);
    const [reply] = await bot.say(admin, "sammanställ T1");
    expect(reply?.text).toContain("är uppdaterad");
    const posts = toChannel(bot);
    expect(posts.map((p) => p.kind)).toEqual(["send", "update"]);
    expect(String(posts[1]?.body.summary)).toContain("Tertial 1: 5 gröna");
    expect(cardText(posts[1]?.body)).toContain("4 av 5 enheter har rapporterat.");
  });

  test("when someone who is not an admin asks, then they are refused and nothing is posted", async () => {
    const before = toChannel(bot).length;
    const [reply] = await bot.say(megan, "sammanställ T1");
    expect(reply?.text).toContain("kan bara administratörer använda");
    expect(toChannel(bot)).toHaveLength(before);
  });

  test("when an admin presses Påminn dessa, then the missing are reminded through the outbox and the admin is told how many, in the right number", async () => {
    const { message } = await invoke(bot, admin, VERBS.summaryRemindMissing, {
      planId: PLAN,
      periodId: "T1",
    });
    expect(message).toMatch(/^Påminner 1 person om Tertial 1;/);
  });

  test("when a reporter presses Påminn dessa, then they are refused", async () => {
    const { message } = await invoke(bot, megan, VERBS.summaryRemindMissing, {
      planId: PLAN,
      periodId: "T1",
    });
    expect(message).toContain("bara administratörer");
  });
});

describe("the summary at the deadline", () => {
  const now = { value: duringT1 };
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await setup(now);
  });
  afterAll(() => bot.close());

  test("when the sweep runs before the deadline, then nothing is posted", async () => {
    await bot.app.services.summaries.sweep();
    expect(toChannel(bot)).toHaveLength(0);
  });

  test("when the deadline has passed, then the sweep posts the summary once, and again changes nothing", async () => {
    now.value = afterT1;
    await bot.app.services.summaries.sweep();
    await bot.app.services.summaries.sweep();
    const posts = toChannel(bot);
    expect(posts).toHaveLength(1);
    expect(String(posts[0]?.body.summary)).toContain("Tertial 1:");
  });

  test("when a unit reports late after a reopening, then the sweep updates the post in place", async () => {
    await bot.say(admin, "öppna rapport T1 Särskilt boende Älvgården");
    await alvgardenLate(bot);
    await bot.app.services.summaries.sweep();
    expect(toChannel(bot).map((p) => p.kind)).toEqual(["send", "update"]);
  });
});

describe("without a leadership channel", () => {
  test("when an admin asks for the summary, then it comes in the chat with how to choose a channel", async () => {
    const bot = await startBot({
      users: [admin],
      env: { BOT_ADMINS: "admin@example.se" },
      now: () => duringT1,
    });
    try {
      await loadExamplePlan(bot, "norsjo-omsorg-2025.yaml");
      const replies = await bot.say(admin, "sammanställ T1");
      expect(replies[0]?.text).toContain("Ingen ledningskanal är vald");
      expect(cardText(firstCard(replies))).toContain("Tertial 1:");
    } finally {
      await bot.close();
    }
  });
});
