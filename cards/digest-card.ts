// What admins get from the reminders: after the deadline, the digest of units still missing and
// who reports for them; when Teams refused people (blocked, app removed), who and what to do.
import template from "./digest.json";
import { expandCard, fitToCard, type AdaptiveCard } from "./render";

export interface DigestCardData {
  title: string;
  summary: string;
  rows: { name: string; detail: string }[];
  more: (left: number) => string;
  footer: string;
}

export function digestCard(data: DigestCardData): AdaptiveCard {
  return fitToCard(data.rows.length, (shown) => {
    const left = data.rows.length - shown;
    return expandCard(template, {
      ...data,
      rows: data.rows.slice(0, shown),
      more: left > 0 ? data.more(left) : "",
    });
  });
}
