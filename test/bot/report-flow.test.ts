import { VERBS } from "../../cards/verbs";
import { listResults } from "../../services/reporting";
import { cardText, firstCard, startBot, testUser, type BotHarness } from "../support/bot-harness";
import { loadExamplePlan } from "../support/plans";
import { actionsOf, inputsOf, press } from "../services/reporting/report-fixtures";

const megan = testUser(2, "Megan Bowen", "megan.b@example.se");
// Wednesday 7 May 2025, 12:00 in Stockholm: Norsjö's T1 is open (2–16 May).
let now = new Date("2025-05-07T10:00:00Z");

describe("an enhetschef reports Norsjö T1 through the cards", () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({ users: [megan], now: () => now });
    await loadExamplePlan(bot, "norsjo-omsorg-2025.yaml");
  });
  afterAll(() => bot.close());

  test("when megan.b opens T1, fills it in, corrects an error, submits, changes and submits again, then the receipt shows each status and the results are stored", async () => {
    const picker = firstCard(await bot.say(megan, "rapportera T1"));
    expect(cardText(picker)).toContain("Rapportera Tertial 1");
    expect(cardText(picker)).toContain("Hemtjänst Norsjö");
    expect(cardText(picker)).toContain("Hemtjänst Bastuträsk");
    const open = actionsOf(picker).find((a) => a.data.unitId === "htj-norsjo");
    expect(open?.verb).toBe(VERBS.reportOpen);

    const form = await press(bot, megan, picker, VERBS.reportOpen, {}, open?.title);
    const opened = await (
      await import("../services/reporting/report-fixtures")
    ).invoke(bot, megan, VERBS.reportOpen, open?.data);
    expect(form.card ?? opened.card).toBeDefined();
    const card = opened.card;
    const text = cardText(card);
    expect(text).toContain("Rapport Tertial 1: Hemtjänst Norsjö");
    expect(text).toContain("Sjukfrånvaro");
    expect(text).toContain("Fast omsorgskontakt");
    expect(Object.keys(inputsOf(card))).toEqual(
      expect.arrayContaining([
        "v:sjukfranvaro",
        "c:sjukfranvaro",
        "v:budgetavvikelse",
        "s:fast-omsorgskontakt",
      ]),
    );

    const invalid = await press(bot, megan, card, VERBS.reportSubmit, {
      "v:sjukfranvaro": "7,4",
      "v:budgetavvikelse": "0,5,5",
      "v:heltidsanstallda": "82",
      "s:fast-omsorgskontakt": "inProgress",
    });
    const invalidText = cardText(invalid.card);
    expect(invalidText).toContain("behöver rättas");
    expect(invalidText).toContain("Värdet är rött: skriv orsaken");
    expect(invalidText).toContain('"0,5,5" kunde inte läsas som ett tal');
    expect(inputsOf(invalid.card)["v:budgetavvikelse"]).toBe("0,5,5");
    expect(await listResults(bot.app.services.store, "norsjo-omsorg-2025", "T1")).toEqual([]);

    const receipt = await press(bot, megan, invalid.card, VERBS.reportSubmit, {
      "v:budgetavvikelse": "0,2",
      "c:sjukfranvaro": "Influensa i mars. Vi följer upp korttidsfrånvaron varje vecka.",
    });
    const receiptText = cardText(receipt.card);
    expect(receiptText).toContain("Rapporten är inskickad");
    expect(receiptText).toContain("✖ Röd · 7,4 %");
    expect(receiptText).toContain("▲ Gul · 0,2 %");
    expect(receiptText).toMatch(
      /Inskickad onsdag 7 maj 2025 kl\. 12:00 av Megan Bowen \(version 1\)/,
    );
    const results = await listResults(bot.app.services.store, "norsjo-omsorg-2025", "T1");
    expect(results.map((r) => [r.unitId, r.itemId, r.status]).sort()).toEqual([
      ["htj-norsjo", "budgetavvikelse", "yellow"],
      ["htj-norsjo", "fast-omsorgskontakt", "none"],
      ["htj-norsjo", "heltidsanstallda", "none"],
      ["htj-norsjo", "sjukfranvaro", "red"],
    ]);

    now = new Date("2025-05-09T08:30:00Z");
    const edit = await press(bot, megan, receipt.card, VERBS.reportOpen, {}, "Ändra");
    expect(inputsOf(edit.card)["v:sjukfranvaro"]).toBe("7,4");
    const again = await press(bot, megan, edit.card, VERBS.reportSubmit, {
      "v:sjukfranvaro": "6,4",
    });
    expect(cardText(again.card)).toContain("✔ Grön · 6,4 %");
    expect(cardText(again.card)).toContain("(version 2)");
    const stored = await listResults(bot.app.services.store, "norsjo-omsorg-2025", "T1");
    expect(stored.find((r) => r.itemId === "sjukfranvaro")).toMatchObject({
      value: "6,4",
      number: 6.4,
      status: "green",
      version: 2,
      by: "megan.b@example.se",
    });
  });
});
