// Help that fits the person: a short first greeting with what they can do now as buttons, and an
// unknown command answered with the nearest one.
import {
  startBot,
  testUser,
  personalActivity,
  firstCard,
  cardText,
  type Activity,
  type BotHarness,
} from "../support/bot-harness";
import { loadExamplePlan } from "../support/plans";

const admin = testUser(1, "Alex Admin", "admin@example.se");
const megan = testUser(2, "Megan Bowen", "megan.b@example.se");
const anna = testUser(3, "Anna Berg", "anna.berg@example.se");

/** The commands a card's buttons say in the chat (Teams' imBack). */
function buttonCommands(card: Record<string, unknown> | undefined): string[] {
  const actions = (card?.actions ?? []) as { data?: { msteams?: { value?: string } } }[];
  return actions.map((a) => a.data?.msteams?.value ?? "");
}

async function installAs(bot: BotHarness, user: typeof admin): Promise<Activity[]> {
  const before = bot.connector.deliveredTo(user.conversationId).length;
  const install = {
    ...personalActivity(user, bot.connector.url),
    type: "installationUpdate",
    action: "add",
  };
  expect((await bot.post(install)).status).toBe(200);
  await bot.connector.waitFor(() => bot.connector.deliveredTo(user.conversationId).length > before);
  return bot.connector
    .deliveredTo(user.conversationId)
    .slice(before)
    .map((c) => c.body as Activity);
}

describe("first contact and unknown commands, with a plan", () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({
      users: [admin, megan, anna],
      env: { BOT_ADMINS: "admin@example.se", BOT_LOCALE: "sv" },
      now: () => new Date("2025-05-12T09:00:00Z"),
    });
    await loadExamplePlan(bot, "norsjo-omsorg-2025.yaml");
  });
  afterAll(() => bot.close());

  test("when a reporter installs the app, then the greeting is short and offers reporting first, as buttons", async () => {
    const [greeting, ...more] = await installAs(bot, megan);
    expect(more).toEqual([]);
    const card = firstCard([greeting!]);
    expect(cardText(card)).toContain("Hej Megan Bowen!");
    expect(cardText(card)).not.toContain("Kommandon");
    expect(buttonCommands(card)).toEqual(["rapportera", "perioder", "hjälp"]);
  });

  test("when an admin installs the app, then the buttons are what an admin does next", async () => {
    const [greeting] = await installAs(bot, admin);
    expect(buttonCommands(firstCard([greeting!]))).toEqual(["rapportera", "perioder", "ansvariga"]);
  });

  test("when someone who reports for nothing installs it, then reporting is not offered", async () => {
    const [greeting] = await installAs(bot, anna);
    expect(buttonCommands(firstCard([greeting!]))).toEqual(["perioder", "hjälp"]);
  });

  test("when hjälp is asked for, then the whole card for the person's role comes", async () => {
    const text = cardText(firstCard(await bot.say(admin, "hjälp")));
    expect(text).toContain("Kommandon");
    expect(text).toContain("För administratörer");
    expect(cardText(firstCard(await bot.say(megan, "hjälp")))).not.toContain("För administratörer");
  });

  test("when a command is misspelt, then the nearest command is suggested, with a button for it", async () => {
    const [reply] = await bot.say(megan, "perioderr");
    expect(reply?.text).toBe("Jag förstod inte ”perioderr”. Menade du **perioder**?");
    expect(buttonCommands(firstCard([reply!]))[0]).toBe("perioder");
  });

  test("when the words are nothing like a command, then no guess is made and the menu is offered", async () => {
    const [reply] = await bot.say(megan, "banan");
    expect(reply?.text).toBe(
      "Jag förstod inte ”banan”. Skriv **hjälp** för att se vad jag kan göra.",
    );
    expect(buttonCommands(firstCard([reply!]))).toContain("hjälp");
  });

  test("when a reporter misspells an admin command, then it is not suggested to them", async () => {
    const [reply] = await bot.say(megan, "ansvarga");
    expect(reply?.text).not.toContain("Menade du");
  });

  test("when an admin misspells it, then it is", async () => {
    const [reply] = await bot.say(admin, "ansvarga");
    expect(reply?.text).toContain("Menade du **ansvariga**?");
  });
});

describe("first contact with no plan yet", () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({
      users: [admin],
      env: { BOT_ADMINS: "admin@example.se", BOT_LOCALE: "sv" },
    });
  });
  afterAll(() => bot.close());

  test("when the first admin installs the app, then the greeting says to send the plan", async () => {
    const [greeting] = await installAs(bot, admin);
    const card = firstCard([greeting!]);
    expect(cardText(card)).toContain("importera plan");
    expect(buttonCommands(card)).toEqual(["hjälp"]);
  });
});
