// The downloadable template: the plan workbook with one example row per sheet. The example is a
// whole, valid plan, so that the template read back as it is imports, and every sheet shows a
// filled row to copy.
import { planSchema, type Plan } from "../plan-schema";
import { writePlanWorkbook } from "./write-workbook";

export const templateExample: Plan = planSchema.parse({
  id: "exempel-omsorg-2025",
  organisation: "Exempel kommun",
  year: 2025,
  name: "Verksamhetsplan 2025 Omsorg",
  board: "Kommunstyrelsen",
  periods: [{ id: "Helår", kind: "year", label: "Helår 2025" }],
  people: [{ upn: "anna.berg@example.se", name: "Anna Berg" }],
  units: [
    { id: "htj-norr", name: "Hemtjänst Norr", type: "HTJ", reporters: ["anna.berg@example.se"] },
  ],
  goalAreas: [
    {
      id: "valfard",
      name: "Välfärd och välbefinnande genom livet",
      goals: [
        {
          id: "trygg-omsorg",
          name: "Trygg och kontinuerlig omsorg",
          indicators: [
            {
              id: "sjukfranvaro",
              name: "Sjukfrånvaro",
              unitOfMeasure: "%",
              valueType: "percent",
              rule: "Grön 6,5 Gul 7",
              frequency: "Månatlig",
              source: "Personalsystemet",
              baseline: { "2024": 7.1 },
              owner: "Enhetschef",
              reporter: "Enhetschef",
            },
          ],
          activities: [
            {
              id: "fast-omsorgskontakt",
              name: "Fast omsorgskontakt",
              milestones: [{ period: "Helår", text: "Alla brukare har en fast omsorgskontakt" }],
              state: "notStarted",
              owner: "Enhetschef hemtjänst",
            },
          ],
          questions: [
            {
              id: "trygg-omsorg-beskriv",
              text: "Beskriv hur enheten har arbetat för trygg omsorg.",
            },
          ],
        },
      ],
    },
  ],
});

export function writePlanTemplate(): Promise<Buffer> {
  return writePlanWorkbook(templateExample);
}
