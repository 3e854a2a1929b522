// `perioder`: the plan's reporting periods with their dates, deadline and reminder times.
import template from "./periods.json";
import { expandSharedCard, type AdaptiveCard } from "./render";

export interface PeriodsCardData {
  title: string;
  summary: string;
  labels: { covers: string; opens: string; deadline: string; reminders: string; units: string };
  periods: {
    /** A word and a symbol: "▶ Öppen", "◷ Kommande", "■ Stängd". */
    status: string;
    label: string;
    covers: string;
    opens: string;
    deadline: string;
    reminders: string;
    units: string;
  }[];
  footer: string;
}

export function periodsCard(data: PeriodsCardData): AdaptiveCard {
  return expandSharedCard(template, data);
}
