// A short message with the few commands that fit the moment as buttons: the first greeting, and the
// answer to a command the bot did not know. Each button says its command in the chat (Teams'
// imBack), so pressing it is the same as typing it, and the person learns the words.
import template from "./quick-actions.json";
import { expandCard, type AdaptiveCard } from "./render";

export interface QuickActionsCardData {
  title: string;
  text: string;
  footer?: string;
  /** At most five (Teams shows more in a "…" menu). */
  buttons: { title: string; command: string }[];
}

export function quickActionsCard(data: QuickActionsCardData): AdaptiveCard {
  return expandCard(template, { footer: "", ...data, buttons: data.buttons.slice(0, 5) });
}
