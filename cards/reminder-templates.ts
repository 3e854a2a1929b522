// Expands the reminder cards' templates as render.ts's expandCard does (same settings: render.ts is
// loaded first), but parses each template once. A fan-out renders thousands of reminders, and
// parsing the template's expressions again for each one was nearly all of a card's time (8 ms
// against 0.15 ms on the development container).
import { Template } from "adaptivecards-templating";
import { type AdaptiveCard } from "./render";
import "./render";

const parsed = new WeakMap<object, Template>();

export function expandParsedOnce(template: object, data: object): AdaptiveCard {
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
