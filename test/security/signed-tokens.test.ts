// Tokens checked for real (issue 12, item 7): the bot runs with an app id, and botbuilder reads the
// signing keys from a loopback OpenID fake (test/support/fake-openid.ts) instead of Bot Framework's.
// A token signed with the published key is accepted (so the check is the real one, not a blocked
// fetch); a forged, foreign-tenant, wrong-audience, expired or replayed-elsewhere token is 401
// `{"error":"Inte behörig."}` with no internal text, and nothing runs.
import {
  startBot,
  personalActivity,
  testUser,
  TENANT,
  type BotHarness,
} from "../support/bot-harness";
import { startFakeOpenId, type FakeOpenId } from "../support/fake-openid";
import { snapshot } from "../support/table-snapshot";

const APP_ID = "22222222-2222-2222-2222-222222222222";
const FOREIGN_TENANT = "99999999-9999-9999-9999-999999999999";
const megan = testUser(2, "Megan Bowen", "megan.b@example.se");

describe("tokens signed against a loopback key set", () => {
  let openId: FakeOpenId;
  let bot: BotHarness;
  const lines: string[] = [];
  beforeAll(async () => {
    openId = await startFakeOpenId();
    const { createLogger } = await import("../../services/logging/logger");
    bot = await startBot({
      env: {
        MICROSOFT_APP_ID: APP_ID,
        MICROSOFT_APP_PASSWORD: "not-a-real-secret",
        ALLOWED_TENANTS: TENANT,
      },
      users: [megan],
      openIdMetadataUrl: openId.metadataUrl,
      logger: createLogger("info", { write: (line: string) => void lines.push(line) }),
    });
  });
  afterAll(async () => {
    await bot.close();
    await openId.close();
  });

  const seconds = () => Math.floor(Date.now() / 1000);
  /** The claims Bot Framework puts in a token for this bot and this service URL. */
  const channelClaims = (): Record<string, unknown> => ({
    iss: "https://api.botframework.com",
    aud: APP_ID,
    serviceurl: bot.connector.url,
    nbf: seconds() - 60,
    iat: seconds() - 60,
    exp: seconds() + 3600,
  });
  /** An invoke that needs no connector call to answer: its answer is in the HTTP body. */
  const taskFetch = (tenant = TENANT) => ({
    ...personalActivity(megan, bot.connector.url),
    type: "invoke",
    name: "task/fetch",
    value: {},
    conversation: { id: megan.conversationId, conversationType: "personal", tenantId: tenant },
    channelData: { tenant: { id: tenant } },
  });
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  test("when a token is signed with the published key for this bot, then the request runs", async () => {
    const { status, body } = await bot.post(taskFetch(), bearer(openId.token(channelClaims())));
    expect(status).toBe(200);
    expect(body).toEqual({ task: { type: "message", value: expect.stringMatching(/hjälp/) } });
    expect(openId.keyReads()).toBeGreaterThan(0);
  });

  test.each<[string, () => string]>([
    [
      "is signed with a key the key set does not have",
      () => openId.token(channelClaims(), { forged: true }),
    ],
    [
      "names a key id nobody published",
      () => openId.token(channelClaims(), { kid: "someone-else" }),
    ],
    [
      "was issued by another tenant's Entra ID",
      () =>
        openId.token({
          ...channelClaims(),
          iss: `https://sts.windows.net/${FOREIGN_TENANT}/`,
          tid: FOREIGN_TENANT,
          appid: APP_ID,
          ver: "1.0",
        }),
    ],
    [
      "was issued by another tenant's Entra ID v2",
      () =>
        openId.token({
          ...channelClaims(),
          iss: `https://login.microsoftonline.com/${FOREIGN_TENANT}/v2.0`,
          tid: FOREIGN_TENANT,
          azp: APP_ID,
          ver: "2.0",
        }),
    ],
    [
      "is one this bot's own tenant gave it for Microsoft Graph",
      () =>
        openId.token({
          ...channelClaims(),
          iss: `https://sts.windows.net/${TENANT}/`,
          aud: "https://graph.microsoft.com",
          tid: TENANT,
          appid: APP_ID,
          ver: "1.0",
        }),
    ],
    [
      "is for another bot",
      () => openId.token({ ...channelClaims(), aud: "33333333-3333-3333-3333-333333333333" }),
    ],
    [
      "has expired",
      () =>
        openId.token({
          ...channelClaims(),
          exp: seconds() - 3600,
          iat: seconds() - 7200,
          nbf: seconds() - 7200,
        }),
    ],
    [
      "is for another service URL",
      () => openId.token({ ...channelClaims(), serviceurl: "https://smba.example/evil/" }),
    ],
    [
      "says alg none",
      () => {
        const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
        return `${part({ alg: "none", typ: "JWT" })}.${part(channelClaims())}.`;
      },
    ],
  ])(
    "when a token %s, then it gets 401 with no internal text and nothing runs",
    async (_case, token) => {
      const prefix = bot.app.services.config.storage.tablePrefix;
      const before = await snapshot(prefix);
      const calls = bot.connector.calls.length;
      lines.length = 0;
      const { status, body } = await bot.post(
        { ...personalActivity(megan, bot.connector.url), type: "message", text: "hjälp" },
        bearer(token()),
      );
      expect(status).toBe(401);
      expect(body).toEqual({ error: "Inte behörig." });
      expect(bot.connector.calls).toHaveLength(calls);
      expect((await snapshot(prefix)).rows).toEqual(before.rows);
      const logged = lines.map((line) => JSON.parse(line) as { level: number; msg: string });
      expect(logged.filter((line) => line.level >= 40)).toEqual([
        expect.objectContaining({ level: 40, msg: "authentication refused" }),
      ]);
    },
  );

  test("when a valid token carries an activity from a tenant outside ALLOWED_TENANTS, then it is refused and nothing runs", async () => {
    const { status, body } = await bot.post(
      taskFetch(FOREIGN_TENANT),
      bearer(openId.token(channelClaims())),
    );
    expect(status).toBe(200);
    expect(body).toEqual({
      statusCode: 403,
      type: "application/vnd.microsoft.error",
      value: { code: "Forbidden", message: expect.stringMatching(/har inte tillgång/) },
    });
  });
});
