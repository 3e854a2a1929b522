// How a status is named and marked wherever people see it. The symbols differ in shape, not only
// in colour, so that colour is never the only signal (WCAG 1.4.1).
import type { Locale } from "../i18n/locale";
import { t } from "../i18n/words/t";
import type { Status } from "./status-rule";

type Label = { sv: string; en: string; symbol: string };

/** The words from the catalog (`status.*`), the symbol beside them. */
function label(status: Status | "notReported", symbol: string): Label {
  return { sv: t("sv", `status.${status}`), en: t("en", `status.${status}`), symbol };
}

export const STATUS_LABEL: Record<Status, Label> = {
  green: label("green", "✔"),
  yellow: label("yellow", "▲"),
  red: label("red", "✖"),
  none: label("none", "–"),
};

/** A unit that has not reported yet: shown beside the statuses, but not one of them. */
export const NOT_REPORTED = label("notReported", "○");

export type ShownStatus = Status | "notReported";

/** "✔ Grön", "○ Ej rapporterad": the symbol and the word, never colour alone. */
export function statusWord(status: ShownStatus, locale: Locale): string {
  const label = status === "notReported" ? NOT_REPORTED : STATUS_LABEL[status];
  return `${label.symbol} ${label[locale]}`;
}
