import { startBot, testUser, firstCard, cardText, type BotHarness } from "../support/bot-harness";
import { loadExamplePlan } from "../support/plans";

const admin = testUser(1, "Agnes Admin", "admin@example.se");
const megan = testUser(2, "Megan Bowen", "megan.b@example.se");
const now = () => new Date("2025-04-01T10:00:00Z");

describe("comparison value commands", () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({ users: [admin, megan], env: { BOT_ADMINS: "admin@example.se" }, now });
    await loadExamplePlan(bot, "norsjo-omsorg-2025.yaml");
  });
  afterAll(() => bot.close());

  test("when an admin asks for jämförelsevärden T1, then each unjudged cell is listed with the missing value", async () => {
    const [reply] = await bot.say(admin, "jämförelsevärden T1");
    // Norsjö T1: 12 cells; heltidsanstallda (Öka med 10 %) has no T1 2024 value for its four units.
    expect(reply?.text).toContain("**4 av 12**");
    expect(reply?.text).toContain(
      "heltidsanstallda · Hemtjänst Norsjö: Jämförelsevärde för tertial 1 2024 för Hemtjänst Norsjö saknas.",
    );
    expect(reply?.text).toContain("`jämförelsevärde heltidsanstallda htj-norsjo <värde> 2024-T1`");
  });

  test("when an admin sets one, then the card shows before and after, it is audited, and the cell can be judged", async () => {
    const card = cardText(
      firstCard(
        await bot.say(admin, "jämförelsevärde heltidsanstallda Hemtjänst Norsjö 62 2024-T1"),
      ),
    );
    expect(card).toContain("Jämförelsevärde inlagt");
    expect(card).toContain("Hemtjänst Norsjö · tertial 1 2024");
    expect(card).toMatch(/Jämförelsevärde\n–\n62/);
    const [entry] = await bot.app.services.audit.list("norsjo-omsorg-2025");
    expect(entry).toMatchObject({ actor: "admin@example.se", action: "comparison.set" });
    const [reply] = await bot.say(admin, "jämförelsevärden T1");
    expect(reply?.text).toContain("**3 av 12**");
    expect(reply?.text).not.toContain("htj-norsjo <värde>");

    const again = cardText(
      firstCard(await bot.say(admin, "jämförelsevärde heltidsanstallda htj-norsjo 63,5 2024-T1")),
    );
    expect(again).toMatch(/Jämförelsevärde\n62\n63,5/);
  });

  test.each([
    ["jämförelsevärde okänd 5", /Indikatorn ”okänd” finns inte/],
    ["jämförelsevärde heltidsanstallda Månstationen 5 2024", /Enheten ”Månstationen” finns inte/],
    ["jämförelsevärde heltidsanstallda htj-norsjo banan 2024", /Värdet ”banan” kunde inte läsas/],
  ])(
    "when an admin writes %j, then it is refused in Swedish with an example",
    async (text, expected) => {
      const before = await bot.app.services.audit.list("norsjo-omsorg-2025");
      const [reply] = await bot.say(admin, text);
      expect(reply?.text).toMatch(expected);
      expect(reply?.text).toContain("t.ex.");
      expect(await bot.app.services.audit.list("norsjo-omsorg-2025")).toEqual(before);
    },
  );

  test("when a reporter tries to set one, then it is refused and nothing changes", async () => {
    const before = await bot.app.services.audit.list("norsjo-omsorg-2025");
    const [reply] = await bot.say(megan, "jämförelsevärde heltidsanstallda htj-norsjo 1 2024");
    expect(reply?.attachments).toBeUndefined();
    expect(await bot.app.services.audit.list("norsjo-omsorg-2025")).toEqual(before);
  });

  test("when jämförelsevärden names a period the plan lacks, then the period is quoted the Swedish way", async () => {
    const [reply] = await bot.say(admin, "jämförelsevärden T9");
    expect(reply?.text).toContain("Perioden ”T9” finns inte i planen.");
  });
});
