// The help card: what the bot can do for this person, grouped, in their language.
import template from "./help.json";
import { expandSharedCard, type AdaptiveCard } from "./render";

export interface HelpCardData {
  title: string;
  intro: string;
  groups: { heading: string; commands: { usage: string; text: string }[] }[];
  footer: string;
}

export function helpCard(data: HelpCardData): AdaptiveCard {
  return expandSharedCard(template, data);
}
