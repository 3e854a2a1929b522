// The words and formats the report cards share: labels in Swedish and English (from the catalog),
// a status as word and symbol with its colour, values with their unit, and times in the plan's
// time zone.
import type { Locale } from "../services/i18n/locale";
import type { Status } from "../services/rules/status-rule";
import { activityStateLabel } from "../services/reporting/report-model";
import { activityStates } from "../services/plan/plan-schema";
import { words } from "./words/t";

/** The report cards' labels in one language, from the catalog (`reportText.*`). */
function reportWords(locale: Locale) {
  const w = words(locale);
  return {
    title: (period: string, unit: string) => w("reportText.title", { period, unit }),
    deadline: w("reportText.deadline"),
    previous: w("reportText.previous"),
    next: w("reportText.next"),
    draft: w("reportText.draft"),
    submit: w("reportText.submit"),
    edit: w("reportText.edit"),
    choose: w("reportText.choose"),
    yes: w("reportText.yes"),
    no: w("reportText.no"),
    unit: w("reportText.unit"),
    target: w("reportText.target"),
    rule: w("reportText.rule"),
    milestones: w("reportText.milestones"),
    lastPeriod: (label: string) => w("reportText.lastPeriod", { label }),
    lastYear: (label: string) => w("reportText.lastYear", { label }),
    baseline: w("reportText.baseline"),
    source: w("reportText.source"),
    missing: w("reportText.missing"),
    koladaOffer: w("reportText.koladaOffer"),
    value: (period: string, unit: string) =>
      w("reportText.value", { period, unit: unit || "none" }),
    optional: w("reportText.optional"),
    numberPlaceholder: w("reportText.numberPlaceholder"),
    percentPlaceholder: w("reportText.percentPlaceholder"),
    state: w("reportText.state"),
    indicatorComment: w("reportText.indicatorComment"),
    activityComment: w("reportText.activityComment"),
    answer: w("reportText.answer"),
    lowerBetter: w("reportText.lowerBetter"),
    higherBetter: w("reportText.higherBetter"),
    numbersHint: w("reportText.numbersHint"),
    footer: w("reportText.footer"),
    comment: w("reportText.comment"),
  };
}

export const REPORT_TEXT: Record<Locale, ReturnType<typeof reportWords>> = {
  sv: reportWords("sv"),
  en: reportWords("en"),
};

export type StatusColor = "Good" | "Warning" | "Attention" | "Default";

export function statusColor(status: Status): StatusColor {
  return status === "green"
    ? "Good"
    : status === "yellow"
      ? "Warning"
      : status === "red"
        ? "Attention"
        : "Default";
}

/** "✔ Grön": never colour alone. */
export { statusWord } from "../services/rules/status-label";

/** "6,8 %" for a percentage written without its sign; other values as written. */
export function valueWithUnit(value: string, percent: boolean): string {
  return percent && value !== "" && !value.includes("%") ? `${value}\u00a0%` : value;
}

export function stateLabel(state: string | undefined, locale: Locale): string {
  const known = activityStates.find((candidate) => candidate === state);
  return known ? activityStateLabel(known, locale) : "";
}

export function stateChoices(locale: Locale): { title: string; value: string }[] {
  return activityStates.map((state) => ({
    title: activityStateLabel(state, locale),
    value: state,
  }));
}

/** "fredag 9 maj 2025 kl. 14:02" in the time zone; "fredag 16 maj 2025". */
export { day, moment } from "../services/i18n/date-text";

/** A text cut to `max` characters, for lines that only recall what was written. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
