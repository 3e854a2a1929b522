// How an indicator's figure was combined, in the reader's words: "Summa av 5 enheter", "Viktat
// efter antal anställda (2 enheter)", "3 av 4 enheter gröna". The card and the workbook say the same.
import type { Locale } from "../i18n/locale";
import type { IndicatorRollup } from "./period-summary";

export function rollupText(rollup: IndicatorRollup, locale: Locale): string {
  const en = locale === "en";
  const units = (n: number) =>
    en ? `${n} unit${n === 1 ? "" : "s"}` : `${n} ${n === 1 ? "enhet" : "enheter"}`;
  const count =
    rollup.units === rollup.of
      ? units(rollup.of)
      : `${rollup.units} ${en ? "of" : "av"} ${units(rollup.of)}`;
  switch (rollup.kind) {
    case "sum":
      return en ? `Sum of ${count}` : `Summa av ${count}`;
    case "mean":
      return en ? `Mean of ${count}` : `Medelvärde av ${count}`;
    case "weighted":
      return en
        ? `Weighted by number of ${rollup.weight ?? ""} (${count})`
        : `Viktat efter antal ${rollup.weight ?? ""} (${count})`;
    case "perUnit":
      return en
        ? `${rollup.green} of ${units(rollup.judged)} green`
        : `${rollup.green} av ${units(rollup.judged)} ${rollup.judged === 1 ? "grön" : "gröna"}`;
  }
}

/** Said beside the figure when the target is the organisation's, not each unit's. */
export function targetForText(rollup: IndicatorRollup, locale: Locale): string {
  if (rollup.targetFor !== "organisation") return "";
  return locale === "en" ? "target for the whole organisation" : "mål för hela organisationen";
}
