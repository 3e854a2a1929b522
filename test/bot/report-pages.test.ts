import { stringify } from "yaml";
import { VERBS } from "../../cards/verbs";
import { cardBytes, MAX_CARD_BYTES, type AdaptiveCard } from "../../cards/render";
import { importPlan, loadPlan } from "../../services/plan";
import { listResults, reportForm } from "../../services/reporting";
import { cardText, firstCard, startBot, testUser, type BotHarness } from "../support/bot-harness";
import {
  actionsOf,
  inputsOf,
  largePlan,
  press,
  type Card,
} from "../services/reporting/report-fixtures";

const megan = testUser(2, "Megan Bowen", "megan.b@example.se");
const PLAN = "stor-plan-2025";
const now = () => new Date("2025-05-07T10:00:00Z");

/** Every input of the card filled: green values, states, answers; long comments to fill the bytes. */
function fillAll(card: Card | undefined): Record<string, string> {
  const filled: Record<string, string> = {};
  for (const id of Object.keys(inputsOf(card))) {
    if (id.startsWith("v:")) filled[id] = "85,5";
    else if (id.startsWith("s:")) filled[id] = "inProgress";
    else if (id.startsWith("t:")) filled[id] = "Vi har arbetat med målet. ".repeat(20);
    else filled[id] = "Kommentar till värdet: ".repeat(40);
  }
  return filled;
}

const pageOf = (card: Card | undefined) => /Sida (\d+) av (\d+)/.exec(cardText(card));

describe("a report too large for one card", () => {
  let bot: BotHarness;
  let pages = 0;
  beforeAll(async () => {
    bot = await startBot({ users: [megan], now });
    const result = await importPlan(
      bot.app.services.store,
      { fileName: "stor.yaml", content: Buffer.from(stringify(largePlan(6, 10))) },
      { actor: "test" },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    await bot.app.services.settings.setActivePlanId(PLAN, "test");
  });
  afterAll(() => bot.close());

  test("when megan.b fills every page, moving back and forth, then each page fits Teams, drafts are kept between pages, and one submit stores every answer", async () => {
    let card = firstCard(await bot.say(megan, "rapportera T1"));
    const first = pageOf(card);
    expect(first?.[1]).toBe("1");
    pages = Number(first?.[2]);
    expect(pages).toBeGreaterThan(2);
    expect(actionsOf(card).map((a) => a.title)).toEqual(["Nästa →", "Spara utkast", "Skicka in"]);

    // Submitting from page 1 with everything empty shows page 1's errors.
    const invalid = await press(bot, megan, card, VERBS.reportSubmit);
    expect(pageOf(invalid.card)?.[1]).toBe("1");
    expect(cardText(invalid.card)).toContain("fält behöver rättas");

    const seen = new Set<string>();
    for (let page = 1; ; page += 1) {
      // The pages stay as they were laid out while answers are typed into them.
      expect(pageOf(card)?.slice(1)).toEqual([String(page), String(pages)]);
      expect(cardBytes(card as AdaptiveCard)).toBeLessThan(MAX_CARD_BYTES);
      for (const id of Object.keys(inputsOf(card))) seen.add(id.slice(2));
      if (!actionsOf(card).some((a) => a.title === "Nästa →")) break;
      card = (await press(bot, megan, card, VERBS.reportPage, fillAll(card), "Nästa →")).card;
    }
    const plan = await loadPlan(bot.app.services.store, PLAN);
    const items = plan ? reportForm(plan, "T1", "enhet-1") : [];
    expect([...seen].sort()).toEqual(items.map((entry) => entry.item.id).sort());

    // Back one page: what was typed there came back from the draft.
    const back = await press(bot, megan, card, VERBS.reportPage, fillAll(card), "← Föregående");
    expect(pageOf(back.card)?.[1]).toBe(String(pages - 1));
    const kept = inputsOf(back.card);
    expect(
      Object.entries(kept)
        .filter(([id]) => id.startsWith("v:"))
        .every(([, v]) => v === "85,5"),
    ).toBe(true);

    const receipt = await press(bot, megan, back.card, VERBS.reportSubmit);
    const text = cardText(receipt.card);
    expect(text).toContain("Rapporten är inskickad");
    expect(cardBytes(receipt.card as AdaptiveCard)).toBeLessThan(MAX_CARD_BYTES);
    expect(text).toMatch(/✔ Grön: 120/);
    const stored = await listResults(bot.app.services.store, PLAN, "T1");
    expect(stored).toHaveLength(items.length);
    expect(stored.every((result) => result.version === 1)).toBe(true);
  });

  test("when every comment on a page is as long as allowed, then the page is split further and every card still fits", async () => {
    let card = firstCard(await bot.say(megan, "rapportera T1"));
    const longest: Record<string, string> = {};
    for (const id of Object.keys(inputsOf(card))) {
      if (id.startsWith("c:") || id.startsWith("t:")) longest[id] = "ö".repeat(4000);
    }
    const saved = await press(bot, megan, card, VERBS.reportDraft, longest);
    card = saved.card;
    expect(cardText(card)).toContain("Utkastet är sparat");
    expect(cardBytes(card as AdaptiveCard)).toBeLessThan(MAX_CARD_BYTES);
    expect(Number(pageOf(card)?.[2])).toBeGreaterThan(pages);
    // The long texts come back whole: an input is never cut, or the next submit would lose text.
    const shown = Object.entries(inputsOf(card)).filter(([id]) => id in longest);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every(([, value]) => value.length === 4000)).toBe(true);
    for (;;) {
      if (!actionsOf(card).some((a) => a.title === "Nästa →")) break;
      card = (await press(bot, megan, card, VERBS.reportPage, {}, "Nästa →")).card;
      expect(cardBytes(card as AdaptiveCard)).toBeLessThan(MAX_CARD_BYTES);
    }
  });
});
