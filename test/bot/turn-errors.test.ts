import { personalActivity, startBot, testUser, type BotHarness } from "../support/bot-harness";
import { invoke } from "../support/card-actions";

const anna = testUser(1, "Anna Berg", "anna.berg@example.se");
const STORAGE_MESSAGE = "Något gick fel hos lagringen, försök igen om en stund.";

// A storage account on a loopback port where nothing listens.
const deadStorage =
  "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" +
  "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
  "TableEndpoint=http://127.0.0.1:9/devstoreaccount1;";

describe("when storage cannot be reached", () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({ env: { STORAGE_CONNECTION_STRING: deadStorage }, users: [anna] });
  });
  afterAll(() => bot.close());

  test("when a person writes, then they are told in Swedish that the storage failed, with no stack trace", async () => {
    const replies = await bot.say(anna, "hjälp");
    expect(replies).toHaveLength(1);
    expect(replies[0]?.text).toBe(STORAGE_MESSAGE);
  });

  test("when a person presses a card button, then the answer is HTTP 200 with the Swedish storage message", async () => {
    const answer = await invoke(bot, anna, "report.open", { planId: "p", periodId: "T1" });
    expect(answer.status).toBe(200);
    expect(answer.message ?? answer.error?.message).toBe(STORAGE_MESSAGE);
  });

  test("when an invoke fails outside any card handler, then it is HTTP 200 with an application/vnd.microsoft.error body, never an empty 501", async () => {
    const { status, body } = await bot.post({
      ...personalActivity(anna, bot.connector.url),
      type: "invoke",
      name: "fileConsent/invoke",
      value: {
        type: "fileUpload",
        action: "accept",
        context: { kind: "periodExport", planId: "p", periodId: "T1" },
        uploadInfo: {
          name: "p-T1.xlsx",
          uploadUrl: `${bot.connector.url}upload/p-T1.xlsx`,
          contentUrl: "https://contoso.example/p-T1.xlsx",
          uniqueId: "u-1",
        },
      },
    });
    expect(status).toBe(200);
    expect(body).toEqual({
      statusCode: 500,
      type: "application/vnd.microsoft.error",
      value: { code: "StorageUnavailable", message: STORAGE_MESSAGE },
    });
  });

  test("when /healthz is asked, then it answers 200 with storage not reachable and why", async () => {
    const response = await fetch(bot.url.replace("/api/messages", "/healthz"));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: "degraded",
      storage: { reachable: false, reason: expect.stringMatching(/table \w*Health: /) },
    });
  });
});

describe("when storage cannot be reached and the bot speaks English", () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({
      env: { STORAGE_CONNECTION_STRING: deadStorage, BOT_LOCALE: "en" },
      users: [anna],
    });
  });
  afterAll(() => bot.close());

  test("when a person writes, then they are told in English, from the catalog of words", async () => {
    const replies = await bot.say(anna, "help");
    expect(replies[0]?.text).toBe(
      "Something went wrong with the storage, please try again in a while.",
    );
  });
});
