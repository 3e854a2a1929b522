import { botGraphTokens } from "../../bot/graph-tokens";
import { loadConfig } from "../../services/config/config";

describe("the bot's Graph token", () => {
  test("when the bot runs without an app id (locally), then no token is asked for and the reason names the variables", async () => {
    const tokens = botGraphTokens(loadConfig({}).auth);
    await expect(tokens.token()).rejects.toThrow(/MICROSOFT_APP_ID and MICROSOFT_APP_TENANT_ID/);
  });

  test("when the bot is a multi-tenant app without a tenant, then it refuses too: Graph needs the organisation's tenant", async () => {
    const auth = loadConfig({
      MICROSOFT_APP_ID: "22222222-2222-2222-2222-222222222222",
      MICROSOFT_APP_PASSWORD: "a secret",
    }).auth;
    await expect(botGraphTokens(auth).token()).rejects.toThrow(/MICROSOFT_APP_TENANT_ID/);
  });
});
