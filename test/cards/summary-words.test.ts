// The summary's words read right: per cent after a non-breaking space, nouns that agree with their
// number, and a goal's activities in the same words on the drill-down as on the overview.
import { areaData } from "../../cards/summary/area-view";
import { missingData } from "../../cards/summary/missing-view";
import { overviewData } from "../../cards/summary/overview-view";
import { summaryDetailCard } from "../../cards/summary-card";
import type { PeriodSummary } from "../../services/summary";
import { cardText } from "../support/bot-harness";
import { norsjoT1Summary } from "../services/summary/norsjo-t1.fixture";

let summary: PeriodSummary;
beforeAll(async () => {
  ({ summary } = await norsjoT1Summary());
});

const options = { updatedAt: "12 maj 2025 10:00" };

describe("the summary's words", () => {
  test("when a unit's value is a per cent, then a non-breaking space stands before %", () => {
    const data = areaData(summary, "kf", "sv", 0, 20);
    const values = (data?.sections ?? []).flatMap((s) => s.rows.map((r) => r.value));
    expect(values).toContain("6,8\u00a0%");
    expect(values.filter((v) => v.endsWith(" %"))).toEqual([]);
  });

  test("when one of one unit has reported, then the overview says enhet, not enheter", () => {
    const one = { ...summary, reportedUnits: 1, expectedUnits: 1 };
    expect(overviewData(one, "sv", options).reported).toBe("1 av 1 enhet har rapporterat.");
    expect(overviewData(summary, "sv", options).reported).toBe("3 av 5 enheter har rapporterat.");
  });

  test("when one unit is missing, then the list of the missing counts 1 enhet", () => {
    const one = { ...summary, missingUnits: summary.missingUnits.slice(0, 1) };
    expect(missingData(one, "sv", 0, 10).subheading).toBe("1 enhet");
  });

  test("when a goal's activities are shown on the drill-down, then they read as on the overview", () => {
    const overview = overviewData(summary, "sv", options);
    const area = overview.areas.find((a) => a.counts.includes("aktiviteter"));
    const onOverview = area?.counts;
    const data = areaData(summary, String(area?.actionData.areaId), "sv", 0, 20);
    const text = cardText(data && summaryDetailCard(data));
    expect(onOverview).toContain("⚠ 5 aktiviteter: 1 försenad, 3 ej rapporterade, 1 pågår");
    expect(text).toContain("⚠ 5 aktiviteter: 1 försenad, 3 ej rapporterade, 1 pågår");
    expect(text).not.toContain("Ej påbörjad 0");
  });
});
