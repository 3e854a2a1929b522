import fs from "node:fs";
import path from "node:path";
import { parse, stringify } from "yaml";
import { VERBS } from "../../cards/verbs";
import { importPlan } from "../../services/plan";
import { listUnitResults } from "../../services/reporting";
import { cardText, startBot, testUser, type BotHarness } from "../support/bot-harness";
import { loadExamplePlan } from "../support/plans";
import { invoke, press } from "../services/reporting/report-fixtures";

const megan = testUser(2, "Megan Bowen", "megan.b@example.se");
let now = new Date("2024-05-07T10:00:00Z");

const open = (bot: BotHarness, planId: string, periodId: string) =>
  invoke(bot, megan, VERBS.reportOpen, { planId, periodId, unitId: "htj-norsjo" });

describe("what was reported before, beside each item", () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({ users: [megan], now: () => now });
    // Last year's plan: the same file with another id and year, as docs/plan-format.md advises.
    const file = path.resolve(__dirname, "../../plans/examples/norsjo-omsorg-2025.yaml");
    const lastYear = {
      ...parse(fs.readFileSync(file, "utf8")),
      id: "norsjo-omsorg-2024",
      year: 2024,
    };
    const imported = await importPlan(
      bot.app.services.store,
      { fileName: "norsjo-2024.yaml", content: Buffer.from(stringify(lastYear)) },
      { actor: "test" },
    );
    if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
    await loadExamplePlan(bot, "norsjo-omsorg-2025.yaml");
  });
  afterAll(() => bot.close());

  test("when T1 was reported last year, then this year's T1 shows it and a change rule is judged against it", async () => {
    const lastYear = await open(bot, "norsjo-omsorg-2024", "T1");
    await press(bot, megan, lastYear.card, VERBS.reportSubmit, {
      "v:sjukfranvaro": "6,8",
      "v:budgetavvikelse": "0,3",
      "v:heltidsanstallda": "70",
      "s:fast-omsorgskontakt": "inProgress",
    });
    expect(
      await listUnitResults(bot.app.services.store, "norsjo-omsorg-2024", "T1", "htj-norsjo"),
    ).toHaveLength(4);

    now = new Date("2025-05-07T10:00:00Z");
    const { card } = await open(bot, "norsjo-omsorg-2025", "T1");
    const text = cardText(card);
    expect(text).toContain("I fjol (Tertial 1 2024)\n6,8\u00a0% ▲ Gul");
    expect(text).toContain("Jämförs med\n70\u00a0% (Tertial 1 2024 (rapporterat))");

    const draft = await press(bot, megan, card, VERBS.reportDraft, { "v:heltidsanstallda": "80" });
    expect(cardText(draft.card)).toMatch(/✔ Grön: 80 är 14,3\s%\shögre än jämförelsevärdet 70/);
  });

  test("when T1 is submitted, then T2 shows it as the last period", async () => {
    const { card } = await open(bot, "norsjo-omsorg-2025", "T1");
    await press(bot, megan, card, VERBS.reportSubmit, {
      "v:sjukfranvaro": "6,4",
      "v:budgetavvikelse": "0",
      "v:heltidsanstallda": "80",
      "s:fast-omsorgskontakt": "done",
    });
    now = new Date("2025-09-02T10:00:00Z");
    const t2 = cardText((await open(bot, "norsjo-omsorg-2025", "T2")).card);
    expect(t2).toContain("Förra perioden (Tertial 1)\n6,4\u00a0% ✔ Grön");
    expect(t2).toContain("Förra perioden (Tertial 1)\nKlar");
  });
});
