// A reporter role's card for a large plan, through the bot: a controller reports one indicator for
// 45 units, 20 units a page, the draft kept across pages, and a refused submit shows the page with
// the first error.
import { stringify } from "yaml";
import { VERBS } from "../../cards/verbs";
import { MAX_CARD_BYTES } from "../../cards/render";
import { importPlan } from "../../services/plan";
import { cardText, firstCard, startBot, testUser, type BotHarness } from "../support/bot-harness";
import { inputsOf, press, type Card } from "../support/card-actions";

const UNITS = 45;
const controller = testUser(7, "Cora Controller", "cora.c@example.se");
const now = () => new Date("2025-05-07T10:00:00Z");

function plan() {
  return {
    id: "controller-2025",
    organisation: "Exempelkommun",
    year: 2025,
    name: "Plan med controller 2025",
    periods: [{ id: "T1", kind: "tertial" }],
    people: [
      { upn: "cora.c@example.se", name: "Cora Controller" },
      { upn: "chef@example.se", name: "Chef" },
    ],
    roles: [{ id: "Controller", people: ["cora.c@example.se"] }],
    units: Array.from({ length: UNITS }, (_, i) => ({
      id: `enhet-${i}`,
      name: `Enhet ${i}`,
      reporters: ["chef@example.se"],
    })),
    goalAreas: [
      {
        id: "ekonomi",
        name: "Ekonomi",
        goals: [
          {
            id: "budget",
            name: "Budget i balans",
            indicators: [
              {
                id: "budgetavvikelse",
                name: "Budgetavvikelse",
                valueType: "percent",
                min: -100,
                rule: "Grön 0% Gul 0,5%",
                reporterRole: "Controller",
              },
              { id: "kostnad", name: "Kostnad per brukare" },
            ],
          },
        ],
      },
    ],
  };
}

const values = (card: Card | undefined) =>
  Object.keys(inputsOf(card)).filter((key) => key.startsWith("v:"));

describe("a reporter role's card with 45 units", () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({ users: [controller], now });
    const result = await importPlan(
      bot.app.services.store,
      { fileName: "controller.yaml", content: Buffer.from(stringify(plan())) },
      { actor: "test" },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    await bot.app.services.settings.setActivePlanId(result.plan.id, "test");
  });
  afterAll(() => bot.close());

  test("when the controller pages through, types on each page and submits with a unit left empty, then each page holds at most 20 units within Teams' size, the typing is kept, and the page with the error is shown", async () => {
    const first = firstCard(await bot.say(controller, "rapportera"));
    expect(cardText(first)).toContain("Sida 1 av 3: Enhet 0 – Enhet 19");
    expect(values(first)).toHaveLength(20);
    expect(Buffer.byteLength(JSON.stringify(first))).toBeLessThan(MAX_CARD_BYTES);

    const fill = (from: number, to: number) =>
      Object.fromEntries(
        Array.from({ length: to - from }, (_, i) => [`v:enhet-${from + i}/budgetavvikelse`, "0"]),
      );
    const second = await press(
      bot,
      controller,
      first,
      VERBS.roleReportPage,
      fill(0, 20),
      "Nästa →",
    );
    expect(cardText(second.card)).toContain("Sida 2 av 3: Enhet 20 – Enhet 39");
    const back = await press(
      bot,
      controller,
      second.card,
      VERBS.roleReportPage,
      fill(20, 40),
      "← Föregående",
    );
    expect(inputsOf(back.card)["v:enhet-0/budgetavvikelse"]).toBe("0");
    const third = await press(bot, controller, back.card, VERBS.roleReportPage, {}, "Nästa →");
    const last = await press(bot, controller, third.card, VERBS.roleReportPage, {}, "Nästa →");
    expect(cardText(last.card)).toContain("Sida 3 av 3: Enhet 40 – Enhet 44");
    expect(values(last.card)).toHaveLength(5);

    // Unit 44 left empty: the submit is refused and page 3 (where it is) shown.
    const submitted = await press(bot, controller, last.card, VERBS.roleReportSubmit, fill(40, 44));
    expect(cardText(submitted.card)).toContain("1 fält behöver rättas");
    expect(cardText(submitted.card)).toContain("Sida 3 av 3");
    const done = await press(bot, controller, submitted.card, VERBS.roleReportSubmit, {
      "v:enhet-44/budgetavvikelse": "0,2",
    });
    expect(cardText(done.card)).toMatch(/Inskickad .* av Cora Controller \(version 1\)/);
  });

  test("when the unit chefs' card opens, then the controller's indicator is not on it", async () => {
    const chef = testUser(8, "Chef", "chef@example.se");
    bot.connector.addMember(chef);
    const picker = firstCard(await bot.say(chef, "rapportera T1 Enhet 3"));
    expect(Object.keys(inputsOf(picker))).toEqual(["v:kostnad", "c:kostnad"]);
  });
});
