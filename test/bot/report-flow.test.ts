import { VERBS } from "../../cards/verbs";
import { listResults } from "../../services/reporting";
import {
  cardText,
  firstCard,
  personalActivity,
  startBot,
  testUser,
  type BotHarness,
} from "../support/bot-harness";
import { loadExamplePlan } from "../support/plans";
import { actionsOf, inputsOf, invoke, press } from "../services/reporting/report-fixtures";

const admin = testUser(1, "Alex Admin", "admin@example.se");
const megan = testUser(2, "Megan Bowen", "megan.b@example.se");
const adele = testUser(3, "Adele Vance", "adele.v@example.se");
// Wednesday 7 May 2025, 12:00 in Stockholm: Norsjö's T1 is open (2–16 May).
let now = new Date("2025-05-07T10:00:00Z");

describe("an enhetschef reports Norsjö T1 through the cards", () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({
      users: [admin, megan, adele],
      now: () => now,
      env: { BOT_ADMINS: "admin@example.se" },
    });
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

    const { card } = await invoke(bot, megan, VERBS.reportOpen, open?.data);
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
    expect(invalidText).toContain("”0,5,5” kunde inte läsas som ett tal");
    expect(inputsOf(invalid.card)["v:budgetavvikelse"]).toBe("0,5,5");
    expect(await listResults(bot.app.services.store, "norsjo-omsorg-2025", "T1")).toEqual([]);

    const receipt = await press(bot, megan, invalid.card, VERBS.reportSubmit, {
      "v:budgetavvikelse": "0,2",
      "c:sjukfranvaro": "Influensa i mars. Vi följer upp korttidsfrånvaron varje vecka.",
    });
    const receiptText = cardText(receipt.card);
    expect(receiptText).toContain("Rapporten är inskickad");
    expect(receiptText).toContain("✖ Röd · 7,4\u00a0%");
    expect(receiptText).toContain("▲ Gul · 0,2\u00a0%");
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
    expect(cardText(again.card)).toContain("✔ Grön · 6,4\u00a0%");
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

  test("when adele.v, who reports for one unit, writes rapportera, then the open period's card opens at once", async () => {
    const card = firstCard(await bot.say(adele, "rapportera"));
    expect(cardText(card)).toContain("Rapport Tertial 1: Särskilt boende Norrgården");
    expect(actionsOf(card).map((a) => a.verb)).toEqual([VERBS.reportDraft, VERBS.reportSubmit]);
  });

  test("when a reminder's Rapportera nu names only plan and period, then megan.b picks among her units", async () => {
    const { card } = await invoke(bot, megan, VERBS.reportOpen, {
      planId: "norsjo-omsorg-2025",
      periodId: "T1",
    });
    expect(cardText(card)).toContain("Rapportera Tertial 1");
    expect(actionsOf(card).map((a) => a.data.unitId)).toEqual(["htj-norsjo", "htj-bastutrask"]);
  });

  test("when an admin names a unit they do not report for, then its card opens", async () => {
    const card = firstCard(await bot.say(admin, "rapportera T1 Hemtjänst Bastuträsk"));
    expect(cardText(card)).toContain("Rapport Tertial 1: Hemtjänst Bastuträsk");
  });

  test("when someone who reports for another unit names it, then they are refused", async () => {
    const [reply] = await bot.say(adele, "rapportera T1 Hemtjänst Bastuträsk");
    expect(reply?.text).toContain("Du rapporterar inte för Hemtjänst Bastuträsk");
  });

  test("when the named period has not opened, then the person is told when it opens", async () => {
    const [reply] = await bot.say(megan, "rapportera T2");
    expect(reply?.text).toMatch(/Tertial 2 öppnar måndag 1 september 2025/);
  });

  test("when no period is open, then rapportera says which opens next and when", async () => {
    const saved = now;
    now = new Date("2025-06-10T10:00:00Z");
    try {
      const [reply] = await bot.say(megan, "rapportera");
      expect(reply?.text).toMatch(
        /Ingen period är öppen för rapportering just nu\. Nästa: Tertial 2 öppnar måndag 1 september 2025 \(sista dag måndag 15 september 2025\)/,
      );
    } finally {
      now = saved;
    }
  });

  test("when the words are neither a period nor a unit, then the plan's periods are listed", async () => {
    const [reply] = await bot.say(megan, "rapportera banan");
    expect(reply?.text).toContain("Jag känner inte igen ”banan”");
    expect(reply?.text).toContain("T1, T2, Helår");
  });

  test("when someone asks for perioder after a submit, then each period says how many units have reported", async () => {
    const text = cardText(firstCard(await bot.say(megan, "perioder")));
    expect(text).toMatch(/Tertial 1[\s\S]*Rapporterat\n1 av 5 enheter/);
  });

  test("when an English client writes report, then the card is in English", async () => {
    const card = firstCard(await bot.say(adele, "report T1"));
    expect(cardText(card)).toContain("Report Tertial 1: Särskilt boende Norrgården");
    expect(actionsOf(card).map((a) => a.title)).toEqual(["Save draft", "Submit"]);
  });

  test("when a client without Action.Execute sends the Action.Submit fallback, then the card it came from is replaced", async () => {
    const card = firstCard(await bot.say(adele, "rapportera T1"));
    const fallback = JSON.stringify(card).includes('"type":"Action.Submit"');
    expect(fallback).toBe(true);
    const { status } = await bot.post({
      ...personalActivity(adele, bot.connector.url),
      type: "message",
      replyToId: "report-card-1",
      value: { verb: VERBS.reportDraft, ...actionsOf(card)[0]?.data, "v:sjukfranvaro": "5,2" },
    });
    expect(status).toBe(200);
    const update = bot.connector.calls.filter((call) => call.kind === "update").at(-1);
    expect(update?.activityId).toBe("report-card-1");
    expect(cardText(update?.body)).toContain("Utkastet är sparat");
    expect(cardText(update?.body)).toContain("✔ Grön: 5,2");
  });
});
