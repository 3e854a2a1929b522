// The answer to a plan import: what the plan holds and what changed, or every error with where it is.
import template from "./plan-import.json";
import { expandCard, type AdaptiveCard } from "./render";

export interface PlanImportCardData {
  title: string;
  subtitle?: string;
  facts: { title: string; value: string }[];
  changesHeading?: string;
  changes: { line: string }[];
  errorsHeading?: string;
  errors: { where: string; message: string }[];
  /** "… och 12 fel till": said when the list is cut to stay within Teams' card size. */
  errorsMore?: string;
  footer?: string;
}

export function planImportCard(data: PlanImportCardData): AdaptiveCard {
  return expandCard(template, {
    subtitle: "",
    changesHeading: "",
    errorsHeading: "",
    errorsMore: "",
    footer: "",
    ...data,
  });
}
