import { startBot, testUser, firstCard, cardText, type BotHarness } from "../support/bot-harness";
import { loadExamplePlan } from "../support/plans";

const admin = testUser(1, "Agnes Admin", "admin@example.se");
const megan = testUser(2, "Megan Bowen", "megan.b@example.se");
// 1 April 2025, 12:00 in Stockholm: before Norsjö's T1 opens.
const now = () => new Date("2025-04-01T10:00:00Z");

describe("calendar commands", () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({ users: [admin, megan], env: { BOT_ADMINS: "admin@example.se" }, now });
    await loadExamplePlan(bot, "norsjo-omsorg-2025.yaml");
  });
  afterAll(() => bot.close());

  test("when anyone asks for perioder, then each period is listed with its status in words, dates and reminders", async () => {
    const text = cardText(firstCard(await bot.say(megan, "perioder")));
    expect(text).toContain("Rapportperioder");
    expect(text).toMatch(/◷ Kommande Tertial 1\n/);
    expect(text).toMatch(/Sista dag\n\d{1,2} \w+ 2025/);
    expect(text).toMatch(/Påminnelser\n\d{1,2} \w+ \d\d:\d\d/);
    expect(text).toMatch(/Rapporterat\n0 av [1-9] enheter/);
  });

  test("when an admin sets a deadline, then the card shows before and after and the audit log has the change", async () => {
    const text = cardText(firstCard(await bot.say(admin, "deadline T1 20 maj")));
    expect(text).toContain("Tertial 1 ändrad");
    expect(text).toMatch(/Sista dag\n.+\n20 maj 2025/);
    const [entry] = await bot.app.services.audit.list("norsjo-omsorg-2025");
    expect(entry).toMatchObject({ actor: "admin@example.se", action: "period.deadline" });
    expect(cardText(firstCard(await bot.say(admin, "perioder")))).toContain("20 maj 2025");
  });

  test("when an admin sets reminder days, then the reminders change and are shown", async () => {
    const text = cardText(firstCard(await bot.say(admin, "påminnelser t1 7 3 1")));
    expect(text).toContain("Påminnelser");
    expect(text).toContain("Tertial 1 ändrad");
  });

  test("when an admin sets the opening day, then it is confirmed", async () => {
    const text = cardText(firstCard(await bot.say(admin, "öppna T1 2025-05-05")));
    expect(text).toMatch(/Öppnar\n.+\n5 maj 2025/);
  });

  test.each([
    ["deadline T1 2024-05-15", /förflutna|passerat|tidigare än idag|redan/i],
    ["deadline T9 2025-05-15", /T9/],
    ["deadline T1 31/2", /31\/2/],
    ["deadline T1", /Exempel: deadline T1 2025-05-15/],
    ["påminnelser T1 0 -3", /påminnelser T1/],
  ])(
    "when an admin writes %j, then it is refused with a clear Swedish message and nothing changes",
    async (text, expected) => {
      const before = await bot.app.services.audit.list("norsjo-omsorg-2025");
      const [reply] = await bot.say(admin, text);
      expect(reply?.attachments).toBeUndefined();
      expect(reply?.text).toMatch(expected);
      expect(reply?.text).toMatch(/Exempel|exempel|t\.ex\./);
      expect(await bot.app.services.audit.list("norsjo-omsorg-2025")).toEqual(before);
    },
  );

  test.each(["deadline T1 2025-05-30", "öppna T1 2025-05-02", "påminnelser T1 5"])(
    "when a non-admin writes %j, then they are refused and nothing changes",
    async (text) => {
      const before = await bot.app.services.audit.list("norsjo-omsorg-2025");
      const [reply] = await bot.say(megan, text);
      expect(reply?.text).toContain("kan bara administratörer använda");
      expect(await bot.app.services.audit.list("norsjo-omsorg-2025")).toEqual(before);
    },
  );
});
