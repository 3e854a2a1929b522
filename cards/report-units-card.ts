// For a person who reports for several units: the units of the period, each with whether its report
// is in, and a button that opens that unit's report card.
import template from "./report-units.json";
import { expandCard, type AdaptiveCard } from "./render";
import { VERBS } from "./verbs";

export interface ReportUnitsData {
  title: string;
  intro: string;
  units: {
    unitId: string;
    name: string;
    /** "✔ Inskickad 9 maj kl. 14:02", "– Inte inskickad". */
    status: string;
    statusColor: "Good" | "Default" | "Attention";
    button: string;
  }[];
  footer: string;
  planId: string;
  periodId: string;
}

export function reportUnitsCard(data: ReportUnitsData): AdaptiveCard {
  return expandCard(template, { ...data, verbs: { open: VERBS.reportOpen } });
}
