// Users read Swedish; English is the second locale, chosen when Teams says the client is English.
export type Locale = "sv" | "en";

export function localeFrom(tag: string | undefined | null): Locale {
  return typeof tag === "string" && /^en\b/i.test(tag.trim()) ? "en" : "sv";
}

/** A text in both locales. */
export type Localized = Record<Locale, string>;

export function pick(text: Localized, locale: Locale): string {
  return text[locale];
}
