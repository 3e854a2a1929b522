// The report card an enhetschef fills in: one page of the unit's items grouped by goal area and goal,
// each with what is asked, earlier results, an input fitting its type, its status and its errors;
// `Spara utkast`, `Skicka in`, and previous/next when the report has several pages.
import template from "./report.json";
import { expandCard, type AdaptiveCard } from "./render";
import { VERBS } from "./verbs";
import type { CardBreakdown, CardMilestone } from "./report-breakdown-view";

export interface ReportCardItem {
  /** Unique in the card: the item id. */
  key: string;
  id: string;
  title: string;
  description: string;
  facts: { title: string; value: string }[];
  /** Which input: a number (also per cent), yes/no, an activity's state, or a narrative text. */
  input: "number" | "yesno" | "state" | "text";
  valueLabel: string;
  value: string;
  placeholder: string;
  valueError: string;
  /** "✔ Grön: 6,2 ligger …"; empty when there is nothing to judge yet. */
  statusText: string;
  statusColor: "Good" | "Warning" | "Attention" | "Default";
  stateLabel: string;
  state: string;
  stateError: string;
  commentLabel: string;
  comment: string;
  commentError: string;
  textLabel: string;
  text: string;
  textError: string;
  /** Indicator with a breakdown: one group of part inputs per breakdown. */
  breakdowns: CardBreakdown[];
  /** Activity: the period's milestones, each with a state. */
  milestones: CardMilestone[];
  milestonesError: string;
}

export interface ReportCardData {
  title: string;
  subtitle: string;
  status: string;
  notice: string;
  noticeStyle: "attention" | "good" | "warning" | "emphasis";
  noticeLines: string[];
  pageLabel: string;
  areas: {
    key: string;
    name: string;
    goals: { key: string; name: string; items: ReportCardItem[] }[];
  }[];
  footer: string;
  labels: { previous: string; next: string; draft: string; submit: string; choose: string };
  yesNoChoices: { title: string; value: string }[];
  stateChoices: { title: string; value: string }[];
  planId: string;
  periodId: string;
  unitId: string;
  version: number;
  page: number;
  hasPrevious: boolean;
  hasNext: boolean;
  previousPage: number;
  nextPage: number;
}

export function reportCard(data: ReportCardData): AdaptiveCard {
  return expandCard(template, {
    ...data,
    verbs: { page: VERBS.reportPage, draft: VERBS.reportDraft, submit: VERBS.reportSubmit },
  });
}
