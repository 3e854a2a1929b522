// The words and formats the report cards share: labels in Swedish and English, a status as word and
// symbol with its colour, values with their unit, and times in the plan's time zone.
import type { Locale } from "../services/i18n/locale";
import type { Status } from "../services/rules/status-rule";
import { activityStateLabel } from "../services/reporting/report-model";
import { activityStates } from "../services/plan/plan-schema";

export const REPORT_TEXT = {
  sv: {
    title: (period: string, unit: string) => `Rapport ${period}: ${unit}`,
    deadline: "Sista dag",
    previous: "← Föregående",
    next: "Nästa →",
    draft: "Spara utkast",
    submit: "Skicka in",
    edit: "Ändra",
    choose: "Välj status",
    yes: "Ja",
    no: "Nej",
    unit: "Mått",
    target: "Mål",
    rule: "Regel",
    milestones: "Delmål",
    lastPeriod: (label: string) => `Förra perioden (${label})`,
    lastYear: (label: string) => `I fjol (${label})`,
    baseline: "Jämförs med",
    source: "Källa",
    missing: "Saknas",
    koladaOffer: "(förifyllt: bekräfta eller ändra)",
    value: (period: string, unit: string) => `Utfall ${period}${unit ? ` (${unit})` : ""}`,
    optional: " – frivillig",
    numberPlaceholder: "t.ex. 6,5 eller 12 559",
    percentPlaceholder: "t.ex. 87 eller 87 %",
    state: "Status",
    indicatorComment: "Kommentar (vid rött: orsak och planerad åtgärd)",
    activityComment: "Kommentar (vid Försenad eller Avbruten: orsak och åtgärd)",
    answer: "Ditt svar",
    lowerBetter: "lägre är bättre",
    higherBetter: "högre är bättre",
    numbersHint: "Skriv tal som 6,5, 12 559 eller 87 %.",
    footer:
      "Spara utkast för att se status för varje värde; inget skickas in förrän du trycker Skicka in.",
    comment: "Kommentar",
  },
  en: {
    title: (period: string, unit: string) => `Report ${period}: ${unit}`,
    deadline: "Deadline",
    previous: "← Previous",
    next: "Next →",
    draft: "Save draft",
    submit: "Submit",
    edit: "Change",
    choose: "Choose a state",
    yes: "Yes",
    no: "No",
    unit: "Measure",
    target: "Target",
    rule: "Rule",
    milestones: "Milestones",
    lastPeriod: (label: string) => `Last period (${label})`,
    lastYear: (label: string) => `Last year (${label})`,
    baseline: "Compared with",
    source: "Source",
    missing: "Missing",
    koladaOffer: "(filled in: confirm or change)",
    value: (period: string, unit: string) => `Result ${period}${unit ? ` (${unit})` : ""}`,
    optional: " – optional",
    numberPlaceholder: "e.g. 6,5 or 12 559",
    percentPlaceholder: "e.g. 87 or 87 %",
    state: "State",
    indicatorComment: "Comment (if red: the reason and the planned action)",
    activityComment: "Comment (if delayed or cancelled: the reason and the action)",
    answer: "Your answer",
    lowerBetter: "lower is better",
    higherBetter: "higher is better",
    numbersHint: "Write numbers as 6,5, 12 559 or 87 %.",
    footer: "Save a draft to see each value's status; nothing is submitted until you press Submit.",
    comment: "Comment",
  },
} as const;

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
  return percent && value !== "" && !value.includes("%") ? `${value} %` : value;
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
