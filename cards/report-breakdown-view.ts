// The report card's breakdowns and milestones: an indicator's parts (kvinnor / män, egen regi /
// privat utförare) as inputs beside the total, with how they are checked and the error that says the
// sums; an activity's milestones of the period, each with its own state.
import type { Locale } from "../services/i18n/locale";
import {
  breakdownLabel,
  breakdownsOf,
  partLabel,
  partsRule,
  type PartId,
} from "../services/plan/breakdown";
import type { ItemView } from "../services/reporting/report-view";
import { activityStateLabel } from "../services/reporting/report-model";
import { partsLine } from "./summary-breakdown-view";
import { t } from "./words/t";

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

/** "Q2", "Q1–Q2" (an en dash in a range), or "none" for a milestone of the whole year. */
function milestonePeriod(period: string | undefined, from?: string): string {
  if (!period) return "none";
  return from ? `${from}–${period}` : period;
}

/**
 * `key` names the answer in the inputs' ids: the item's id on a unit's card, `<unit>/<item>` on a
 * role's card, so that each unit's parts are its own.
 */
export function breakdownFields(item: ItemView, locale: Locale, key: string): CardBreakdown[] {
  const indicator = item.form.item;
  if (indicator.kind !== "indicator" || !indicator.breakdown) return [];
  const rule = partsRule(indicator);
  const required = indicator.breakdown.required ? "yes" : "no";
  const and = new Intl.ListFormat(locale, { type: "conjunction" });
  return breakdownsOf(indicator).map(({ kind, parts }) => {
    const names = parts.map((part) => partLabel(part, locale).toLocaleLowerCase(locale));
    return {
      key: kind,
      label: t(locale, "breakdown.label", {
        kind: breakdownLabel(kind, locale),
        required,
        rule,
        // Parts that add up are written as a sum; a range between parts as a list.
        parts: rule === "sum" ? names.join(" + ") : and.format(names),
      }),
      parts: parts.map((part: PartId) => ({
        inputId: `b:${part}:${key}`,
        label: partLabel(part, locale),
        value: item.checked.answer.parts?.[part] ?? "",
      })),
      error: flagged(item.checked.errors[kind]),
    };
  });
}

export function milestoneFields(
  item: ItemView,
  locale: Locale,
  key: string,
): { milestones: CardMilestone[]; milestonesError: string } {
  const activity = item.form.item;
  if (activity.kind !== "activity") return { milestones: [], milestonesError: "" };
  return {
    milestones: item.form.milestones.map((milestone) => ({
      inputId: `m:${milestone.key}:${key}`,
      label: t(locale, "milestone.field", {
        label: t(locale, "milestone.label", {
          period: milestonePeriod(milestone.period, milestone.from),
        }),
        due: milestone.late ? "late" : milestone.due ? "yes" : "no",
        text: milestone.text,
      }),
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
  return line ? [t(locale, "parts.heading", { groups: line })] : [];
}

/** The receipt's lines for the milestones: "Delmål Q2: Utvärdera – Klar". */
export function receiptMilestoneLines(item: ItemView, locale: Locale): string[] {
  const states = item.result?.milestoneStates;
  if (!states) return [];
  return item.form.milestones.flatMap((milestone) => {
    const state = states[milestone.key];
    return state
      ? [
          t(locale, "milestone.receipt", {
            label: t(locale, "milestone.label", { period: milestonePeriod(milestone.period) }),
            text: milestone.text,
            state: activityStateLabel(state, locale),
          }),
        ]
      : [];
  });
}
