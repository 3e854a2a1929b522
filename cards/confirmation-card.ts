// The confirmation card every admin change answers with: what changed, before and after.
import template from "./confirmation.json";
import { expandCard, type AdaptiveCard } from "./render";

export interface ConfirmationCardData {
  title: string;
  summary?: string;
  labels: { field: string; before: string; after: string };
  changes: { field: string; before: string; after: string }[];
  footer?: string;
}

export function confirmationCard(data: ConfirmationCardData): AdaptiveCard {
  return expandCard(template, { summary: "", footer: "", ...data });
}
