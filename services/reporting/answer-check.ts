// Checks one answer against its item and judges an indicator's value with the plan's rule. Pure:
// the same check runs when a draft is saved (errors shown as hints, nothing required) and when a
// report is submitted (every error blocks it).
import { isDomainError } from "../errors";
import {
  isWithin,
  possibleRange,
  rollupMethod,
  type Indicator,
  type Plan,
  type Unit,
} from "../plan";
import {
  evaluateStatus,
  formatNumber,
  parseValue,
  ruleNeedsBaseline,
  type Judgement,
} from "../rules";
import {
  findComparison,
  indicatorComparisons,
  ruleOf,
  slotOf,
  type ComparisonValue,
} from "../comparison";
import type { Answer } from "./report-model";
import type { PartId } from "../plan/breakdown";
import { checkParts } from "./breakdown-check";
import type { FormItem } from "./report-form";
import type { EarlierResults } from "./earlier-results";

export type CheckMode = "draft" | "submit";

export interface FieldErrors {
  value?: string;
  state?: string;
  comment?: string;
  text?: string;
  /** Breakdowns whose parts do not hold against the total (breakdown-check.ts). */
  sex?: string;
  provider?: string;
  /** Milestones due in the period without a state. */
  milestones?: string;
}

export interface CheckedAnswer {
  itemId: string;
  /** Trimmed; what the card shows again. */
  answer: Answer;
  errors: FieldErrors;
  /** Indicator whose value could be read: its status and why. */
  judgement?: Judgement;
  number?: number;
  yes?: boolean;
  /** Indicator with a breakdown: the parts of every complete breakdown that holds. */
  parts?: Partial<Record<PartId, number>>;
}

export interface Baseline {
  value: number | boolean;
  /** What it is and where it comes from, for people: "utfall 2023 (planen)", "Kolada 2023". */
  source: string;
  /** From Kolada: the card and the export say "Källa: Kolada". */
  kolada?: boolean;
}

/** The comparison value a change or direction rule judges against, or what is missing. */
export interface ComparisonContext {
  baseline?: Baseline;
  /** Swedish: which value is missing and who can add it (shown as the "Ej bedömd" reason). */
  missing?: string;
}

/**
 * The value to compare with: one of the same kind of period a year earlier (the plan's, one
 * stored, or what the unit reported then), or, when there is none, why not. Nothing for rules
 * that need no comparison.
 */
export function baselineFor(
  indicator: Indicator,
  earlier: EarlierResults | undefined,
  at: {
    plan: Pick<Plan, "year" | "units">;
    unit: Pick<Unit, "id" | "name" | "parent">;
    period: { kind: string; start: string };
  },
): ComparisonContext {
  if (!ruleNeedsBaseline(ruleOf(indicator))) return {};
  const values: ComparisonValue[] = [
    ...indicatorComparisons(indicator),
    ...(earlier?.comparisons ?? []),
  ];
  const lastYear = earlier?.lastYear;
  const reported = lastYear?.number ?? lastYear?.yes;
  const slot = slotOf(at.period);
  if (lastYear && reported !== undefined && slot) {
    values.push({
      indicatorId: indicator.id,
      unitId: at.unit.id,
      year: at.plan.year - 1,
      period: slot,
      value: reported,
      label: lastYear.periodLabel,
      origin: { kind: "lastYear", planId: lastYear.planId, periodId: lastYear.periodId },
    });
  }
  const lookup = findComparison({ ...at, indicator, values });
  if (!lookup.found) return { missing: lookup.missing };
  return {
    baseline: {
      value: lookup.value.value,
      source: lookup.text,
      kolada: lookup.value.origin.kind === "kolada" || undefined,
    },
  };
}

export function checkAnswer(
  form: FormItem,
  answer: Answer,
  mode: CheckMode,
  context: { unitType?: string } & ComparisonContext,
): CheckedAnswer {
  const { item } = form;
  const trimmed: Answer = {
    value: answer.value?.trim(),
    state: answer.state?.trim(),
    comment: answer.comment?.trim(),
    text: answer.text?.trim(),
    ...(answer.parts && { parts: trimTexts(answer.parts) }),
    ...(answer.milestones && { milestones: trimTexts(answer.milestones) }),
  };
  const checked: CheckedAnswer = { itemId: item.id, answer: trimmed, errors: {} };
  const submit = mode === "submit";
  const comment = trimmed.comment ?? "";

  switch (item.kind) {
    case "indicator": {
      checkValue(form, trimmed, checked, submit, context);
      if (item.kind === "indicator" && item.breakdown) {
        const parts = checkParts(item, trimmed, checked.number, submit, (text) =>
          readValue(item, text),
        );
        Object.assign(checked.errors, parts.errors);
        if (parts.parts) checked.parts = parts.parts;
      }
      return checked;
    }
    case "activity": {
      const state = trimmed.state ?? "";
      if (state === "" && submit && item.required) checked.errors.state = "Välj status.";
      if (submit && comment === "" && state === "delayed") {
        checked.errors.comment =
          "Aktiviteten är försenad: skriv orsaken och vad ni planerar att göra.";
      }
      if (submit && comment === "" && state === "cancelled") {
        checked.errors.comment =
          "Aktiviteten är avbruten: skriv varför och vad som händer i stället.";
      }
      const unanswered = form.milestones.filter(
        (milestone) => milestone.due && (trimmed.milestones?.[milestone.key] ?? "") === "",
      );
      if (submit && item.required && unanswered.length > 0) {
        checked.errors.milestones = `Välj status för ${unanswered.length === 1 ? "delmålet som ska vara nått" : "delmålen som ska vara nådda"} nu: ${unanswered.map((m) => `”${m.text}”`).join(", ")}.`;
      }
      return checked;
    }
    case "question": {
      if (submit && item.required && (trimmed.text ?? "") === "") {
        checked.errors.text = "Skriv ett svar.";
      }
      return checked;
    }
  }
}

