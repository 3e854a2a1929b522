import { milestoneLine, readMilestones } from "../../../services/plan/excel/milestone-text";

const periods = ["Q1", "Q2", "Q3", "Q4", "Helår"];

describe("milestones in a workbook cell", () => {
  test.each([
    ["Q1: Expandera antalet insatser", [{ period: "Q1", text: "Expandera antalet insatser" }]],
    ["q2: Utvärdera", [{ period: "Q2", text: "Utvärdera" }]],
    ["Q1-Q2: Uppstart 3 feb", [{ from: "Q1", period: "Q2", text: "Uppstart 3 feb" }]],
    ["Q3-4: pilot vårdplatser", [{ from: "Q3", period: "Q4", text: "pilot vårdplatser" }]],
    [
      "Q1 - Q4: Förbättrad arbetsmiljö: stress",
      [{ from: "Q1", period: "Q4", text: "Förbättrad arbetsmiljö: stress" }],
    ],
    [
      "AÖ: Juni 2025 ska alla verksamheter ha ett erbjudande",
      [{ text: "AÖ: Juni 2025 ska alla verksamheter ha ett erbjudande" }],
    ],
    ["Q5: ingen sådan period", [{ text: "Q5: ingen sådan period" }]],
    ["Nytt avtal", [{ text: "Nytt avtal" }]],
    [
      "Q1: Start\n\n  Helår: Klart  ",
      [
        { period: "Q1", text: "Start" },
        { period: "Helår", text: "Klart" },
      ],
    ],
  ])(
    "when the cell says %j, then it reads as the milestones the plan means",
    (text, milestones) => {
      expect(readMilestones(text, periods)).toEqual(milestones);
    },
  );

  test.each([
    [{ period: "Q2", text: "Utvärdera" }, "Q2: Utvärdera"],
    [{ from: "Q3", period: "Q4", text: "Pilot" }, "Q3-Q4: Pilot"],
    [{ text: "Nytt avtal" }, "Nytt avtal"],
  ])("when milestone %j is written, then it reads back the same", (milestone, line) => {
    expect(milestoneLine(milestone)).toBe(line);
    expect(readMilestones(line, periods)).toEqual([milestone]);
  });
});
