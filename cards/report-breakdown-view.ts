// The report card's breakdowns and milestones: an indicator's parts (kvinnor / män, egen regi /
// privat utförare) as inputs beside the total, with how they are checked and the error that says the
// sums; an activity's milestones of the period, each with its own state.
import type { Locale } from "../services/i18n/locale";
import {
  BREAKDOWN_LABEL,
  PART_LABEL,
  breakdownsOf,
  partsRule,
  type PartId,
} from "../services/plan/breakdown";
import type { ItemView } from "../services/reporting/report-view";
import { ACTIVITY_STATE_LABEL } from "../services/reporting/report-model";
import { partsLine } from "./summary-breakdown-view";

export interface CardBreakdown {
  key: string;
  /** "Uppdelat på kön: kvinnor + män ska bli totalen." */
  label: string;
  parts: { inputId: string; label: string; value: string }[];
  /** The error beside the parts, with the sums; "" when there is none. */
  error: string;
}

export interface CardMilestone {
  inputId: string;
  /** "Delmål Q2: Utvärdera" */
  label: string;
  value: string;
}

const TEXT = {
  sv: {
    by: (kind: string) => `Uppdelat på ${kind}`,
    sum: (parts: string) => `${parts} ska tillsammans bli totalen`,
    between: (parts: string) => `totalen ska ligga mellan ${parts}`,
    where: " (där möjligt)",
    and: " och ",
    plus: " + ",
    milestone: (period: string | undefined) => (period ? `Delmål ${period}` : "Delmål under året"),
    due: " – ska vara nått nu",
  },
  en: {
    by: (kind: string) => `Split by ${kind}`,
    sum: (parts: string) => `${parts} must add up to the total`,
    between: (parts: string) => `the total must lie between ${parts}`,
    where: " (where possible)",
    and: " and ",
    plus: " + ",
    milestone: (period: string | undefined) =>
      period ? `Milestone ${period}` : "Milestone during the year",
    due: " – due now",
  },
} as const;

export function breakdownFields(item: ItemView, locale: Locale): CardBreakdown[] {
  const indicator = item.form.item;
  if (indicator.kind !== "indicator" || !indicator.breakdown) return [];
  const t = TEXT[locale];
  const rule = partsRule(indicator);
  const optional = indicator.breakdown.required ? "" : t.where;
  return breakdownsOf(indicator).map(({ kind, parts }) => {
    const names = parts.map((part) => PART_LABEL[part][locale].toLocaleLowerCase(locale));
    const how = rule === "sum" ? t.sum(names.join(t.plus)) : t.between(names.join(t.and));
    return {
      key: kind,
      label: `${t.by(BREAKDOWN_LABEL[kind][locale])}${optional}: ${how}.`,
      parts: parts.map((part: PartId) => ({
        inputId: `b:${part}:${indicator.id}`,
        label: PART_LABEL[part][locale],
        value: item.checked.answer.parts?.[part] ?? "",
      })),
      error: flagged(item.checked.errors[kind]),
    };
  });
}

export function milestoneFields(
  item: ItemView,
  locale: Locale,
): { milestones: CardMilestone[]; milestonesError: string } {
  const t = TEXT[locale];
  const activity = item.form.item;
  if (activity.kind !== "activity") return { milestones: [], milestonesError: "" };
  return {
    milestones: item.form.milestones.map((milestone) => ({
      inputId: `m:${milestone.key}:${activity.id}`,
      label: `${t.milestone(milestone.from && milestone.period ? `${milestone.from}–${milestone.period ?? ""}` : milestone.period)}${milestone.due ? t.due : ""}: ${milestone.text}`,
      value: item.checked.answer.milestones?.[milestone.key] ?? "",
    })),
    milestonesError: flagged(item.checked.errors.milestones),
  };
}

function flagged(error: string | undefined): string {
  return error ? `⚠ ${error}` : "";
}

/** The receipt's line for the parts submitted: "Kvinnor 12 · män 8". */
export function receiptPartLines(item: ItemView, locale: Locale): string[] {
  const parts = item.result?.parts;
  const indicator = item.form.item;
  if (!parts || indicator.kind !== "indicator") return [];
  const unit = indicator.valueType === "percent" ? "%" : indicator.unitOfMeasure;
  const line = partsLine(parts, unit, locale);
  return line ? [`${locale === "en" ? "Parts" : "Delar"}: ${line}`] : [];
}

/** The receipt's lines for the milestones: "Delmål Q2: Utvärdera – Klar". */
export function receiptMilestoneLines(item: ItemView, locale: Locale): string[] {
  const states = item.result?.milestoneStates;
  if (!states) return [];
  const t = TEXT[locale];
  return item.form.milestones.flatMap((milestone) => {
    const state = states[milestone.key];
    return state
      ? [
          `${t.milestone(milestone.period)}: ${milestone.text} – ${ACTIVITY_STATE_LABEL[state][locale]}`,
        ]
      : [];
  });
}
