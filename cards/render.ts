// Expands a card template (Adaptive Cards 1.5 JSON with ${...} bindings) with its data. Every card
// module goes through here, so every card gets the same schema version and the same safety rules.
import type { Template } from "adaptivecards-templating";
import { plainText, withoutControls } from "./plain-text";

type Templating = typeof import("adaptivecards-templating");
let templating: Templating | undefined;

/**
 * The templating library (with its expression language, about 30 MB of a process's memory) is
 * loaded when the first card is drawn, not when the bot starts (docs/benchmarks.md, idle memory).
 */
function loadTemplating(): Templating {
  if (!templating) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    templating = require("adaptivecards-templating") as Templating;
    // A binding with no data becomes empty text, never the raw `${...}` expression.
    templating.GlobalSettings.getUndefinedFieldValueSubstitutionString = () => "";
  }
  return templating;
}

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

// Some cards are drawn again and again with the same data (`perioder`, `hjälp`): expanding and
// making their text plain was the biggest part of such a turn's own time. Those cards' modules ask
// for `expandSharedCard`: kept by their data's JSON (small data only, a bounded number) and frozen,
// since every caller shares them. Cards that a caller changes after drawing (the reminder card drops
// its refresh) use `expandCard`, which draws anew every time.
const MAX_KEPT_CARDS = 200;
const MAX_KEPT_DATA_CHARS = 4_096;
const drawn = new WeakMap<object, Map<string, AdaptiveCard>>();
let keptCards = 0;

/** As expandCard, but the same data gives the same frozen card (read-only for the caller). */
export function expandSharedCard(template: object, data: object): AdaptiveCard {
  const key = JSON.stringify(data);
  if (key.length > MAX_KEPT_DATA_CHARS) return expandCard(template, data);
  let cards = drawn.get(template);
  if (!cards) drawn.set(template, (cards = new Map()));
  let card = cards.get(key);
  if (!card) {
    card = deepFreeze(expandCard(template, data));
    if (keptCards >= MAX_KEPT_CARDS) {
      cards.clear(); // seldom: a template drawn with ever new data; the others keep theirs
      keptCards = 0;
    }
    cards.set(key, card);
    keptCards += 1;
  }
  return card;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

export function expandCard(template: object, data: object): AdaptiveCard {
  let compiled = parsed.get(template);
  if (!compiled) {
    compiled = new (loadTemplating().Template)(template);
    parsed.set(template, compiled);
  }
  const card = compiled.expand({ $root: data }) as AdaptiveCard;
  if (card.type !== "AdaptiveCard")
    throw new Error("A card template must expand to an AdaptiveCard.");
  asText(card);
  return card;
}

/** Where Teams renders markdown: a TextBlock's text and a fact's title and value. */
const MARKDOWN = { TextBlock: ["text"], Fact: ["title", "value"] } as Record<string, string[]>;
/** Shown as plain text, but still read by people: no control or bidi characters there either. */
const SHOWN = ["label", "title", "placeholder", "altText", "errorMessage", "fallbackText"];

/**
 * The one place where text enters a card: every string the template put where people read it is
 * made plain text (cards/plain-text.ts), whoever wrote it. Input values are left whole: they are
 * what the person typed and what is sent back.
 */
function asText(node: unknown, type?: string): void {
  if (Array.isArray(node)) {
    for (const child of node) asText(child, type === "FactSet" ? "Fact" : undefined);
    return;
  }
  if (!node || typeof node !== "object") return;
  const element = node as Record<string, unknown>;
  const kind = typeof element.type === "string" ? element.type : type;
  const markdown = kind ? (MARKDOWN[kind] ?? []) : [];
  for (const [key, value] of Object.entries(element)) {
    if (typeof value === "string") {
      if (markdown.includes(key)) element[key] = plainText(value);
      else if (SHOWN.includes(key) || (kind === "TextRun" && key === "text"))
        element[key] = withoutControls(value);
    } else if (key !== "data") {
      asText(value, kind === "FactSet" && key === "facts" ? "FactSet" : undefined);
    }
  }
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
