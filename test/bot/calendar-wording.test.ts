// What `perioder` and the calendar commands say: reminders after the deadline named for what they
// are, reporting counted once, and refusals whose examples would themselves be accepted.
import { startBot, testUser, firstCard, cardText, type BotHarness } from "../support/bot-harness";
import { loadExamplePlan } from "../support/plans";

const admin = testUser(1, "Agnes Admin", "admin@example.se");

describe("perioder during Norsjö's T1", () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({
      users: [admin],
      env: { BOT_ADMINS: "admin@example.se", BOT_LOCALE: "sv" },
      now: () => new Date("2025-05-12T09:00:00Z"),
    });
    await loadExamplePlan(bot, "norsjo-omsorg-2025.yaml");
  });
  afterAll(() => bot.close());

  test("when a reminder goes out after the deadline, then perioder says it goes to those who have not reported", async () => {
    const text = cardText(firstCard(await bot.say(admin, "perioder")));
    // T1's deadline is 16 May; its reminder on 20 May is only for the late.
    expect(text).toMatch(/till dem som inte har rapporterat: 20 maj 09:00/);
    expect(text).not.toMatch(/16 maj 09:00, 20 maj/);
  });

  test("when the units that report are shown, then they are counted once, as reported of all", async () => {
    const text = cardText(firstCard(await bot.say(admin, "perioder")));
    expect(text).toMatch(/Rapporterat\n0 av 5 enheter/);
    expect(text).not.toContain("Enheter som rapporterar");
  });
});

describe("calendar refusals on last year's plan", () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({
      users: [admin],
      env: { BOT_ADMINS: "admin@example.se", BOT_LOCALE: "sv" },
      now: () => new Date("2026-12-01T09:00:00Z"),
    });
    await loadExamplePlan(bot, "norrkoping-von-2024.yaml");
  });
  afterAll(() => bot.close());

  test("when no date can be accepted any more, then the refusal says so and gives no example that would be refused", async () => {
    const [reply] = await bot.say(admin, "deadline Helår 2026-12-11");
    expect(reply?.text).toContain("Planen för 2024 tar inte emot nya datum längre");
    expect(reply?.text).toContain("senast 2025-12-31");
    expect(reply?.text).not.toMatch(/`deadline Helår 2026-/);
  });
});

describe("calendar refusals on this year's plan", () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({
      users: [admin],
      env: { BOT_ADMINS: "admin@example.se", BOT_LOCALE: "sv" },
      now: () => new Date("2025-12-20T09:00:00Z"),
    });
    await loadExamplePlan(bot, "norsjo-omsorg-2025.yaml");
  });
  afterAll(() => bot.close());

  test("when a date is too far ahead, then the example is a date that would be accepted", async () => {
    const [reply] = await bot.say(admin, "deadline Helår 2027-02-11");
    expect(reply?.text).toContain("senast 2026-12-31 går");
    const example = /`deadline Helår (\d{4}-\d\d-\d\d)`/.exec(reply?.text ?? "")?.[1];
    expect(example).toBeDefined();
    expect(example! <= "2026-12-31").toBe(true);
    const [accepted] = await bot.say(admin, `deadline Helår ${example}`);
    expect(cardText(firstCard([accepted!]))).toContain("Helår");
  });
});
