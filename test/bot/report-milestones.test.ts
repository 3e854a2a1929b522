import ExcelJS from "exceljs";
import { VERBS } from "../../cards/verbs";
import { listResults } from "../../services/reporting";
import { cardText, firstCard, startBot, testUser, type BotHarness } from "../support/bot-harness";
import { loadExamplePlan } from "../support/plans";
import {
  actionsOf,
  inputsOf,
  invoke,
  press,
  type Card,
  filledAnswers,
} from "../support/card-actions";

const lena = testUser(1, "Lena Forsberg", "lena.forsberg@example.se");
// Wednesday 2 July 2025: Tiohundra's Q2 is open (1–15 July).
const now = new Date("2025-07-02T08:00:00Z");
const PLAN = "tiohundra-2025";
const ACTIVITY = "kompetensforsorjning";

describe("Tiohundra's milestones one by one in Q2", () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({
      users: [lena],
      now: () => now,
      env: { BOT_ADMINS: "lena.forsberg@example.se" },
    });
    await loadExamplePlan(bot, "tiohundra-2025.yaml");
  });
  afterAll(() => bot.close());

  async function openCard(): Promise<Card | undefined> {
    const picker = firstCard(await bot.say(lena, "rapportera Q2"));
    const open = actionsOf(picker).find((a) => a.data.unitId === "tiohundra");
    const data = open?.data ?? { planId: PLAN, periodId: "Q2", unitId: "tiohundra" };
    return (await invoke(bot, lena, VERBS.reportOpen, data)).card;
  }

  test("when the Q2 card is opened, then Kompetensförsörjning asks a state for each of its Q2 milestones and the one under way all year, and none for Q3's", async () => {
    const card = await openCard();
    const keys = Object.keys(inputsOf(card)).filter((key) => key.endsWith(`:${ACTIVITY}`));
    expect(keys.sort()).toEqual(
      [
        `c:${ACTIVITY}`,
        `m:1:${ACTIVITY}`,
        `m:2:${ACTIVITY}`,
        `m:5:${ACTIVITY}`,
        `s:${ACTIVITY}`,
      ].sort(),
    );
    const text = cardText(card);
    expect(text).toContain(
      "Delmål Q2 – ska vara nått nu: Analysera behov av kompetensförsörjningsinsatser",
    );
    expect(text).toContain("Delmål Q1–Q4: Förbättrad arbetsmiljö genom aktiviteter inom");
    expect(text).not.toContain("Ta fram en långsiktig kompetensförsörjningsplan");
  });

  test("when a milestone due now has no state, then the submit is refused with its name and nothing is stored", async () => {
    const card = await openCard();
    const refused = await press(
      bot,
      lena,
      card,
      VERBS.reportSubmit,
      filledAnswers(card, { [`m:2:${ACTIVITY}`]: "" }),
    );
    expect(cardText(refused.card)).toContain(
      "Välj status för delmålet som ska vara nått nu: ”Stärka vårt arbetsgivarvarumärke",
    );
    expect(await listResults(bot.app.services.store, PLAN, "Q2")).toEqual([]);
  });

  test("when the report is submitted with one Q2 milestone delayed, then each milestone's state is stored and the summary and export list the one missed", async () => {
    const card = await openCard();
    const receipt = await press(
      bot,
      lena,
      card,
      VERBS.reportSubmit,
      filledAnswers(card, {
        [`m:1:${ACTIVITY}`]: "done",
        [`m:2:${ACTIVITY}`]: "delayed",
        [`m:5:${ACTIVITY}`]: "inProgress",
      }),
    );
    expect(cardText(receipt.card)).toContain("Rapporten är inskickad");
    expect(cardText(receipt.card)).toContain(
      "Delmål Q2: Stärka vårt arbetsgivarvarumärke med en tydlig EVP = employer value proposition – Försenad",
    );
    const results = await listResults(bot.app.services.store, PLAN, "Q2");
    expect(results.find((r) => r.itemId === ACTIVITY)?.milestoneStates).toEqual({
      "1": "done",
      "2": "delayed",
      "5": "inProgress",
    });

    const { card: area } = await invoke(bot, lena, VERBS.summaryArea, {
      planId: PLAN,
      periodId: "Q2",
      areaId: "strategiska-uppdrag",
      page: 0,
    });
    const text = cardText(area);
    expect(text).toContain(
      "⚑ Delmål Q2 ej nått: Stärka vårt arbetsgivarvarumärke med en tydlig EVP = employer value proposition – Kompetensförsörjning och arbetsmiljö, Tiohundra AB (försenad)",
    );
    expect(text).not.toContain("Delmål Q2 ej nått: Analysera behov");
    // Under way until Q4: not missed in Q2.
    expect(text).not.toContain("Delmål Q4 ej nått");

    const file = await bot.app.services.summaryReader.exportPeriod(PLAN, "Q2");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.content as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Delmål ej nådda");
    const rows = (sheet?.getSheetValues() ?? []).flatMap((row) =>
      Array.isArray(row) ? [row.slice(1).map(String)] : [],
    );
    expect(rows).toContainEqual([
      "Kompetensförsörjning och arbetsmiljö",
      "Tiohundra AB",
      "Stärka vårt arbetsgivarvarumärke med en tydlig EVP = employer value proposition",
      "Q2",
      "Försenad",
    ]);
  });
});
