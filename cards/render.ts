// Expands a card template (Adaptive Cards 1.5 JSON with ${...} bindings) with its data. Every card
// module goes through here, so every card gets the same schema version and the same safety rules.
import { Template, GlobalSettings } from "adaptivecards-templating";

// A binding with no data becomes empty text, never the raw `${...}` expression.
GlobalSettings.getUndefinedFieldValueSubstitutionString = () => "";

export interface AdaptiveCard {
  type: "AdaptiveCard";
  version: string;
  body: unknown[];
  actions?: unknown[];
  [key: string]: unknown;
}

export const CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

/** Teams refuses messages over ~80 KB (schema 1.5 is the newest it renders). */
export const MAX_CARD_BYTES = 80 * 1024;

// Parsing a template's expressions is nearly all of a card's cost (8 ms against 0.15 ms for a reminder
// card): each template is parsed once and expanded many times.
const parsed = new WeakMap<object, Template>();

export function expandCard(template: object, data: object): AdaptiveCard {
  let compiled = parsed.get(template);
  if (!compiled) {
    compiled = new Template(template);
    parsed.set(template, compiled);
  }
  const card = compiled.expand({ $root: data }) as AdaptiveCard;
  if (card.type !== "AdaptiveCard")
    throw new Error("A card template must expand to an AdaptiveCard.");
  return card;
}

export function cardBytes(card: AdaptiveCard): number {
  return Buffer.byteLength(JSON.stringify(card), "utf8");
}

/**
 * Builds the largest card that fits Teams' size limit from a list of `total` rows: `build(shown)` makes
 * the card with the first `shown` rows and says how many are left out, so nothing is dropped silently.
 */
export function fitToCard(total: number, build: (shown: number) => AdaptiveCard): AdaptiveCard {
  let shown = total;
  for (;;) {
    const card = build(shown);
    if (cardBytes(card) < MAX_CARD_BYTES - 4096 || shown === 0) return card;
    shown = Math.floor(shown * 0.8);
  }
}
