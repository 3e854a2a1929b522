// Runs a card action, from an Action.Execute invoke or an Action.Submit message: finds the handler by
// verb and returns what replaces the card or what to tell the person. Each capability registers its
// verbs with `registerCardAction` from its own file (see bot/card-actions/index.ts).
import type { TurnContext } from "botbuilder";
import type { AdaptiveCard } from "../../cards/render";
import type { Locale } from "../../services/i18n/locale";
import type { Person } from "../../services/people/person";
import type { BotServices } from "../services";

export interface CardActionInput {
  context: TurnContext;
  sender: Person;
  isAdmin: boolean;
  locale: Locale;
  verb: string;
  /** The card's data, unparsed: each handler parses it with its own schema. */
  data: unknown;
}

export type CardActionResult =
  /** Replaces the card the person acted on (invoke response, or updateActivity for Submit). */
  | { kind: "card"; card: AdaptiveCard }
  /** A short message: shown by Teams for an invoke, sent as a reply for a Submit. */
  | { kind: "message"; text: string };

export type CardActionHandler = (
  input: CardActionInput,
  services: BotServices,
) => Promise<CardActionResult>;

const handlers = new Map<string, CardActionHandler>();

export function registerCardAction(verb: string, handler: CardActionHandler): void {
  if (handlers.has(verb)) throw new Error(`Card action verb registered twice: ${verb}`);
  handlers.set(verb, handler);
}

export function cardActionHandler(verb: string): CardActionHandler | undefined {
  return handlers.get(verb);
}
