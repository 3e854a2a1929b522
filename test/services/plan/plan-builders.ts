// A small, valid plan to change one thing at a time in tests: two HTJ units and one SÄBO unit under
// a förvaltning, three periods, one goal with an indicator, an activity and a question.
import { stringify } from "yaml";
import type { PlanInput } from "../../../services/plan";
import type { PlanFile } from "../../../services/plan";

export function smallPlan(): PlanInput {
  return {
    id: "test-omsorg-2025",
    organisation: "Testkommun",
    year: 2025,
    name: "Verksamhetsplan 2025",
    admins: ["admin@example.se"],
    periods: [
      { id: "T1", kind: "tertial" },
      { id: "T2", kind: "tertial" },
      { id: "Helår", kind: "year" },
    ],
    people: [
      { upn: "admin@example.se", name: "Ada Admin" },
      { upn: "Megan.B@example.se", name: "Megan Bowen" },
      { upn: "adele.v@example.se", name: "Adele Vance" },
    ],
    units: [
      { id: "omsorg", name: "Omsorg", reporters: ["admin@example.se"] },
      {
        id: "htj-norr",
        name: "Hemtjänst Norr",
        parent: "omsorg",
        type: "HTJ",
        reporters: ["Megan.B@example.se"],
      },
      {
        id: "htj-syd",
        name: "Hemtjänst Syd",
        parent: "omsorg",
        type: "HTJ",
        reporters: ["Megan.B@example.se"],
      },
      {
        id: "sabo-ost",
        name: "SÄBO Öst",
        parent: "omsorg",
        type: "SÄBO",
        reporters: ["adele.v@example.se"],
      },
    ],
    goalAreas: [
      {
        id: "valfard",
        name: "Välfärd",
        goals: [
          {
            id: "kontinuitet",
            name: "Hög personalkontinuitet",
            indicators: [
              {
                id: "sjukfranvaro",
                name: "Sjukfrånvaro",
                rule: "Grön 6,5 Gul 7",
                valueType: "percent",
                periods: ["T1", "T2", "Helår"],
              },
              {
                id: "personalkontinuitet",
                name: "Personalkontinuitet",
                rule: "Grön HTJ 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,4-1,7",
                periods: ["Helår"],
              },
            ],
            activities: [
              {
                id: "lokalutredning",
                name: "Lokalutredning",
                reportingUnits: ["omsorg"],
                milestones: [{ period: "T2", text: "Förslag presenterat" }],
              },
            ],
            questions: [{ id: "beskriv", text: "Beskriv arbetet.", periods: ["Helår"] }],
          },
        ],
      },
    ],
  };
}

export function yamlFile(plan: unknown, fileName = "plan.yaml"): PlanFile {
  return { fileName, content: Buffer.from(stringify(plan)) };
}
