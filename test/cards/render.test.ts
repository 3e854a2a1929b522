import { cardBytes, expandSharedCard, fitToCard, MAX_CARD_BYTES } from "../../cards/render";
import { planImportCard } from "../../cards/plan-import-card";
import { cardText } from "../support/bot-harness";

const errors = Array.from({ length: 2000 }, (_, i) => ({
  where: `Indikatorer rad ${i + 2}, kolumn Regel`,
  message: `Regeln "Grön banan ${i}" går inte att läsa: "banan" är varken ett tal eller ja/nej.`,
}));

const builder = (total: number) => (shown: number) =>
  planImportCard({
    title: "Planen importerades inte",
    facts: [],
    changes: [],
    errors: errors.slice(0, shown),
    errorsMore: shown < total ? `… och ${total - shown} fel till.` : "",
  });
const build = builder(errors.length);

describe("fitToCard", () => {
  test("when the rows would pass Teams' 80 KB limit, then the card is cut under it and says how many are left out", () => {
    expect(cardBytes(build(errors.length))).toBeGreaterThan(MAX_CARD_BYTES);
    const card = fitToCard(errors.length, build);
    expect(cardBytes(card)).toBeLessThan(MAX_CARD_BYTES);
    const text = cardText(card);
    const shown = (text.match(/Indikatorer rad \d+/g) ?? []).length;
    expect(shown).toBeGreaterThan(100);
    expect(text).toContain(`… och ${errors.length - shown} fel till.`);
  });

  test("when the rows fit, then all are shown and nothing is said to be left out", () => {
    const card = fitToCard(10, builder(10));
    expect((cardText(card).match(/Indikatorer rad \d+/g) ?? []).length).toBe(10);
    expect(cardText(card)).not.toContain("fel till");
  });
});

describe("cards drawn again", () => {
  const template = {
    type: "AdaptiveCard",
    version: "1.5",
    body: [{ type: "TextBlock", text: "${title}" }],
  };
  const card = (title: string) => expandSharedCard(template, { title });

  test("when a shared card is drawn again with the same data, then it is the one drawn before, frozen; with other data, then it is drawn anew", () => {
    const first = card("Planen importerades");
    expect(card("Planen importerades")).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.body)).toBe(true);
    const other = card("Planen importerades inte");
    expect(other).not.toBe(first);
    expect(cardText(other)).toContain("Planen importerades inte");
  });
});

test("when a card that is not shared is drawn again, then each caller gets its own", () => {
  const build = () =>
    planImportCard({ title: "Planen", facts: [], changes: [], errors: [], errorsMore: "" });
  const first = build();
  expect(build()).not.toBe(first);
  expect(Object.isFrozen(first)).toBe(false);
});
