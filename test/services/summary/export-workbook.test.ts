import ExcelJS from "exceljs";
import { planItems, type Plan } from "../../../services/plan";
import { buildPeriodSummary, exportSummaryWorkbook } from "../../../services/summary";
import { examplePlan, submitted, t1 } from "./norsjo-t1.fixture";

describe("the period export workbook", () => {
  let plan: Plan;
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    plan = await examplePlan("norsjo-omsorg-2025.yaml");
    const summary = buildPeriodSummary({
      plan,
      period: { id: "T1", label: "T1 2025" },
      current: t1,
      submittedUnits: submitted,
    });
    const buffer = await exportSummaryWorkbook(summary, t1, {
      timeZone: "Europe/Stockholm",
      exportedAt: new Date("2025-05-20T12:00:00Z"),
      names: {
        items: new Map(planItems(plan).map((i) => [i.id, i.kind === "question" ? i.text : i.name])),
        units: new Map(plan.units.map((u) => [u.id, u.name])),
      },
    });
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  });

  test("when opened, then the first sheet is the summary with the headline and the plan's totals", () => {
    const first = workbook.worksheets[0];
    expect(first?.name).toBe("Sammanställning");
    expect(String(first?.getCell("A1").value)).toBe(
      "Verksamhetsplan 2025 Omsorg: T1 2025: 4 gröna, 2 gula, 2 röda, 3 ej rapporterade, 1 ej bedömd",
    );
    const totals = first?.getRow(5).values as unknown[];
    expect(totals.slice(1)).toEqual(["Hela planen", 4, 2, 2, 3, 1]);
    const missing = (first?.getColumn(1).values ?? []).map(String);
    expect(missing).toEqual(expect.arrayContaining(["Särskilt boende Älvgården", "Omsorg"]));
  });

  test("when opened, then each goal area with due items has a sheet with every unit's result, status, comment, who and when", () => {
    const names = workbook.worksheets.map((w) => w.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "Kommunfullmäktiges indikatorer",
        "Verksamhetens indikatorer",
        "Aktiviteter",
      ]),
    );
    const kf = workbook.getWorksheet("Kommunfullmäktiges indikatorer");
    const rows = (kf?.getSheetValues() ?? []).filter(Boolean).map((r) => (r as unknown[]).slice(1));
    const norrgarden = rows.find(
      (r) => r[1] === "Sjukfrånvaro" && r[2] === "Särskilt boende Norrgården",
    );
    expect(norrgarden).toEqual([
      "Hållbar och effektiv organisation",
      "Sjukfrånvaro",
      "Särskilt boende Norrgården",
      7.5,
      "✖ Röd",
      "",
      "Långtidssjukskrivningar.",
      "sabo-norrgarden@example.se",
      "2025-05-10 10:00",
    ]);
    const alvgarden = rows.find(
      (r) => r[1] === "Sjukfrånvaro" && r[2] === "Särskilt boende Älvgården",
    );
    expect(alvgarden?.[4]).toBe("○ Ej rapporterad");
  });

  test("when opened, then activities are listed by name and unit with their state in Swedish", () => {
    const sheet = workbook.getWorksheet("Aktiviteter");
    const rows = (sheet?.getSheetValues() ?? [])
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows).toContainEqual([
      expect.stringMatching(/omsorgskontakt/i),
      "Hemtjänst Bastuträsk",
      "Försenad",
      "Rekrytering pågår.",
      "htj-bastutrask@example.se",
      "2025-05-10 10:00",
    ]);
  });
});
