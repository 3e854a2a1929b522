import {
  startBot,
  testUser,
  personalActivity,
  firstCard,
  cardText,
  type BotHarness,
} from "../support/bot-harness";
import { actionsOf, invoke, press } from "../support/card-actions";
import { FakeGraph } from "../support/fake-graph";
import { loadExamplePlan } from "../support/plans";
import { VERBS } from "../../cards/verbs";

const CATALOG_ID = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
const admin = testUser(1, "Alex Admin", "admin@example.se");
const megan = testUser(2, "Megan Bowen", "megan.b@example.se");

describe("Installera appen för dessa, through a local Graph", () => {
  let bot: BotHarness;
  let graph: FakeGraph;
  beforeAll(async () => {
    graph = await FakeGraph.start();
    bot = await startBot({
      users: [admin, megan],
      env: {
        BOT_ADMINS: "admin@example.se",
        GRAPH_API_URL: graph.url,
        TEAMS_APP_CATALOG_ID: CATALOG_ID,
      },
      graphTokens: { token: async () => "graph-token-of-the-bot" },
    });
    await loadExamplePlan(bot, "norsjo-omsorg-2025.yaml");
    await bot.post({
      ...personalActivity(megan, bot.connector.url),
      type: "installationUpdate",
      action: "add",
    });
    // Omsorg gets a reporter the directory does not know.
    await bot.say(admin, "ansvarig Omsorg patti.f@example.se");
    graph.users.set("adele.v@example.se", "installs");
    graph.users.set("isaiah.l@example.se", "unlicensed");
  });
  afterAll(async () => {
    await bot.close();
    await graph.stop();
  });

  test("when an admin presses it, then the app is installed for each reporter without it, with the bot's own token, and the card says per person what happened and what to do", async () => {
    const card = firstCard(await bot.say(admin, "ansvariga"));
    expect(cardText(card)).toContain("Installera appen för dessa lägger till Uppföljningsboten");
    const answer = await press(bot, admin, card, VERBS.responsiblesInstallApp);
    const text = cardText(answer.card);
    expect(text).toContain("1 installerade, 0 hade den redan, 2 gick inte.");
    expect(text).toMatch(
      /Adele Vance \(adele\.v@example\.se\)\n✔ Installerad\nTeams ger mig chatten/,
    );
    expect(text).toMatch(
      /\npatti\.f@example\.se\n✖ Finns inte i organisationens katalog\nKontrollera adressen/,
    );
    expect(text).toMatch(
      /Isaiah Langer \(isaiah\.l@example\.se\)\n✖ Ingen Teams-licens.*\nBe IT ge personen en Teams-licens/,
    );
    // Those who need something done come first.
    expect(text.indexOf("✖")).toBeLessThan(text.indexOf("✔"));

    // Only those without the app: not Megan, who installed it.
    expect(graph.calls.map((c) => decodeURIComponent(c.path.split("/")[3] ?? "")).sort()).toEqual([
      "adele.v@example.se",
      "isaiah.l@example.se",
      "patti.f@example.se",
    ]);
    for (const call of graph.calls) {
      expect(call.authorization).toBe("Bearer graph-token-of-the-bot");
      expect(call.body).toEqual({
        "teamsApp@odata.bind": `${graph.url}/appCatalogs/teamsApps/${CATALOG_ID}`,
      });
    }
    const [entry] = await bot.app.services.audit.list("norsjo-omsorg-2025");
    expect(entry).toMatchObject({ actor: "admin@example.se", action: "installApp" });
  });

  test("when it is pressed again before Teams has sent the install event, then Graph's 409 reads as already installed, with what to do", async () => {
    const card = firstCard(await bot.say(admin, "ansvariga"));
    const text = cardText((await press(bot, admin, card, VERBS.responsiblesInstallApp)).card);
    expect(text).toMatch(
      /Adele Vance \(adele\.v@example\.se\)\n✔ Har redan appen\nMen jag har ingen chatt/,
    );
  });

  test("when the app lacks its Graph permission, then every row says so and names the permission to grant", async () => {
    for (const upn of ["adele.v@example.se", "isaiah.l@example.se", "patti.f@example.se"]) {
      graph.users.set(upn, "consentMissing");
    }
    const card = firstCard(await bot.say(admin, "ansvariga"));
    const text = cardText((await press(bot, admin, card, VERBS.responsiblesInstallApp)).card);
    expect(text.match(/✖ Appen saknar behörighet i Microsoft Graph/g)).toHaveLength(3);
    expect(text).toContain(
      "TeamsAppInstallation.ReadWriteSelfForUser.All med administratörsmedgivande",
    );
  });

  test("when someone who is not an admin sends the action, then it is refused and Graph is not asked", async () => {
    const before = graph.calls.length;
    const answer = await invoke(bot, megan, VERBS.responsiblesInstallApp, {
      planId: "norsjo-omsorg-2025",
    });
    expect(answer.message ?? cardText(answer.card)).toContain(
      "Det kan bara administratörer använda",
    );
    expect(graph.calls.length).toBe(before);
  });
});

describe("ansvariga without Graph set up", () => {
  test("when TEAMS_APP_CATALOG_ID is not set, then the card offers no install button and says how to add the app", async () => {
    const bot = await startBot({ users: [admin], env: { BOT_ADMINS: "admin@example.se" } });
    try {
      await loadExamplePlan(bot, "norsjo-omsorg-2025.yaml");
      const card = firstCard(await bot.say(admin, "ansvariga"));
      expect(actionsOf(card).map((a) => a.verb)).not.toContain(VERBS.responsiblesInstallApp);
      expect(cardText(card)).toContain("behöver lägga till Uppföljningsboten i Teams");
      const answer = await invoke(bot, admin, VERBS.responsiblesInstallApp, {
        planId: "norsjo-omsorg-2025",
      });
      expect(answer.message ?? cardText(answer.card)).toContain("TEAMS_APP_CATALOG_ID");
    } finally {
      await bot.close();
    }
  });
});
