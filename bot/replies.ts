// Small helpers that turn card objects and texts into Teams activities.
import { CardFactory, MessageFactory, type Activity } from "botbuilder";
import type { AdaptiveCard } from "../cards/render";

export function cardMessage(card: AdaptiveCard, text?: string): Partial<Activity> {
  const message = MessageFactory.attachment(CardFactory.adaptiveCard(card));
  if (text) message.text = text;
  return message;
}

export function textMessage(text: string): Partial<Activity> {
  return MessageFactory.text(text);
}
