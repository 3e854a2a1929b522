// `exportera` where the client cannot take a file consent card (the Agents Playground): the bot
// says so and where the same workbook can be had, instead of sending a card the client drops.
import { startBot, testUser, type BotHarness, type TestUser } from "../support/bot-harness";
import { loadExamplePlan } from "../support/plans";

const admin = testUser(1, "Alex Admin", "admin@example.se");
// As the Playground sends its current user: the id from its config file, not a Teams id.
const playgroundAdmin: TestUser = { ...admin, id: "user-admin" };

describe("exportera in the Agents Playground", () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({
      users: [admin, playgroundAdmin],
      env: { BOT_ADMINS: "admin@example.se", BOT_LOCALE: "sv" },
      now: () => new Date("2025-05-12T09:00:00Z"),
    });
    await loadExamplePlan(bot, "norsjo-omsorg-2025.yaml");
  });
  afterAll(() => bot.close());

  test("when the Playground asks for the export, then no file card is sent and the CLI command is given", async () => {
    const [reply, ...more] = await bot.say(playgroundAdmin, "exportera T1");
    expect(more).toEqual([]);
    expect(reply?.attachments).toBeUndefined();
    expect(reply?.text).toContain("kan inte ta emot filer");
    expect(reply?.text).toContain("uppfoljning export norsjo-omsorg-2025 T1 ");
  });

  test("when Teams asks for it, then the file consent card is sent as before", async () => {
    const [reply] = await bot.say(admin, "exportera T1");
    expect(reply?.attachments?.[0]?.contentType).toBe(
      "application/vnd.microsoft.teams.card.file.consent",
    );
  });
});
