// The one way code asks for words: t(locale, key, values). Each message is ICU MessageFormat
// (intl-messageformat), so plural and select forms live in the catalog, not in code:
// "{count, plural, one {# ej bedömd} other {# ej bedömda}}". A message is compiled once per locale.
import { IntlMessageFormat } from "intl-messageformat";
import type { Locale } from "../../services/i18n/locale";
import { en } from "./en";
import { sv, type WordKey } from "./sv";

export type { WordKey } from "./sv";

/** What a message may be given: text is inserted as it is, numbers in the locale's digits. */
export type WordValues = Record<string, string | number>;

const CATALOGS: Record<Locale, Record<WordKey, string>> = { sv, en };
const TAGS: Record<Locale, string> = { sv: "sv-SE", en: "en-GB" };
const compiled: Record<Locale, Map<WordKey, IntlMessageFormat>> = { sv: new Map(), en: new Map() };

function message(locale: Locale, key: WordKey): IntlMessageFormat {
  let format = compiled[locale].get(key);
  if (!format) {
    // ignoreTag: "<enhet>" in a usage line is text, not a rich-text tag.
    format = new IntlMessageFormat(CATALOGS[locale][key], TAGS[locale], undefined, {
      ignoreTag: true,
    });
    compiled[locale].set(key, format);
  }
  return format;
}

export function t(locale: Locale, key: WordKey, values?: WordValues): string {
  const text = message(locale, key).format(values);
  // Every value given is a string or a number, so the message is always text.
  return typeof text === "string" ? text : String(text);
}

/** The words of one locale, for code that passes a locale on: `const w = words(locale); w("key")`. */
export function words(locale: Locale): (key: WordKey, values?: WordValues) => string {
  return (key, values) => t(locale, key, values);
}
