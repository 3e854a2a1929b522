// The receipt that replaces the report card after a submit, and the read-only view of a closed
// report: each answer with its status in word and symbol and why, when it was submitted and by
// whom, and `Ändra` while the report can still be changed.
import template from "./report-receipt.json";
import { expandCard, type AdaptiveCard } from "./render";
import { VERBS } from "./verbs";

export interface ReportReceiptItem {
  title: string;
  /** "✔ Grön · 6,2 %", "Pågår"; empty for a narrative answer. */
  statusText: string;
  statusColor: "Good" | "Warning" | "Attention" | "Default";
  explanation: string;
  /** The comment, the answer: one line each. */
  lines: string[];
}

export interface ReportReceiptData {
  title: string;
  subtitle: string;
  submitted: string;
  notice: string;
  noticeStyle: "attention" | "good" | "warning" | "emphasis";
  /** "✔ 2 gröna · ▲ 1 gul · ✖ 1 röd · – 3 ej bedömda". */
  counts: string;
  areas: { name: string; goals: { name: string; items: ReportReceiptItem[] }[] }[];
  /** Said when the list is cut to fit a card. */
  more: string;
  footer: string;
  canEdit: boolean;
  labels: { edit: string };
  planId: string;
  periodId: string;
  unitId: string;
}

export function reportReceiptCard(data: ReportReceiptData): AdaptiveCard {
  return expandCard(template, { ...data, verbs: { open: VERBS.reportOpen } });
}
