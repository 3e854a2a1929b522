// A large plan's summary (300 units × 20 indicators) is paged, never cut silently, and every card
// stays under Teams' size limit.
import { summaryDetailCard, summaryOverviewCard } from "../../cards/summary-card";
import { cardBytes, fitToCard, MAX_CARD_BYTES } from "../../cards/render";
import { VERBS } from "../../cards/verbs";
import { areaData } from "../../cards/summary/area-view";
import { indicatorData } from "../../cards/summary/indicator-view";
import { missingData } from "../../cards/summary/missing-view";
import { overviewData } from "../../cards/summary/overview-view";
import { validatePlanData, type Plan } from "../../services/plan";
import {
  buildPeriodSummary,
  type PeriodSummary,
  type ReportedResult,
} from "../../services/summary";
import { cardText } from "../support/bot-harness";

const UNITS = 300;
const INDICATORS = 20;

function largePlan(): Plan {
  const data = {
    id: "stor-kommun-2025",
    organisation: "Stor kommun",
    year: 2025,
    name: "Verksamhetsplan 2025",
    periods: [{ id: "T1", kind: "tertial" }],
    people: Array.from({ length: UNITS }, (_, i) => ({
      upn: `chef.${i}@example.se`,
      name: `Chef ${i}`,
    })),
    units: [
      { id: "forvaltning", name: "Förvaltningen" },
      ...Array.from({ length: UNITS }, (_, i) => ({
        id: `enhet-${i}`,
        name: `Hemtjänst område ${i}`,
        parent: "forvaltning",
        reporters: [`chef.${i}@example.se`],
      })),
    ],
    goalAreas: [
      {
        id: "kvalitet",
        name: "Kvalitet",
        goals: [
          {
            id: "nojda",
            name: "Nöjda brukare",
            indicators: Array.from({ length: INDICATORS }, (_, i) => ({
              id: `ind-${i}`,
              name: `Indikator ${i}`,
              rule: "Grön 82 Gul 76",
              unitOfMeasure: "%",
            })),
          },
        ],
      },
    ],
  };
  const checked = validatePlanData(data);
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  return checked.plan;
}

describe("a 300-unit plan's summary", () => {
  let summary: PeriodSummary;
  beforeAll(() => {
    const plan = largePlan();
    // Two thirds of the units report; values spread over green, yellow and red.
    const reporting = Array.from({ length: UNITS }, (_, i) => `enhet-${i}`).filter(
      (_, i) => i % 3 !== 0,
    );
    const results: ReportedResult[] = reporting.flatMap((unitId, u) =>
      Array.from({ length: INDICATORS }, (_, i) => {
        const value = 70 + ((u + i) % 20);
        return {
          unitId,
          itemId: `ind-${i}`,
          value,
          status: value >= 82 ? "green" : value >= 76 ? "yellow" : "red",
          by: "x",
          at: "2025-05-10T08:00:00Z",
        } as const;
      }),
    );
    summary = buildPeriodSummary({
      plan,
      period: { id: "T1", label: "T1 2025" },
      current: results,
      submittedUnits: new Set(reporting),
    });
  });

  test("when the overview is built, then it fits, names some missing units and counts the rest, with a way to see them all", () => {
    const card = summaryOverviewCard(overviewData(summary, "sv", { updatedAt: "nu" }));
    expect(cardBytes(card)).toBeLessThan(MAX_CARD_BYTES);
    const text = cardText(card);
    expect(summary.missingUnits).toHaveLength(100);
    expect(text).toContain("… och 85 till.");
    expect(JSON.stringify(card)).toContain(VERBS.summaryMissing);
    expect(text).toContain(`200 av ${UNITS} enheter har rapporterat.`);
  });

  test("when the goal area is opened, then its pages together show every indicator once, each page under the limit", () => {
    const pageSize = 1;
    const seen: string[] = [];
    for (let page = 0; ; page += 1) {
      const data = areaData(summary, "kvalitet", "sv", page, pageSize);
      const card = summaryDetailCard(data ?? { title: "", heading: "", sections: [], actions: [] });
      expect(cardBytes(card)).toBeLessThan(MAX_CARD_BYTES);
      seen.push(...(data?.sections.map((s) => s.title) ?? []));
      if (!JSON.stringify(card).includes('"title":"Nästa"')) break;
    }
    expect(seen).toHaveLength(INDICATORS);
    expect(new Set(seen).size).toBe(INDICATORS);
  });

  test("when the missing list is paged to fit, then every missing unit appears on exactly one page", () => {
    const names: string[] = [];
    for (let page = 0; page < 50; page += 1) {
      const card = fitToCard(40, (size) =>
        summaryDetailCard(missingData(summary, "sv", page, Math.max(1, size))),
      );
      expect(cardBytes(card)).toBeLessThan(MAX_CARD_BYTES);
      const rows = cardText(card).match(/Hemtjänst område \d+/g) ?? [];
      names.push(...rows);
      if (!JSON.stringify(card).includes('"title":"Nästa"')) break;
    }
    expect(names).toHaveLength(100);
    expect(new Set(names).size).toBe(100);
  });

  test("when an indicator's 300 units are opened, then its pages together show every unit once", () => {
    const names: string[] = [];
    for (let page = 0; page < 50; page += 1) {
      const card = fitToCard(60, (size) =>
        summaryDetailCard(
          indicatorData(summary, "ind-3", "sv", page, Math.max(1, size)) ?? {
            title: "",
            heading: "",
            sections: [],
            actions: [],
          },
        ),
      );
      expect(cardBytes(card)).toBeLessThan(MAX_CARD_BYTES);
      names.push(...(cardText(card).match(/Hemtjänst område \d+/g) ?? []));
      if (!JSON.stringify(card).includes('"title":"Nästa"')) break;
    }
    expect(names).toHaveLength(UNITS);
    expect(new Set(names).size).toBe(UNITS);
  });

  test("when the goal area lists an indicator with many units, then the reds come first and the rest are counted", () => {
    const data = areaData(summary, "kvalitet", "sv", 0, 1);
    const rows = data?.sections[0]?.rows ?? [];
    expect(rows[0]?.status).toBe("✖ Röd");
    expect(rows.at(-1)?.label).toMatch(/^… och 288 enheter till/);
    expect(data?.sections[0]?.verb).toBe(VERBS.summaryIndicator);
  });
});
