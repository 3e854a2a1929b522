// The confirmation card every admin change answers with: what changed, before and after, and the
// plan it changed ("Plan: Verksamhetsplan 2025 Omsorg"), so an admin of several plans sees which.
import template from "./confirmation.json";
import { expandCard, type AdaptiveCard } from "./render";

export interface ConfirmationCardData {
  title: string;
  /** "Plan: <name>": the plan the change is about. */
  plan?: string;
  summary?: string;
  labels: { field: string; before: string; after: string };
  changes: { field: string; before: string; after: string }[];
  footer?: string;
}

export function confirmationCard(data: ConfirmationCardData): AdaptiveCard {
  return expandCard(template, { summary: "", footer: "", plan: "", ...data });
}
