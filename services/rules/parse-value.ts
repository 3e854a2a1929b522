// Reads a reported value as people type it: `6,8`, `6.8`, `12 559`, `8,2%`, `18 månader`, `ja`,
// `No`. The unit is dropped; the number is what the rule judges.
import { quote, valueUnreadable } from "./rule-errors";

/** A number without sign: digits grouped by single spaces, or not, and decimals after , or . */
export const UNSIGNED_NUMBER = String.raw`(?:\d{1,3}(?: \d{3})+|\d+)(?:[.,]\d+)?`;

const VALUE = new RegExp(
  String.raw`^([+-]?)(${UNSIGNED_NUMBER})(?: ?%)?(?: ?[\p{L}][\p{L}/. ]*)?$`,
  "u",
);
const YES = /^(ja|yes)$/i;
const NO = /^(nej|no)$/i;

/** Spaces of every width become one space; dashes and the minus sign become `-`. */
export function normaliseSpacesAndDashes(text: string): string {
  return text
    .replace(/\s+/g, " ") // \s covers the no-break spaces of Word and Excel too
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .trim();
}

/** `12 559,5` → 12559.5. Expects text that matched `UNSIGNED_NUMBER`. */
export function toNumber(digits: string): number {
  return Number(digits.replace(/ /g, "").replace(",", "."));
}

export function parseValue(text: string): number | boolean {
  const value = normaliseSpacesAndDashes(text);
  if (YES.test(value)) return true;
  if (NO.test(value)) return false;
  const match = VALUE.exec(value);
  if (!match) {
    throw valueUnreadable(
      `Värdet ${quote(text.trim())} kunde inte läsas. Skriv ett tal, t.ex. 6,5, 12 559 eller 87 %, eller ja/nej.`,
      text,
    );
  }
  const magnitude = toNumber(match[2] ?? "");
  return match[1] === "-" && magnitude !== 0 ? -magnitude : magnitude;
}
