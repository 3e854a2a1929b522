// What the report card and the reporters' messages say: hints only where they apply, one heading for
// a goal named as its area, the plan's line breaks kept, a readable Försenad, a word when an admin
// reports for someone else's unit, and the words of reminders and `ansvariga` in the right number.
import { importPlan } from "../../services/plan";
import fs from "node:fs";
import path from "node:path";
import { startBot, testUser, firstCard, cardText, type BotHarness } from "../support/bot-harness";
import { reportNorsjoT1 } from "../support/reports";

const admin = testUser(1, "Alex Admin", "admin@example.se");
const megan = testUser(2, "Megan Bowen", "megan.b@example.se");
const adele = testUser(3, "Adele Vance", "adele.v@example.se");
const isaiah = testUser(4, "Isaiah Langer", "isaiah.l@example.se");
const now = { value: new Date("2025-05-12T09:00:00Z") };

/** Norsjö's plan with the line break its source document has in Lokalutredning's description. */
async function loadNorsjoWithLineBreaks(bot: BotHarness): Promise<void> {
  const file = path.resolve(__dirname, "../../plans/examples/norsjo-omsorg-2025.yaml");
  const yaml = fs
    .readFileSync(file, "utf8")
    .replace(
      "description: Presentera förslag och prioriteringsordning utifrån genomförd lokalutredning (2024) samt nyttokalkyl",
      'description: "Presentera förslag och prioriteringsordning\\nutifrån genomförd lokalutredning (2024) samt nyttokalkyl"',
    );
  const result = await importPlan(
    bot.app.services.store,
    { fileName: "norsjo-omsorg-2025.yaml", content: Buffer.from(yaml) },
    { actor: "test" },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  await bot.app.services.settings.setActivePlanId(result.plan.id, "test");
}

function blocks(card: unknown, predicate: (text: string) => boolean): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      const record = node as Record<string, unknown>;
      if (record.type === "TextBlock" && typeof record.text === "string" && predicate(record.text))
        found.push(record);
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  return found;
}

describe("the report card's words", () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({
      users: [admin, megan],
      env: { BOT_ADMINS: "admin@example.se", BOT_LOCALE: "sv" },
      now: () => now.value,
    });
    await loadNorsjoWithLineBreaks(bot);
  });
  afterAll(() => bot.close());

  test("when a report has no number to write, then the card gives no hint on writing numbers", async () => {
    const text = cardText(firstCard(await bot.say(admin, "rapportera T1 Omsorg")));
    expect(text).toContain("Lokalutredning");
    expect(text).not.toContain("Skriv tal som");
  });

  test("when a report has numbers, then the hint on writing them is there", async () => {
    const text = cardText(firstCard(await bot.say(megan, "rapportera T1 Hemtjänst Norsjö")));
    expect(text).toContain("Skriv tal som 6,5");
  });

  test("when a goal has its area's name, then the name is a heading once", async () => {
    const card = firstCard(await bot.say(admin, "rapportera T1 Omsorg"));
    expect(blocks(card, (t) => t === "Uppdrag omsorgens ledningsgrupp")).toHaveLength(1);
  });

  test("when the plan's text has a line break, then the card keeps it as its own line", async () => {
    const card = firstCard(await bot.say(admin, "rapportera T1 Omsorg"));
    expect(
      blocks(card, (t) => t.includes("prioriteringsordning\n\nutifrån genomförd lokalutredning")),
    ).toHaveLength(1);
  });

  test("when an admin opens another person's unit, then the card says whose unit it is", async () => {
    const text = cardText(firstCard(await bot.say(admin, "rapportera T1 Hemtjänst Norsjö")));
    expect(text).toContain(
      "Du rapporterar för Hemtjänst Norsjö som administratör, i stället för Megan Bowen.",
    );
  });

  test("when people open their own unit, then nothing is said about someone else", async () => {
    const text = cardText(firstCard(await bot.say(megan, "rapportera T1 Hemtjänst Norsjö")));
    expect(text).not.toContain("som administratör");
  });

  test("when a delayed activity is shown read-only, then Försenad is not in faint yellow", async () => {
    await reportNorsjoT1(bot);
    now.value = new Date("2025-05-19T09:00:00Z"); // after T1's deadline
    const card = firstCard(await bot.say(megan, "rapportera T1 Hemtjänst Bastuträsk"));
    const delayed = blocks(card, (t) => t.includes("Försenad") && !t.includes("Kommentar"));
    expect(delayed.length).toBeGreaterThan(0);
    for (const block of delayed) expect(block.color).not.toBe("Warning");
  });
});

describe("the words of ansvariga", () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({
      users: [admin, megan, adele, isaiah],
      env: { BOT_ADMINS: "admin@example.se", BOT_LOCALE: "sv" },
      now: () => now.value,
    });
    await loadNorsjoWithLineBreaks(bot);
  });
  afterAll(() => bot.close());

  test("when every reporter can be reached, then the card says so instead of 0 kan jag inte nå", async () => {
    // Each has written to the bot once, so each has a 1:1 chat it can reach.
    for (const person of [admin, megan, adele, isaiah]) await bot.say(person, "hjälp");
    const text = cardText(firstCard(await bot.say(admin, "ansvariga")));
    expect(text).not.toContain("0 kan jag inte nå");
    expect(text).toContain("4 rapportörer för 5 enheter; jag når alla.");
  });

  test("when perioder shows how to change dates, then it gives whole commands, not <placeholders>", async () => {
    const text = cardText(firstCard(await bot.say(admin, "perioder")));
    expect(text).toContain("Ändra med t.ex. deadline T1 15 maj, öppna T1 2 maj");
    expect(text).not.toMatch(/<period>|<datum>/);
  });
});