/** The indicator's value: read, in range, judged with the plan's rule; a red one needs a comment. */
function checkValue(
  form: FormItem,
  trimmed: Answer,
  checked: CheckedAnswer,
  submit: boolean,
  context: { unitType?: string } & ComparisonContext,
): void {
  const { item } = form;
  if (item.kind !== "indicator") return;
  const comment = trimmed.comment ?? "";

  const value = trimmed.value ?? "";
  if (value === "") {
    if (submit && item.required) checked.errors.value = "Fyll i ett värde.";
    return;
  }
  const reading = readValue(item, value);
  if (typeof reading === "string") {
    checked.errors.value = reading;
    return;
  }
  if (typeof reading === "number") checked.number = reading;
  else checked.yes = reading;
  const judged = judge(item, reading, context);
  if (typeof judged === "string") {
    checked.errors.value = judged;
    return;
  }
  checked.judgement = judged;
  if (submit && checked.judgement?.status === "red" && comment === "") {
    checked.errors.comment = "Värdet är rött: skriv orsaken och vad ni planerar att göra.";
  }
  return;
}

function trimTexts<T extends Partial<Record<string, string>>>(texts: T): T {
  return Object.fromEntries(
    Object.entries(texts).map(([key, text]) => [key, (text ?? "").trim()]),
  ) as T;
}

/** The value as a number or yes/no, or a Swedish sentence saying what to write instead. */
function readValue(indicator: Indicator, value: string): number | boolean | string {
  let reading: number | boolean;
  try {
    reading = parseValue(value);
  } catch (error) {
    if (!isDomainError(error, "VALUE_UNREADABLE")) throw error;
    return indicator.valueType === "yesno"
      ? `”${value}” är inget svar. Välj ja eller nej.`
      : `”${value}” kunde inte läsas som ett tal. Skriv t.ex. 6,5 eller 12 559${indicator.valueType === "percent" ? " eller 87 %" : ""}.`;
  }
  if (indicator.valueType === "yesno" && typeof reading !== "boolean") {
    return "Svara ja eller nej.";
  }
  if (indicator.valueType !== "yesno" && typeof reading === "boolean") {
    return "Skriv ett tal, t.ex. 6,5.";
  }
  if (typeof reading === "number" && !isWithin(possibleRange(indicator), reading)) {
    return outOfRange(indicator, reading);
  }
  return reading;
}

/** Says the possible range, so the person sees at once what went wrong ("-1 går inte: 0–100 %"). */
function outOfRange(indicator: Indicator, value: number): string {
  const { min, max } = possibleRange(indicator);
  const unit =
    indicator.valueType === "percent"
      ? "\u00a0%"
      : indicator.unitOfMeasure
        ? `\u00a0${indicator.unitOfMeasure}`
        : "";
  const shown = (n: number) => `${formatNumber(n)}${unit}`;
  const range =
    min !== undefined && max !== undefined
      ? `mellan ${shown(min)} och ${shown(max)}`
      : min !== undefined
        ? `minst ${shown(min)}`
        : `högst ${shown(max ?? 0)}`;
  return `${formatNumber(value)}${unit} är inte möjligt för ${indicator.name}: värdet ska vara ${range}. Rätta värdet.`;
}

/** The judgement, or a sentence when the rule refuses the value (a yes/no rule given a number). */
function judge(
  indicator: Indicator,
  reading: number | boolean,
  context: { unitType?: string } & ComparisonContext,
): Judgement | string {
  // An organisation's target (Halland's +1000 listade) is met by the total, not by one unit.
  if (rollupMethod(indicator).targetFor === "organisation") {
    return {
      status: "none",
      explanation:
        "Målet gäller hela organisationen: värdet bedöms i sammanställningen, i totalen.",
    };
  }
  try {
    const judged = evaluateStatus(ruleOf(indicator), reading, {
      unitType: context.unitType,
      baseline: context.baseline?.value,
      direction: indicator.direction,
    });
    // "Jämförelsevärde saknas" alone tells nobody what to do: say which value, and who adds it.
    if (judged.status === "none" && context.missing) {
      return { ...judged, explanation: context.missing };
    }
    // Kolada's terms ask for attribution wherever its figures are shown: the explanation is kept
    // with the result and shown in summaries and exports.
    return context.baseline?.kolada && judged.status !== "none"
      ? {
          ...judged,
          explanation: `${judged.explanation} (${context.baseline.source}. Källa: Kolada)`,
        }
      : judged;
  } catch (error) {
    if (isDomainError(error, "VALUE_UNREADABLE")) return error.message;
    // Not the person's fault (a unit without the type the rule needs): leave it unjudged.
    if (isDomainError(error, "UNKNOWN_UNIT_TYPE"))
      return { status: "none", explanation: error.message };
    throw error;
  }
}

/** The indicator's rule; an unreadable one (a plan checks its rules at import) judges nothing. */
export { ruleOf };
