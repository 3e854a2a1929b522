// How an indicator's figure was combined, in the reader's words: "Summa av 5 enheter", "Viktat
// efter antal anställda (2 enheter)", "3 av 4 enheter gröna". The card and the workbook say the same.
import type { Locale } from "../i18n/locale";
import { t } from "../i18n/words/t";
import type { IndicatorRollup } from "./period-summary";

export function rollupText(rollup: IndicatorRollup, locale: Locale): string {
  const count = t(locale, "rollup.count", {
    partial: rollup.units === rollup.of ? "no" : "yes",
    units: rollup.units,
    of: rollup.of,
  });
  switch (rollup.kind) {
    case "sum":
      return t(locale, "rollup.sum", { count });
    case "mean":
      return t(locale, "rollup.mean", { count });
    case "weighted":
      return t(locale, "rollup.weighted", { weight: rollup.weight ?? "", count });
    case "perUnit":
      return t(locale, "rollup.perUnit", { green: rollup.green, judged: rollup.judged });
  }
}

/** Said beside the figure when the target is the organisation's, not each unit's. */
export function targetForText(rollup: IndicatorRollup, locale: Locale): string {
  if (rollup.targetFor !== "organisation") return "";
  return t(locale, "rollup.targetForOrganisation");
}
