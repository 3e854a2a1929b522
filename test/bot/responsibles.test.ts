import {
  startBot,
  testUser,
  personalActivity,
  firstCard,
  cardText,
  type BotHarness,
} from "../support/bot-harness";
import { loadExamplePlan } from "../support/plans";

const admin = testUser(1, "Agnes Admin", "admin@example.se");
const megan = testUser(2, "Megan Bowen", "megan.b@example.se");

describe("ansvariga", () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({ users: [admin, megan], env: { BOT_ADMINS: "admin@example.se" } });
  });
  afterAll(() => bot.close());

  test("when no plan is loaded, then the admin is told how to load one", async () => {
    const [reply] = await bot.say(admin, "ansvariga");
    expect(reply?.text).toContain("Ingen plan är inläst än");
    expect(reply?.text).toContain("importera plan");
  });

  test("when a reporter has installed the app and others have not, then the card says who can be reached and what to do", async () => {
    await loadExamplePlan(bot, "norsjo-omsorg-2025.yaml");
    await bot.post({
      ...personalActivity(megan, bot.connector.url),
      type: "installationUpdate",
      action: "add",
    });
    const text = cardText(firstCard(await bot.say(admin, "ansvariga")));
    expect(text).toMatch(/Megan Bowen \(megan\.b@example\.se\)\n✔ Nås/);
    expect(text).toMatch(/Adele Vance \(adele\.v@example\.se\)\n✖ Har inte appen/);
    expect(text).toContain("behöver lägga till Uppföljningsboten i Teams");
    // Those who need action are listed before those who are fine.
    expect(text.indexOf("✖ Har inte appen")).toBeLessThan(text.indexOf("✔ Nås"));
  });

  test("when a reporter uninstalls the app, then ansvariga says so", async () => {
    await bot.post({
      ...personalActivity(megan, bot.connector.url),
      type: "installationUpdate",
      action: "remove",
    });
    const text = cardText(firstCard(await bot.say(admin, "ansvariga")));
    expect(text).toMatch(/Megan Bowen \(megan\.b@example\.se\)\n✖ Har tagit bort appen/);
  });

  test("when a reporter who is not an admin asks, then they are refused", async () => {
    const [reply] = await bot.say(megan, "ansvariga");
    expect(reply?.text).toContain("kan bara administratörer använda");
  });
});
