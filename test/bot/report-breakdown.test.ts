import { VERBS } from "../../cards/verbs";
import { listResults, reportHistory } from "../../services/reporting";
import { cardText, firstCard, startBot, testUser, type BotHarness } from "../support/bot-harness";
import { loadExamplePlan } from "../support/plans";
import ExcelJS from "exceljs";
import {
  actionsOf,
  filledAnswers,
  inputsOf,
  invoke,
  press,
  type Card,
} from "../services/reporting/report-fixtures";

const amina = testUser(2, "Amina Yusuf", "amina.yusuf@example.se");
const helena = testUser(1, "Helena Strand", "helena.strand@example.se");
// Tuesday 10 September 2024: Norrköping's Delår is open (1–30 September).
const now = new Date("2024-09-10T08:00:00Z");
const PLAN = "norrkoping-von-2024";

/** Every input filled the way a careful chef would, over which a test writes its own. */
const BREAKDOWN_FILL = { value: "5", text: "Vi har arbetat med det.", state: "inProgress" };

describe("a breakdown by sex and provider in Norrköping's Delår", () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({
      users: [helena, amina],
      now: () => now,
      env: { BOT_ADMINS: "helena.strand@example.se" },
    });
    await loadExamplePlan(bot, "norrkoping-von-2024.yaml");
  });
  afterAll(() => bot.close());

  async function openCard(): Promise<Card | undefined> {
    const picker = firstCard(await bot.say(amina, "rapportera delår"));
    const open = actionsOf(picker).find((a) => a.data.unitId === "sabo");
    const data = open?.data ?? { planId: PLAN, periodId: "Delår", unitId: "sabo" };
    return (await invoke(bot, amina, VERBS.reportOpen, data)).card;
  }

  test("when the parts by sex do not add up to the total, then the submit is refused beside the field with the sums, nothing is stored and the input is kept as a draft", async () => {
    const card = await openCard();
    expect(Object.keys(inputsOf(card))).toEqual(
      expect.arrayContaining([
        "v:m1-i3",
        "b:women:m1-i3",
        "b:men:m1-i3",
        "b:own:m1-i3",
        "b:private:m1-i3",
      ]),
    );
    expect(cardText(card)).toContain(
      "Uppdelat på kön (där möjligt): kvinnor + män ska tillsammans bli totalen.",
    );

    const refused = await press(
      bot,
      amina,
      card,
      VERBS.reportSubmit,
      filledAnswers(
        card,
        { "v:m1-i3": "20", "b:women:m1-i3": "12", "b:men:m1-i3": "9" },
        BREAKDOWN_FILL,
      ),
    );
    const text = cardText(refused.card);
    expect(text).toContain("behöver rättas");
    expect(text).toContain(
      "Kvinnor 12 + män 9 = 21, men totalt är 20. Delarna ska tillsammans bli totalen",
    );
    expect(inputsOf(refused.card)).toMatchObject({
      "v:m1-i3": "20",
      "b:women:m1-i3": "12",
      "b:men:m1-i3": "9",
    });
    expect(await listResults(bot.app.services.store, PLAN, "Delår")).toEqual([]);

    // Opened again, the card shows what was typed: the draft kept it.
    const reopened = await openCard();
    expect(inputsOf(reopened)).toMatchObject({ "b:women:m1-i3": "12", "b:men:m1-i3": "9" });
  });

  test("when a card sends a part for an item that asks for none, then the whole action is refused and nothing is kept", async () => {
    const card = await openCard();
    const refused = await press(bot, amina, card, VERBS.reportDraft, {
      "v:m1-i3": "33",
      "b:women:m1-b": "3",
    });
    expect(refused.message ?? cardText(refused.card)).toContain("Kortet skickade fel sorts svar");
    const reopened = await openCard();
    expect(inputsOf(reopened)["v:m1-i3"]).toBe("20"); // the earlier draft, not this card's 33
  });

  test("when only one provider part is filled in, then the submit asks for both or neither", async () => {
    const card = await openCard();
    const refused = await press(
      bot,
      amina,
      card,
      VERBS.reportSubmit,
      filledAnswers(
        card,
        {
          "v:m1-i3": "20",
          "b:women:m1-i3": "12",
          "b:men:m1-i3": "8",
          "b:own:m1-i3": "15",
        },
        BREAKDOWN_FILL,
      ),
    );
    expect(cardText(refused.card)).toContain(
      "Fyll i både egen regi och privat utförare, eller lämna alla tomma.",
    );
    expect(await listResults(bot.app.services.store, PLAN, "Delår")).toEqual([]);
  });

  test("when the parts add up, then the report is submitted and the result keeps its parts, in the history too", async () => {
    const card = await openCard();
    const receipt = await press(
      bot,
      amina,
      card,
      VERBS.reportSubmit,
      filledAnswers(
        card,
        {
          "v:m1-i3": "20",
          "b:women:m1-i3": "12",
          "b:men:m1-i3": "8",
          "b:own:m1-i3": "",
          "b:private:m1-i3": "",
        },
        BREAKDOWN_FILL,
      ),
    );
    expect(cardText(receipt.card)).toContain("Rapporten är inskickad");
    expect(cardText(receipt.card)).toContain("Delar: kvinnor 12\u00a0st · män 8\u00a0st");
    const results = await listResults(bot.app.services.store, PLAN, "Delår");
    const waiting = results.find((r) => r.unitId === "sabo" && r.itemId === "m1-i3");
    expect(waiting).toMatchObject({ value: "20", number: 20, parts: { women: 12, men: 8 } });
    const history = await reportHistory(bot.app.services.store, PLAN, "Delår", "sabo");
    const change = history.find((h) => h.itemId === "m1-i3" && h.action === "result.change");
    expect(change?.after).toMatchObject({ parts: { women: 12, men: 8 } });
  });

  test("when leadership drills into the indicator and the period is exported, then the unit's value shows its parts", async () => {
    const { card } = await invoke(bot, helena, VERBS.summaryIndicator, {
      planId: PLAN,
      periodId: "Delår",
      itemId: "m1-i3",
      page: 0,
    });
    expect(cardText(card)).toMatch(
      /Särskilt boende för äldre\n20\u00a0st \(kvinnor 12\u00a0st · män 8\u00a0st\)/,
    );

    const { card: area } = await invoke(bot, helena, VERBS.summaryArea, {
      planId: PLAN,
      periodId: "Delår",
      areaId: "malomrade-1",
      page: 0,
    });
    expect(cardText(area)).toContain("Delar: kvinnor 12\u00a0st · män 8\u00a0st (1 av 1 enhet)");

    const file = await bot.app.services.summaryReader.exportPeriod(PLAN, "Delår");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.content as unknown as ArrayBuffer);
    const sheet = workbook.worksheets.find((ws) => ws.name.startsWith("Målområde 1"));
    const header = (sheet?.getRow(1).values as unknown[]).map(String);
    const women = header.indexOf("Kvinnor");
    const men = header.indexOf("Män");
    expect(women).toBeGreaterThan(0);
    const row = sheet
      ?.getRows(2, sheet.rowCount - 1)
      ?.find(
        (r) =>
          r.getCell(3).value === "Särskilt boende för äldre" &&
          String(r.getCell(2).value).startsWith("Antal personer som efter beviljad"),
      );
    const organisation = sheet
      ?.getRows(2, sheet.rowCount - 1)
      ?.find(
        (r) =>
          String(r.getCell(3).value).startsWith("Hela organisationen") &&
          String(r.getCell(2).value).startsWith("Antal personer som efter beviljad"),
      );
    expect([organisation?.getCell(women).value, organisation?.getCell(men).value]).toEqual([12, 8]);
    expect([row?.getCell(4).value, row?.getCell(women).value, row?.getCell(men).value]).toEqual([
      20, 12, 8,
    ]);
  });
});
