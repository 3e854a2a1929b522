// What a report card shows, as the use cases return it: the unit's items with earlier results, the
// answers to show in the inputs, each value's status and each field's error, the report's version
// and who submitted it, and why the card is shown (opened, draft saved, errors, conflict, receipt).
import type { ReportingPeriod } from "../calendar";
import type { Plan, Unit } from "../plan";
import { checkAnswer } from "./answer-check";
import type { CheckMode, CheckedAnswer } from "./checked-answer";
import { baselineFor, type Baseline } from "./comparison-baseline";
import { currentDrafts } from "./answers";
import { koladaOutcome } from "../comparison";
import { formatNumber } from "../rules";
import type { EarlierResults } from "./earlier-results";
import type { Answer, Result, UnitReport } from "./report-model";
import type { FormItem } from "./report-form";
import type { ReportScope } from "./report-scope";
import type { UnitState } from "./report-store";
import type { ReportWindow } from "./report-window";

export type ReportOutcome =
  | { kind: "opened" }
  | { kind: "draftSaved" }
  /** A submit refused by the checks: the errors are on the items; nothing was submitted. */
  | { kind: "invalid"; errorCount: number }
  /** Someone submitted since the card was opened: the view shows their values; yours are listed. */
  | { kind: "conflict"; unsent: { title: string; yours: string }[] }
  | { kind: "submitted"; changed: number };

export interface ItemView {
  form: FormItem;
  earlier: EarlierResults;
  baseline?: Baseline;
  /** Why a rule that needs a comparison value has none (what is missing, who can add it). */
  baselineMissing?: string;
  /** Kolada's figure for this year, when the outcome is itself a Kolada figure: offered to confirm. */
  koladaSuggestion?: { value: number | boolean; year: number };
  /** The answer the inputs show, its errors, and an indicator's judgement. */
  checked: CheckedAnswer;
  /** What is submitted for the item. */
  result?: Result;
}

export interface ReportView {
  plan: Pick<Plan, "id" | "name" | "organisation" | "year">;
  period: ReportingPeriod;
  unit: Unit;
  window: ReportWindow;
  /** The report row: version, who submitted last and when, reopening. */
  report?: UnitReport;
  version: number;
  draft?: { savedAt: string; savedByName: string };
  items: ItemView[];
  /** The page the person asked for (the card splits large reports into pages). */
  page: number;
  outcome: ReportOutcome;
  /** Set when an admin reports for a unit they do not report for: the unit's own reporters. */
  onBehalfOf?: string[];
}

export function buildView(input: {
  scope: ReportScope;
  state: UnitState;
  earlier: Map<string, EarlierResults>;
  answers: Map<string, Answer>;
  mode: CheckMode;
  window: ReportWindow;
  outcome: ReportOutcome;
  page: number;
}): ReportView {
  const { scope, state } = input;
  const items = scope.form.map((form): ItemView => {
    const earlier = input.earlier.get(form.item.id) ?? {};
    const comparison =
      form.item.kind === "indicator"
        ? baselineFor(form.item, earlier, {
            plan: scope.plan,
            unit: scope.unit,
            period: scope.period,
          })
        : {};
    const suggestion =
      form.item.kind === "indicator"
        ? koladaOutcome({
            plan: scope.plan,
            indicator: form.item,
            unit: scope.unit,
            period: scope.period,
            values: earlier.comparisons ?? [],
          })
        : undefined;
    const result = state.results.get(form.item.id);
    const given = input.answers.get(form.item.id) ?? {};
    // Offered, not submitted: the person sees Kolada's figure in the field and confirms or changes it.
    const answer =
      suggestion && !result && (given.value ?? "") === ""
        ? { ...given, value: shownValue(suggestion.value) }
        : given;
    return {
      form,
      earlier,
      baseline: comparison.baseline,
      baselineMissing: comparison.missing,
      koladaSuggestion: suggestion && { value: suggestion.value, year: suggestion.year },
      checked: checkAnswer(form, answer, input.mode, {
        unitType: scope.unit.type,
        ...comparison,
      }),
      result,
    };
  });
  const drafts = currentDrafts(state);
  const latestDraft = [...state.drafts.values()]
    .filter((draft) => drafts.has(draft.itemId))
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt))[0];
  const { id, name, organisation, year } = scope.plan;
  return {
    plan: { id, name, organisation, year },
    period: scope.period,
    unit: scope.unit,
    window: input.window,
    report: state.report,
    version: state.report?.version ?? 0,
    draft: latestDraft
      ? { savedAt: latestDraft.savedAt, savedByName: latestDraft.savedByName }
      : undefined,
    items,
    page: input.page,
    outcome: input.outcome,
    onBehalfOf: scope.onBehalfOf,
  };
}

/** Number of fields with an error. */
export function errorCount(view: Pick<ReportView, "items">): number {
  return view.items.reduce(
    (sum, item) => sum + Object.values(item.checked.errors).filter(Boolean).length,
    0,
  );
}

function shownValue(value: number | boolean): string {
  return typeof value === "boolean" ? (value ? "ja" : "nej") : formatNumber(value);
}
