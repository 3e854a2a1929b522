import {
  startBot,
  testUser,
  personalActivity,
  firstCard,
  cardText,
  BOT,
  TENANT,
  type BotHarness,
} from "../support/bot-harness";

const anna = testUser(1, "Anna Berg", "anna.berg@example.se");

describe("help and install", () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({ users: [anna] });
  });
  afterAll(() => bot.close());

  test.each(["hjälp", "HJÄLP", "  Hjälp  ", "<at>Uppföljningsboten</at> hjälp"])(
    "when a person writes %j, then the bot answers with the help card",
    async (text) => {
      const replies = await bot.say(anna, text);
      const card = firstCard(replies);
      expect(card?.version).toBe("1.5");
      expect(cardText(card)).toContain("Visar vad jag kan göra för dig.");
    },
  );

  test("when a person writes the English word help, then the help card is in English", async () => {
    const replies = await bot.say(anna, "help");
    expect(cardText(firstCard(replies))).toContain("Shows what I can do for you.");
  });

  test("when the client's locale is English, then the bot's own words are English too", async () => {
    const [reply] = await bot.say(anna, "banan", { locale: "en-US" });
    expect(reply?.text).toContain("I did not understand “banan”");
  });

  test("when a person writes something the bot does not know, then it says so in Swedish and points to hjälp", async () => {
    const [reply] = await bot.say(anna, "banan");
    expect(reply?.text).toMatch(/Jag förstod inte ”banan”.*hjälp/);
  });

  test("when the app is installed, then the person is greeted once and their reference is stored", async () => {
    const install = {
      ...personalActivity(anna, bot.connector.url),
      type: "installationUpdate",
      action: "add",
    };
    const added = {
      ...personalActivity(anna, bot.connector.url),
      type: "conversationUpdate",
      membersAdded: [{ id: BOT.id }],
    };
    expect((await bot.post(install)).status).toBe(200);
    expect((await bot.post(added)).status).toBe(200);
    await bot.connector.waitFor((calls) =>
      calls.some((c) => c.kind === "send" || c.kind === "reply"),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    const greetings = bot.connector.deliveredTo(anna.conversationId);
    expect(greetings).toHaveLength(1);
    expect(cardText(greetings[0]?.body)).toContain("Hej Anna Berg");

    const stored = await bot.app.services.addressBook.findPerson("ANNA.BERG@example.se");
    expect(stored).toMatchObject({ aadObjectId: anna.aadObjectId, active: true, tenantId: TENANT });
    expect(stored?.reference).toMatchObject({ conversation: { id: anna.conversationId } });
  });

  test("when the app is uninstalled, then the reference is kept but marked inactive", async () => {
    const remove = {
      ...personalActivity(anna, bot.connector.url),
      type: "installationUpdate",
      action: "remove",
    };
    expect((await bot.post(remove)).status).toBe(200);
    const stored = await bot.app.services.addressBook.getPerson(anna.aadObjectId);
    expect(stored?.active).toBe(false);
  });
});

describe("when BOT_LOCALE is sv", () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({ users: [anna], env: { BOT_LOCALE: "sv" } });
  });
  afterAll(() => bot.close());

  test("when an English client installs the app, then the greeting is still Swedish", async () => {
    const install = {
      ...personalActivity(anna, bot.connector.url),
      type: "installationUpdate",
      action: "add",
      locale: "en-US",
    };
    expect((await bot.post(install)).status).toBe(200);
    await bot.connector.waitFor((calls) =>
      calls.some((c) => c.kind === "send" || c.kind === "reply"),
    );
    expect(cardText(bot.connector.delivered[0]?.body)).toContain("Hej Anna Berg!");
  });
});
