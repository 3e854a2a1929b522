import {
  startBot,
  testUser,
  personalActivity,
  TENANT,
  type BotHarness,
} from "../support/bot-harness";

const anna = testUser(1, "Anna Berg", "anna.berg@example.se");

describe("when an app id is configured", () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({
      env: {
        MICROSOFT_APP_ID: "22222222-2222-2222-2222-222222222222",
        MICROSOFT_APP_PASSWORD: "not-a-real-secret",
      },
      users: [anna],
    });
  });
  afterAll(() => bot.close());

  test("when a request has no Authorization header, then it gets 401 and nothing is sent", async () => {
    const { status } = await bot.post({
      ...personalActivity(anna, bot.connector.url),
      type: "message",
      text: "hjälp",
    });
    expect(status).toBe(401);
    expect(bot.connector.calls).toHaveLength(0);
  });

  test("when a request carries a forged token, then it gets 401", async () => {
    const forged = ["eyJhbGciOiJub25lIn0", "eyJhdWQiOiIyMjIyIn0", ""].join(".");
    const { status } = await bot.post(
      { ...personalActivity(anna, bot.connector.url), type: "message", text: "hjälp" },
      { authorization: `Bearer ${forged}` },
    );
    expect(status).toBe(401);
  });
});

describe("when tenants are restricted", () => {
  const otherTenant = "33333333-3333-3333-3333-333333333333";
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({ env: { ALLOWED_TENANTS: TENANT }, users: [anna] });
  });
  afterAll(() => bot.close());

  test("when a person from an allowed tenant writes, then the command runs", async () => {
    const replies = await bot.say(anna, "hjälp");
    expect(replies[0]?.attachments).toHaveLength(1);
  });

  test("when a person from another tenant writes, then they are refused in Swedish and nothing is stored", async () => {
    const replies = await bot.say(anna, "hjälp", {
      channelData: { tenant: { id: otherTenant } },
      conversation: { id: "a:foreign", conversationType: "personal", tenantId: otherTenant },
      from: {
        id: "29:foreign",
        name: "Främling",
        aadObjectId: "99999999-0000-0000-0000-000000000001",
      },
    });
    expect(replies).toHaveLength(1);
    expect(replies[0]?.text).toContain("Din organisation har inte tillgång");
    expect(
      await bot.app.services.addressBook.getPerson("99999999-0000-0000-0000-000000000001"),
    ).toBeUndefined();
  });
});

describe("malformed requests", () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({ users: [anna] });
  });
  afterAll(() => bot.close());

  test.each([
    ["not JSON", "this is not json"],
    ["JSON without type", JSON.stringify({ text: "hjälp" })],
    ["a JSON array", JSON.stringify([1, 2])],
  ])("when the body is %s, then the bot answers 400 and keeps serving", async (_label, body) => {
    const response = await fetch(bot.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    expect(response.status).toBe(400);
    const replies = await bot.say(anna, "hjälp");
    expect(replies[0]?.attachments).toHaveLength(1);
  });
});

describe("every command from a tenant outside the allow-list", () => {
  const foreignTenant = "44444444-4444-4444-4444-444444444444";
  const foreignAdmin = testUser(7, "Främmande Admin", "admin@example.se");
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({
      env: { ALLOWED_TENANTS: TENANT, BOT_ADMINS: "admin@example.se" },
      users: [foreignAdmin],
    });
  });
  afterAll(() => bot.close());

  test.each([
    "hjälp",
    "importera plan",
    "perioder",
    "deadline T1 2025-05-15",
    "öppna T1 2025-05-02",
    "påminnelser T1 7 3 1",
    "ansvarig Hemtjänst anna.berg@example.se",
    "ansvariga",
    "admin lägg till anna.berg@example.se",
    "admin ta bort anna.berg@example.se",
    "administratörer",
    "rapportera T1",
    "öppna rapport T1 Omsorg",
    "påminn T1",
    "sammanställ T1",
    "exportera T1",
  ])(
    "when %j comes from another tenant, even from a configured admin's UPN, then it is refused before it runs",
    async (text) => {
      const replies = await bot.say(foreignAdmin, text, {
        channelData: { tenant: { id: foreignTenant } },
        conversation: {
          id: foreignAdmin.conversationId,
          conversationType: "personal",
          tenantId: foreignTenant,
        },
      });
      expect(replies).toHaveLength(1);
      expect(replies[0]?.text).toContain("Din organisation har inte tillgång");
      expect(await bot.app.services.audit.list("system")).toEqual([]);
      expect(bot.connector.calls.filter((c) => c.kind === "members")).toHaveLength(0);
    },
  );
});
