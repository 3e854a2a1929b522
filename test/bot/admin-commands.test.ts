import {
  startBot,
  testUser,
  channelActivity,
  firstCard,
  cardText,
  CHANNEL,
  type Activity,
  type BotHarness,
} from "../support/bot-harness";

const admin = testUser(1, "Agnes Admin", "admin@example.se");
const megan = testUser(2, "Megan Berg", "megan.b@example.se");

describe("admin commands", () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({
      users: [admin, megan],
      env: { BOT_ADMINS: admin.userPrincipalName ?? "" },
    });
  });
  afterAll(() => bot.close());

  test("when an admin adds a person by e-mail, then they become admin, the card shows before and after, and the audit log has it", async () => {
    const replies = await bot.say(admin, "admin lägg till Megan.B@example.se");
    const text = cardText(firstCard(replies));
    expect(text).toContain("Administratör tillagd");
    expect(text).toMatch(/megan\.b@example\.se[\s\S]*–[\s\S]*administratör/);
    expect(
      await bot.app.services.admins.isAdmin({
        aadObjectId: megan.aadObjectId,
        upn: "megan.b@example.se",
      }),
    ).toBe(true);
    const [entry] = await bot.app.services.audit.list("system");
    expect(entry).toMatchObject({
      actor: "admin@example.se",
      action: "admin.add",
      after: "megan.b@example.se",
    });
  });

  test("when an admin adds someone who is admin already, then nothing changes and the answer says so in the person's language", async () => {
    const [again] = await bot.say(admin, "admin lägg till megan.b@example.se");
    expect(again?.text).toBe("megan.b@example.se är redan administratör. Inget ändrades.");
    const [english] = await bot.say(admin, "admin add megan.b@example.se", { locale: "en-US" });
    expect(english?.text).toBe(
      "megan.b@example.se is an administrator already. Nothing was changed.",
    );
    const [list] = await bot.say(admin, "administrators", { locale: "en-US" });
    expect(list?.text).toContain("Administrators:");
    expect(list?.text).toContain("- admin@example.se (from the setting BOT_ADMINS)");
  });

  test("when an admin adds a person by @mention, then the roster's UPN is stored", async () => {
    await bot.say(admin, "admin ta bort megan.b@example.se");
    const replies = await bot.say(admin, "admin lägg till <at>Megan Berg</at>", {
      entities: [
        {
          type: "mention",
          mentioned: { id: megan.id, name: megan.name },
          text: "<at>Megan Berg</at>",
        },
      ],
    });
    expect(cardText(firstCard(replies))).toContain("megan.b@example.se");
  });

  test("when the new admin runs an admin command, then it runs", async () => {
    const replies = await bot.say(megan, "administratörer");
    expect(replies[0]?.text).toContain("admin@example.se (från inställningen BOT_ADMINS)");
    expect(replies[0]?.text).toContain("megan.b@example.se");
  });

  test("when an admin removes a configured admin, then they are told it lives in BOT_ADMINS and nothing changes", async () => {
    const [reply] = await bot.say(megan, "admin ta bort admin@example.se");
    expect(reply?.text).toContain("BOT_ADMINS");
    expect(
      await bot.app.services.admins.isAdmin({
        aadObjectId: admin.aadObjectId,
        upn: "admin@example.se",
      }),
    ).toBe(true);
  });

  test.each([
    ["admin lägg till", "Jag förstod inte vilken person du menar"],
    ["admin lägg till Anna Berg", "Jag förstod inte vilken person du menar (”Anna Berg”)"],
  ])(
    "when an admin writes %j, then they are told how to name a person, with an example",
    async (text, expected) => {
      const [reply] = await bot.say(admin, text);
      expect(reply?.text).toContain(expected);
      expect(reply?.text).toContain("anna.berg@kommun.se");
    },
  );

  test("when an admin names the leadership channel with an @mention in a channel, then it is stored and confirmed", async () => {
    const response = await bot.post({
      ...channelActivity(admin, bot.connector.url, "ledningskanal"),
      deliveryMode: "expectReplies",
    });
    const replies = (response.body as { activities: Activity[] }).activities;
    expect(cardText(firstCard(replies))).toContain("Ledningskanal vald");
    expect(await bot.app.services.settings.getLeadershipChannel()).toMatchObject({
      conversationId: CHANNEL.id,
      name: CHANNEL.name,
    });
    const channel = await bot.app.services.addressBook.getChannel(CHANNEL.id);
    expect(channel?.reference).toMatchObject({ conversation: { id: CHANNEL.id } });
  });

  test("when ledningskanal is written in the 1:1 chat, then the admin is told to say it in a channel", async () => {
    const [reply] = await bot.say(admin, "ledningskanal");
    expect(reply?.text).toContain("skrivs i en kanal");
  });
});

describe("admin commands from someone who is not an admin", () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({
      users: [admin, megan],
      env: { BOT_ADMINS: admin.userPrincipalName ?? "" },
    });
  });
  afterAll(() => bot.close());

  test.each([
    "admin lägg till megan.b@example.se",
    "admin ta bort admin@example.se",
    "administratörer",
  ])(
    "when a non-admin writes %j, then they get a polite refusal and nothing changes",
    async (text) => {
      const [reply] = await bot.say(megan, text);
      expect(reply?.text).toContain("kan bara administratörer använda");
      expect(await bot.app.services.admins.list()).toEqual([
        { id: "admin@example.se", fromConfiguration: true },
      ]);
      expect(await bot.app.services.audit.list("system")).toEqual([]);
    },
  );

  test("when a non-admin says ledningskanal in a channel, then it is refused and no channel is set", async () => {
    const response = await bot.post({
      ...channelActivity(megan, bot.connector.url, "ledningskanal"),
      deliveryMode: "expectReplies",
    });
    const [reply] = (response.body as { activities: Activity[] }).activities;
    expect(reply?.text).toContain("kan bara administratörer använda");
    expect(await bot.app.services.settings.getLeadershipChannel()).toBeUndefined();
  });
});
