// Invokes the bot has no handler for (issue 12: "every invoke answers 200 …, never an empty 501"):
// each is posted to /api/messages as Teams would, and must get HTTP 200 with the body its contract
// defines, in Swedish, or the documented error shape; nothing is stored, and a stranger gets the same.
import { personalActivity, startBot, testUser, type BotHarness } from "../support/bot-harness";
import { snapshot } from "../support/table-snapshot";

const stranger = testUser(9, "Sam Stranger", "sam.s@example.se");
const SWEDISH = /Det här kan Uppföljningsboten inte göra här\. .*Skriv hjälp till mig/;

describe("invokes the bot does not handle", () => {
  let bot: BotHarness;
  let prefix: string;
  beforeAll(async () => {
    bot = await startBot({ users: [stranger] });
    prefix = bot.app.services.config.storage.tablePrefix;
    await bot.say(stranger, "hjälp");
  });
  afterAll(() => bot.close());

  async function post(name: string | undefined, value: unknown = {}, locale = "sv-SE") {
    return bot.post({
      ...personalActivity(stranger, bot.connector.url),
      type: "invoke",
      ...(name === undefined ? {} : { name }),
      locale,
      value,
    });
  }

  test.each([
    ["task/fetch", { data: { type: "task/fetch" } }],
    ["task/submit", { data: { anything: 1 } }],
    ["composeExtension/fetchTask", { commandId: "x", commandContext: "compose" }],
    ["composeExtension/submitAction", { commandId: "x", data: {} }],
  ])(
    "when Teams sends %s, then it gets 200 with a task message in Swedish",
    async (name, value) => {
      const { status, body } = await post(name, value);
      expect(status).toBe(200);
      expect(body).toEqual({ task: { type: "message", value: expect.stringMatching(SWEDISH) } });
    },
  );

  test.each([
    ["composeExtension/query", { commandId: "search", parameters: [{ name: "q", value: "x" }] }],
    ["composeExtension/selectItem", { id: 1 }],
    ["composeExtension/queryLink", { url: "https://example.se/x" }],
    ["composeExtension/anonymousQueryLink", { url: "https://example.se/x" }],
    ["composeExtension/querySettingUrl", { commandId: "x" }],
  ])(
    "when Teams sends %s, then it gets 200 with a message-extension result of type message",
    async (name, value) => {
      const { status, body } = await post(name, value);
      expect(status).toBe(200);
      expect(body).toEqual({
        composeExtension: { type: "message", text: expect.stringMatching(SWEDISH) },
      });
    },
  );

  test.each(["config/fetch", "config/submit"])(
    "when Teams sends %s, then it gets 200 with a config answered by a message",
    async (name) => {
      const { status, body } = await post(name, { data: {} });
      expect(status).toBe(200);
      expect(body).toEqual({
        responseType: "config",
        config: { type: "message", value: expect.stringMatching(SWEDISH) },
      });
    },
  );

  test("when Teams sends tab/fetch, then it gets 200 with an Adaptive Card that says what the bot does", async () => {
    const { status, body } = await post("tab/fetch", { tabContext: { tabEntityId: "x" } });
    expect(status).toBe(200);
    const tab = (body as { tab: { type: string; value: { cards: { card: unknown }[] } } }).tab;
    expect(tab.type).toBe("continue");
    const card = tab.value.cards[0]?.card as { type: string; body: { text: string }[] };
    expect(card.type).toBe("AdaptiveCard");
    expect(card.body.map((block) => block.text).join(" ")).toMatch(/Skriv hjälp till mig/);
  });

  test("when Teams sends application/search, then it gets 200 with no results in the search shape", async () => {
    const { status, body } = await post("application/search", {
      kind: "search",
      queryText: "x",
      queryOptions: { skip: 0, top: 15 },
      dataset: "people",
    });
    expect(status).toBe(200);
    expect(body).toEqual({
      statusCode: 200,
      type: "application/vnd.microsoft.search.searchResponse",
      value: { results: [] },
    });
  });

  test.each([
    ["an unknown name", "something/unheardOf"],
    ["signin/verifyState", "signin/verifyState"],
    ["actionableMessage/executeAction", "actionableMessage/executeAction"],
    ["composeExtension/setting", "composeExtension/setting"],
    ["no name at all", undefined],
  ])(
    "when Teams sends %s, then it gets 200 with the error body (400) in Swedish",
    async (_case, name) => {
      const { status, body } = await post(name);
      expect(status).toBe(200);
      expect(body).toEqual({
        statusCode: 400,
        type: "application/vnd.microsoft.error",
        value: { code: "UnsupportedInvoke", message: expect.stringMatching(SWEDISH) },
      });
    },
  );

  test("when a message-extension submit names a preview action botbuilder does not know, then it gets 200 with the error body (400) saying it was not understood", async () => {
    const { status, body } = await post("composeExtension/submitAction", {
      commandId: "x",
      botMessagePreviewAction: "neither-edit-nor-send",
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      statusCode: 400,
      type: "application/vnd.microsoft.error",
      value: { code: "BadRequest", message: expect.stringMatching(/^Jag förstod inte/) },
    });
  });

  test("when the client is English, then the answer is English", async () => {
    const { body } = await post("task/fetch", {}, "en-US");
    expect(body).toEqual({
      task: {
        type: "message",
        value: expect.stringMatching(/^Uppföljningsboten cannot do that here\. .*Write help/),
      },
    });
  });

  test("when a stranger sends every unhandled invoke, then no stored row changes", async () => {
    const before = await snapshot(prefix);
    for (const name of [
      "task/fetch",
      "composeExtension/query",
      "tab/fetch",
      "x/y",
      "config/fetch",
    ]) {
      expect((await post(name)).status).toBe(200);
    }
    expect((await snapshot(prefix)).rows).toEqual(before.rows);
  });
});
