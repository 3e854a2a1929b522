// The leadership summary: an overview card (headline, what changed, goal areas, who has not reported)
// and a detail card for drilling into a goal area, a unit or the answers to a question.
import overviewTemplate from "./summary.json";
import detailTemplate from "./summary-detail.json";
import { expandCard, type AdaptiveCard } from "./render";

export interface CardAction {
  title: string;
  verb: string;
  actionData: Record<string, unknown>;
}

export interface SummaryOverviewData {
  title: string;
  headline: string;
  reported: string;
  chartUrl?: string;
  chartAlt?: string;
  changesHeading: string;
  changes: { line: string }[];
  changesMore?: string;
  areasHeading: string;
  areas: { name: string; counts: string; verb: string; actionData: Record<string, unknown> }[];
  missingHeading: string;
  missing: { line: string }[];
  missingMore?: string;
  footer: string;
  actions: CardAction[];
}

export interface SummaryDetailData {
  title: string;
  heading: string;
  subheading?: string;
  sections: {
    title: string;
    text?: string;
    rows: { label: string; value: string; status: string }[];
    /** Selecting the section opens this (e.g. all units of an indicator). */
    verb?: string;
    actionData?: Record<string, unknown>;
  }[];
  more?: string;
  actions: CardAction[];
}

export function summaryOverviewCard(data: SummaryOverviewData): AdaptiveCard {
  return expandCard(overviewTemplate, {
    chartUrl: "",
    chartAlt: "",
    changesMore: "",
    missingMore: "",
    ...data,
  });
}

export function summaryDetailCard(data: SummaryDetailData): AdaptiveCard {
  return expandCard(detailTemplate, {
    subheading: "",
    more: "",
    ...data,
    sections: data.sections.map((section) => ({ text: "", verb: "", actionData: {}, ...section })),
  });
}
