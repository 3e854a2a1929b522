// Users read Swedish; English is the second locale, chosen when Teams says the client is English.
export type Locale = "sv" | "en";

export function localeFrom(tag: string | undefined | null): Locale {
  return typeof tag === "string" && /^en\b/i.test(tag.trim()) ? "en" : "sv";
}

/**
 * The language of a message: the one the organisation set (BOT_LOCALE), or with "auto" the one
 * Teams says the client is in. A message nobody asked for (a reminder, a summary post) has no
 * client to ask, so "auto" is Swedish there.
 */
export function chosenLocale(setting: "auto" | Locale, tag?: string | null): Locale {
  return setting === "auto" ? localeFrom(tag) : setting;
}

/** A text in both locales. */
export type Localized = Record<Locale, string>;

export function pick(text: Localized, locale: Locale): string {
  return text[locale];
}
