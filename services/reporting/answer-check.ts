// Checks one answer against its item and judges an indicator's value with the plan's rule. Pure:
// the same check runs when a draft is saved (errors shown as hints, nothing required) and when a
// report is submitted (every error blocks it).
import { isDomainError } from "../errors";
import { isWithin, possibleRange, rollupMethod, type Indicator } from "../plan";
import {
  evaluateStatus,
  formatNumber,
  parseStatusRule,
  parseValue,
  ruleNeedsBaseline,
  type Judgement,
  type StatusRule,
} from "../rules";
import type { Answer } from "./report-model";
import type { FormItem } from "./report-form";
import type { EarlierResults } from "./earlier-results";

export type CheckMode = "draft" | "submit";

export interface FieldErrors {
  value?: string;
  state?: string;
  comment?: string;
  text?: string;
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
}

export interface Baseline {
  value: number | boolean;
  /** Where it comes from, for people: "Tertial 1 2024 (rapporterat)", "2024 (planen)". */
  source: string;
}

/** The earlier value a change rule judges against: last year's result, else the plan's figure. */
export function baselineFor(
  indicator: Indicator,
  earlier: EarlierResults | undefined,
  planYear: number,
): Baseline | undefined {
  if (!ruleNeedsBaseline(ruleOf(indicator))) return undefined;
  const lastYear = earlier?.lastYear;
  const reported = lastYear?.number ?? lastYear?.yes;
  if (lastYear && reported !== undefined) {
    return { value: reported, source: `${lastYear.periodLabel} (rapporterat)` };
  }
  const year = String(planYear - 1);
  const planned = indicator.baseline?.[year];
  return planned === undefined ? undefined : { value: planned, source: `${year} (planen)` };
}

export function checkAnswer(
  form: FormItem,
  answer: Answer,
  mode: CheckMode,
  context: { unitType?: string; baseline?: Baseline },
): CheckedAnswer {
  const { item } = form;
  const trimmed: Answer = {
    value: answer.value?.trim(),
    state: answer.state?.trim(),
    comment: answer.comment?.trim(),
    text: answer.text?.trim(),
  };
  const checked: CheckedAnswer = { itemId: item.id, answer: trimmed, errors: {} };
  const submit = mode === "submit";
  const comment = trimmed.comment ?? "";

  switch (item.kind) {
    case "indicator": {
      const value = trimmed.value ?? "";
      if (value === "") {
        if (submit && item.required) checked.errors.value = "Fyll i ett värde.";
        return checked;
      }
      const reading = readValue(item, value);
      if (typeof reading === "string") {
        checked.errors.value = reading;
        return checked;
      }
      if (typeof reading === "number") checked.number = reading;
      else checked.yes = reading;
      const judged = judge(item, reading, context);
      if (typeof judged === "string") {
        checked.errors.value = judged;
        return checked;
      }
      checked.judgement = judged;
      if (submit && checked.judgement?.status === "red" && comment === "") {
        checked.errors.comment = "Värdet är rött: skriv orsaken och vad ni planerar att göra.";
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

/** The value as a number or yes/no, or a Swedish sentence saying what to write instead. */
function readValue(indicator: Indicator, value: string): number | boolean | string {
  let reading: number | boolean;
  try {
    reading = parseValue(value);
  } catch (error) {
    if (!isDomainError(error, "VALUE_UNREADABLE")) throw error;
    return indicator.valueType === "yesno"
      ? `"${value}" är inget svar. Välj ja eller nej.`
      : `"${value}" kunde inte läsas som ett tal. Skriv t.ex. 6,5 eller 12 559${indicator.valueType === "percent" ? " eller 87 %" : ""}.`;
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
      ? " %"
      : indicator.unitOfMeasure
        ? ` ${indicator.unitOfMeasure}`
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
  context: { unitType?: string; baseline?: Baseline },
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
    return evaluateStatus(ruleOf(indicator), reading, {
      unitType: context.unitType,
      baseline: context.baseline?.value,
      direction: indicator.direction,
    });
  } catch (error) {
    if (isDomainError(error, "VALUE_UNREADABLE")) return error.message;
    // Not the person's fault (a unit without the type the rule needs): leave it unjudged.
    if (isDomainError(error, "UNKNOWN_UNIT_TYPE"))
      return { status: "none", explanation: error.message };
    throw error;
  }
}

const NO_RULE = parseStatusRule("");

/** The indicator's rule; an unreadable one (a plan checks its rules at import) judges nothing. */
export function ruleOf(indicator: Indicator): StatusRule {
  try {
    return parseStatusRule(indicator.rule ?? "");
  } catch (error) {
    if (isDomainError(error, "RULE_UNREADABLE")) return NO_RULE;
    throw error;
  }
}
