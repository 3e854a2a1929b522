// How dates and times read wherever people see them: "fredag 16 maj 2025", "16 maj 2025",
// "fredag 9 maj 2025 kl. 14:02", "9 maj 14:02", in Swedish or English. One place, so a card, a
// reply and a reminder never write the same day two ways.
import { DateTime } from "luxon";
import type { Locale } from "./locale";

const LUXON_LOCALE: Record<Locale, string> = { sv: "sv-SE", en: "en-GB" };

const DAY_FORMATS = {
  /** "fredag 16 maj 2025" */
  long: "cccc d MMMM yyyy",
  /** "16 maj 2025" */
  short: "d MMM yyyy",
  /** "16 maj" */
  dayMonth: "d MMM",
} as const;

const MOMENT_FORMATS = {
  /** "fredag 9 maj 2025 kl. 14:02" */
  long: { sv: "cccc d MMMM yyyy 'kl.' HH:mm", en: "cccc d MMMM yyyy, HH:mm" },
  /** "9 maj 2025 kl. 14:02" */
  date: { sv: "d MMMM yyyy 'kl.' HH:mm", en: "d MMMM yyyy, HH:mm" },
  /** "9 maj 14:02" */
  short: { sv: "d MMM HH:mm", en: "d MMM HH:mm" },
} as const;

export type DayStyle = keyof typeof DAY_FORMATS;
export type MomentStyle = keyof typeof MOMENT_FORMATS;

// A reminder fan-out writes thousands of cards with the same few dates: remembering them was most
// of a card's time.
const days = new Map<string, string>();
// The same for moments: `perioder` shows a dozen reminder times, each a luxon parse and format.
const moments = new Map<string, string>();

/** An ISO date (`2025-05-16`) as people read it. */
export function day(isoDate: string, locale: Locale, style: DayStyle = "long"): string {
  const key = `${isoDate}|${locale}|${style}`;
  let text = days.get(key);
  if (text === undefined) {
    text = DateTime.fromISO(isoDate).setLocale(LUXON_LOCALE[locale]).toFormat(DAY_FORMATS[style]);
    if (days.size > 1000) days.clear();
    days.set(key, text);
  }
  return text;
}

/** An instant as people read it in the plan's time zone. */
export function moment(
  instant: string,
  timeZone: string,
  locale: Locale,
  style: MomentStyle = "long",
): string {
  const key = `${instant}|${timeZone}|${locale}|${style}`;
  let text = moments.get(key);
  if (text === undefined) {
    text = DateTime.fromISO(instant, { zone: timeZone })
      .setLocale(LUXON_LOCALE[locale])
      .toFormat(MOMENT_FORMATS[style][locale]);
    if (moments.size > 1000) moments.clear();
    moments.set(key, text);
  }
  return text;
}
