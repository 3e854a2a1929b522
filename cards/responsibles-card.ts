// `ansvariga`: who reports for each unit, and whether the bot can reach them. The reach column says it
// in words and a symbol (✔/✖), colour only repeats it.
import template from "./responsibles.json";
import { expandCard, type AdaptiveCard } from "./render";

export interface ResponsiblesCardData {
  title: string;
  summary: string;
  labels: { unit: string; reporter: string; reach: string };
  rows: { unit: string; reporter: string; reach: string; reachable: boolean }[];
  more?: string;
  advice?: string;
  /** "Installera appen för dessa", when the bot may install the app through Graph. */
  install?: { title: string; verb: string; data: Record<string, string> };
}

export function responsiblesCard(data: ResponsiblesCardData): AdaptiveCard {
  return expandCard(template, {
    more: "",
    advice: "",
    ...data,
    install: data.install ?? { title: "", verb: "", data: {} },
  });
}
