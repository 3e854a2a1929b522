import { startBot, testUser, type BotHarness } from "../support/bot-harness";

const anna = testUser(1, "Anna Berg", "anna.berg@example.se");

describe("when storage cannot be reached", () => {
  let bot: BotHarness;
  beforeAll(async () => {
    // A storage account on a loopback port where nothing listens.
    const deadStorage =
      "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" +
      "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
      "TableEndpoint=http://127.0.0.1:9/devstoreaccount1;";
    bot = await startBot({ env: { STORAGE_CONNECTION_STRING: deadStorage }, users: [anna] });
  });
  afterAll(() => bot.close());

  test("when a person writes, then they are told in Swedish that something went wrong, with no stack trace", async () => {
    const replies = await bot.say(anna, "hjälp");
    expect(replies).toHaveLength(1);
    expect(replies[0]?.text).toMatch(
      /^Förlåt, något gick fel hos mig\. Inget du skickat har gått förlorat/,
    );
    expect(replies[0]?.text).not.toMatch(/Error|at .*\.js|ECONNREFUSED/);
  });

  test("when /healthz is asked, then it answers 200 with storage not reachable", async () => {
    const response = await fetch(bot.url.replace("/api/messages", "/healthz"));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: "degraded",
      storage: { reachable: false },
    });
  });
});
