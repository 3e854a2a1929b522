// The column heads of every before/after confirmation: Vad, Före, Efter.
import type { Locale } from "../services/i18n/locale";
import { t } from "./words/t";

export function changeLabels(locale: Locale): { field: string; before: string; after: string } {
  return {
    field: t(locale, "change.what"),
    before: t(locale, "change.before"),
    after: t(locale, "change.after"),
  };
}
