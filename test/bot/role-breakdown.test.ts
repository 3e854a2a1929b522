// A role that reports an item with a breakdown for many units (HR's sjukfrånvaro by sex, for each
// of Norsjö's units): each unit's parts are its own inputs, checked and stored with that unit.
import { VERBS } from "../../cards/verbs";
import { importPlan } from "../../services/plan";
import { listResults } from "../../services/reporting";
import { cardText, firstCard, startBot, testUser, type BotHarness } from "../support/bot-harness";
import { inputsOf, press } from "../support/card-actions";
import { norsjoWithHrSickLeave } from "../support/plans";
import { RunningClock } from "../support/test-clocks";

const PLAN = "norsjo-omsorg-2025";
const hanna = testUser(5, "Hanna Holm", "hanna.hr@example.se"); // HR
// Wednesday 7 May 2025, 12:00 in Stockholm: Norsjö's T1 is open (2–16 May).
const clock = new RunningClock("2025-05-07T10:00:00Z");

describe("a role's card with a breakdown (HR's sjukfrånvaro by sex in Norsjö T1)", () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({ users: [hanna], now: () => clock.now() });
    const result = await importPlan(
      bot.app.services.store,
      {
        fileName: "norsjo-omsorg-2025.yaml",
        content: norsjoWithHrSickLeave("breakdown: { by: [sex] }"),
      },
      { actor: "test" },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    await bot.app.services.settings.setActivePlanId(PLAN, "test");
  });
  afterAll(() => bot.close());

  test("when HR opens the card, then every unit has its own parts, named by unit and item", async () => {
    const card = firstCard(await bot.say(hanna, "rapportera T1 HR"));
    const keys = Object.keys(inputsOf(card));
    expect(keys).toEqual(
      expect.arrayContaining([
        "v:htj-norsjo/sjukfranvaro",
        "b:women:htj-norsjo/sjukfranvaro",
        "b:men:htj-norsjo/sjukfranvaro",
        "b:women:htj-bastutrask/sjukfranvaro",
        "b:men:htj-bastutrask/sjukfranvaro",
      ]),
    );
    expect(keys).not.toContain("b:women:sjukfranvaro");
  });

  test("when parts are outside one unit's total, then that unit's field is refused, and the corrected submit stores each unit's parts with that unit", async () => {
    const card = firstCard(await bot.say(hanna, "rapportera T1 HR"));
    const refused = await press(bot, hanna, card, VERBS.roleReportSubmit, {
      "v:htj-norsjo/sjukfranvaro": "6",
      "b:women:htj-norsjo/sjukfranvaro": "5",
      "b:men:htj-norsjo/sjukfranvaro": "7",
      "v:htj-bastutrask/sjukfranvaro": "6,5",
      "b:women:htj-bastutrask/sjukfranvaro": "8",
      "b:men:htj-bastutrask/sjukfranvaro": "9",
    });
    const refusal = cardText(refused.card).replace(/\u00a0/g, " ");
    expect(refusal).toContain("behöver rättas");
    expect(refusal).toContain(
      "Hemtjänst Bastuträsk · Sjukfrånvaro: Totalt 6,5 % ligger inte mellan delarna (Kvinnor 8 %, män 9 %)",
    );
    expect(refusal).toContain("Särskilt boende Norrgården · Sjukfrånvaro: Fyll i ett värde.");
    expect(await listResults(bot.app.services.store, PLAN, "T1")).toEqual([]);

    const receipt = await press(bot, hanna, refused.card, VERBS.roleReportSubmit, {
      "v:htj-norsjo/sjukfranvaro": "6",
      "b:women:htj-norsjo/sjukfranvaro": "5",
      "b:men:htj-norsjo/sjukfranvaro": "7",
      "v:htj-bastutrask/sjukfranvaro": "6,5",
      "b:women:htj-bastutrask/sjukfranvaro": "6",
      "b:men:htj-bastutrask/sjukfranvaro": "7",
      // The parts are "där möjligt": the other two units give the total only.
      "v:sabo-norrgarden/sjukfranvaro": "6,8",
      "v:sabo-alvgarden/sjukfranvaro": "5,5",
    });
    expect(cardText(receipt.card)).toContain("Inskickad");
    const results = await listResults(bot.app.services.store, PLAN, "T1");
    const partsOf = (unitId: string) =>
      results.find((r) => r.unitId === unitId && r.itemId === "sjukfranvaro")?.parts;
    expect(partsOf("htj-norsjo")).toEqual({ women: 5, men: 7 });
    expect(partsOf("htj-bastutrask")).toEqual({ women: 6, men: 7 });
    expect(partsOf("sabo-norrgarden")).toBeUndefined();
  });
});
