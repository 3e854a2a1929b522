// Fixtures for the report tests: a large plan. The card helpers live in test/support/card-actions.ts
// and are re-exported here for the report tests that import them from this file.

export type { Card, InvokeAnswer } from "../../support/card-actions";
export {
  actionData,
  actionsOf,
  filledAnswers,
  inputsOf,
  invoke,
  press,
} from "../../support/card-actions";

/**
 * A plan with many items for one unit (reported by megan.b): `areas` goal areas of two goals, each
 * goal with `indicators` indicators (per cent, "Grön 80 Gul 70"), one activity and one question.
 */
export function largePlan(areas: number, indicators: number): Record<string, unknown> {
  return {
    id: "stor-plan-2025",
    organisation: "Storkommun",
    year: 2025,
    name: "Stor plan 2025",
    periods: [{ id: "T1", kind: "tertial", label: "Tertial 1" }],
    people: [{ upn: "megan.b@example.se", name: "Megan Bowen" }],
    units: [
      { id: "forvaltning", name: "Förvaltningen" },
      {
        id: "enhet-1",
        name: "Enhet 1",
        parent: "forvaltning",
        reporters: ["megan.b@example.se"],
      },
    ],
    goalAreas: Array.from({ length: areas }, (_, a) => ({
      id: `omrade-${a}`,
      name: `Målområde ${a + 1}: ${"en lång rubrik för målområdet ".repeat(2).trim()}`,
      goals: Array.from({ length: 2 }, (_, g) => ({
        id: `mal-${a}-${g}`,
        name: `Mål ${a + 1}.${g + 1}`,
        indicators: Array.from({ length: indicators }, (_, i) => ({
          id: `ind-${a}-${g}-${i}`,
          name: `Indikator ${a + 1}.${g + 1}.${i + 1} med ett namn som planen skriver ut i sin helhet`,
          unitOfMeasure: "%",
          valueType: "percent",
          rule: "Grön 80 Gul 70",
          target: "80 %",
        })),
        activities: [{ id: `akt-${a}-${g}`, name: `Aktivitet ${a + 1}.${g + 1}` }],
        questions: [{ id: `fraga-${a}-${g}`, text: `Beskriv arbetet med mål ${a + 1}.${g + 1}.` }],
      })),
    })),
  };
}
