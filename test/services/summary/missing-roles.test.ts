// A reporter role that has not reported is named where the summary lists who is missing: the
// overview's missing list, the missing card and the workbook, with its people and its units.
import ExcelJS from "exceljs";
import { summaryDetailCard, summaryOverviewCard } from "../../../cards/summary-card";
import { missingData } from "../../../cards/summary/missing-view";
import { overviewData } from "../../../cards/summary/overview-view";
import { buildPeriodSummary, exportSummaryWorkbook } from "../../../services/summary";
import type { Plan } from "../../../services/plan";
import { cardText } from "../../support/bot-harness";
import { examplePlan, submitted, t1 } from "./norsjo-t1.fixture";

/** Norsjö with sjukfrånvaro reported by HR for every unit, as seed 003 says. */
async function norsjoWithHrSickLeave(): Promise<Plan> {
  const plan = await examplePlan("norsjo-omsorg-2025.yaml");
  const indicators = plan.goalAreas.flatMap((a) => a.goals.flatMap((g) => g.indicators));
  const sickLeave = indicators.find((i) => i.id === "sjukfranvaro");
  if (!sickLeave) throw new Error("the Norsjö plan's sjukfrånvaro has moved");
  sickLeave.reporterRole = "HR";
  return plan;
}

describe("a reporter role in the summary's missing list (Norsjö T1, sjukfrånvaro by HR)", () => {
  let plan: Plan;
  beforeAll(async () => {
    plan = await norsjoWithHrSickLeave();
  });

  const summaryWith = (roles: string[]) =>
    buildPeriodSummary({
      plan,
      period: { id: "T1", label: "T1 2025" },
      current: t1.filter((r) => r.itemId !== "sjukfranvaro"),
      submittedUnits: submitted,
      submittedRoles: new Set(roles),
    });

  test("when HR has not submitted, then HR is missing with Hanna Holm and the units it reports for, and Handläggare, which reports only at Helår, is not", () => {
    const summary = summaryWith([]);
    expect(summary.missingRoles).toEqual([
      { roleId: "HR", name: "HR", people: ["Hanna Holm"], units: 4 },
    ]);
  });

  test("when HR has submitted, then no role is missing", () => {
    expect(summaryWith(["HR"]).missingRoles).toEqual([]);
  });

  test("when the cards and the workbook show who is missing, then HR is named beside the units, in Swedish and English", async () => {
    const summary = summaryWith([]);
    const overview = cardText(
      summaryOverviewCard(overviewData(summary, "sv", { updatedAt: "nu" })),
    );
    expect(overview).toContain("○ HR för 4 enheter (Hanna Holm)");
    expect(overview).toContain("○ Omsorg (Alex Admin)");

    const missing = cardText(summaryDetailCard(missingData(summary, "sv", 0, 20)));
    expect(missing).toContain("2 enheter och 1 roll");
    expect(missing).toContain("Roll och rapportörer");
    expect(missing).toContain("för 4 enheter (Hanna Holm)");
    const english = cardText(summaryDetailCard(missingData(summary, "en", 0, 20)));
    expect(english).toContain("2 units and 1 role");
    expect(english).toContain("for 4 units (Hanna Holm)");

    const workbook = new ExcelJS.Workbook();
    const buffer = await exportSummaryWorkbook(summary, t1, {
      timeZone: "Europe/Stockholm",
      exportedAt: new Date("2025-05-20T12:00:00Z"),
      names: { items: new Map(), units: new Map(plan.units.map((u) => [u.id, u.name])) },
    });
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const rows: string[] = [];
    workbook.worksheets[0]?.eachRow((row) => rows.push(String(row.getCell(1).value)));
    expect(rows).toContain("HR (roll, 4 enheter)");
  });
});
