// Who a period's reminder goes to when roles, deputies and absences are in play: the plan alone
// decides the roles; the cover (deputies today, people away, roles that submitted) is given.
import { readFileSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { planSchema, type Plan } from "../../../services/plan";
import { NO_COVER, recipientsFor } from "../../../services/reminders/recipients";

function norsjo(): Plan {
  const file = path.resolve(__dirname, "../../../plans/examples/norsjo-omsorg-2025.yaml");
  return planSchema.parse(YAML.parse(readFileSync(file, "utf8")));
}

const keys = (list: ReturnType<typeof recipientsFor>) =>
  Object.fromEntries(list.recipients.map((r) => [r.key, r.units.map((u) => u.name)]));

describe("reminder recipients with reporter roles and deputies", () => {
  test("when Helår is due, then HR and Handläggare get one entry each naming their units, and the unit chefs' entries leave those items out", () => {
    const plan = norsjo();
    const list = recipientsFor(plan, "Helår");
    expect(keys(list)["hanna.hr@example.se"]).toEqual(["HR (4 enheter)"]);
    expect(keys(list)["henrik.h@example.se"]).toEqual(["Handläggare (4 enheter)"]);
    const megan = list.recipients.find((r) => r.key === "megan.b@example.se");
    const unmapped = structuredClone(plan);
    for (const goal of unmapped.goalAreas.flatMap((area) => area.goals)) {
      for (const indicator of goal.indicators) delete indicator.reporterRole;
    }
    const before = recipientsFor(unmapped, "Helår").recipients.find(
      (r) => r.key === "megan.b@example.se",
    );
    // HME and Helhetssyn hemtjänst are no longer hers to report.
    expect(megan?.units[0]?.items).toBe((before?.units[0]?.items ?? 0) - 2);
  });

  test("when T1 is due and nothing of it is a role's, then no role is reminded", () => {
    const list = recipientsFor(norsjo(), "T1");
    expect(keys(list)["hanna.hr@example.se"]).toBeUndefined();
  });

  test("when a reporter is away and has a deputy, then the deputy is reminded for the units and the absent person not at all", () => {
    const list = recipientsFor(norsjo(), "T1", new Set(), {
      ...NO_COVER,
      deputies: [
        { unitId: "htj-norsjo", deputy: "isaiah.l@example.se", deputyName: "Isaiah Langer" },
        { unitId: "htj-bastutrask", deputy: "isaiah.l@example.se", deputyName: "Isaiah Langer" },
      ],
      absent: new Set(["megan.b@example.se"]),
    });
    expect(keys(list)["megan.b@example.se"]).toBeUndefined();
    expect(keys(list)["isaiah.l@example.se"]).toEqual([
      "Hemtjänst Norsjö",
      "Hemtjänst Bastuträsk",
      "Särskilt boende Älvgården",
    ]);
  });

  test("when HR has submitted, then the reminder to those missing leaves HR out and counts it as reported", () => {
    const list = recipientsFor(norsjo(), "Helår", new Set(), {
      ...NO_COVER,
      submittedRoles: new Set(["HR"]),
    });
    expect(keys(list)["hanna.hr@example.se"]).toBeUndefined();
    expect(list.alreadyReported).toBeGreaterThanOrEqual(1);
  });
});
