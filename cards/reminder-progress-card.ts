// The admin's `påminn` message, updated in place as the reminders go out ("Skickat 340 av 1 000"),
// and at the end the count: sent, already reported, already reminded today, unreachable, failed,
// with who could not be reached.
import template from "./reminder-progress.json";
import { expandCard, fitToCard, type AdaptiveCard } from "./render";

export interface ReminderProgressCardData {
  title: string;
  /** "Skickat 340 av 1 000" or, at the end, "Klart: …". */
  status: string;
  facts: { title: string; value: string }[];
  listHeading: string;
  /** One line each: "Adele Vance: har blockerat boten". */
  people: string[];
  more: (left: number) => string;
  footer: string;
}

export function reminderProgressCard(data: ReminderProgressCardData): AdaptiveCard {
  return fitToCard(data.people.length, (shown) => {
    const left = data.people.length - shown;
    return expandCard(template, {
      ...data,
      people: data.people.slice(0, shown).map((line) => ({ line })),
      more: left > 0 ? data.more(left) : "",
    });
  });
}
