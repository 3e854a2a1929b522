// How a status is named and marked wherever people see it. The symbols differ in shape, not only
// in colour, so that colour is never the only signal (WCAG 1.4.1).
import type { Locale } from "../i18n/locale";
import type { Status } from "./status-rule";

export const STATUS_LABEL: Record<Status, { sv: string; en: string; symbol: string }> = {
  green: { sv: "Grön", en: "Green", symbol: "✔" },
  yellow: { sv: "Gul", en: "Yellow", symbol: "▲" },
  red: { sv: "Röd", en: "Red", symbol: "✖" },
  none: { sv: "Ej bedömd", en: "Not judged", symbol: "–" },
};

/** A unit that has not reported yet: shown beside the statuses, but not one of them. */
export const NOT_REPORTED = { sv: "Ej rapporterad", en: "Not reported", symbol: "○" };

export type ShownStatus = Status | "notReported";

/** "✔ Grön", "○ Ej rapporterad": the symbol and the word, never colour alone. */
export function statusWord(status: ShownStatus, locale: Locale): string {
  const label = status === "notReported" ? NOT_REPORTED : STATUS_LABEL[status];
  return `${label.symbol} ${label[locale]}`;
}
