// What `ansvariga` says about reach reads as Swedish sentences, for none, one or several unreached.
import { responsiblesView } from "../../cards/responsibles-view";
import type { PersonReach } from "../../services/people/reachability";
import type { Plan } from "../../services/plan";
import { cardText } from "../support/bot-harness";

const plan = {
  id: "p",
  name: "Plan",
  people: [],
  units: [
    { id: "a", name: "Enhet A", reporters: ["a@example.se"] },
    { id: "b", name: "Enhet B", reporters: ["b@example.se"] },
  ],
} as unknown as Pick<Plan, "id" | "name" | "people" | "units">;

function summaryLine(reachable: boolean[]): string {
  const reach = new Map<string, PersonReach>(
    reachable.map((ok, i) => [
      `${"ab"[i]}@example.se`,
      { identifier: `${"ab"[i]}@example.se`, reach: ok ? "reachable" : "notInstalled" },
    ]),
  );
  const text = cardText(responsiblesView({ plan, reach, installable: false, locale: "sv" }));
  return text.split("\n").find((line) => line.includes("rapportör")) ?? "";
}

describe("ansvariga's sentence about reach", () => {
  test.each([
    [[true, true], "2 rapportörer för 2 enheter; jag når alla."],
    [[true, false], "2 rapportörer för 2 enheter; jag når inte 1 av dem än."],
    [[false, false], "2 rapportörer för 2 enheter; jag når inte 2 av dem än."],
  ])("when reach is %j, then the summary says %j", (reachable, expected) => {
    expect(summaryLine(reachable)).toBe(expected);
  });
});
