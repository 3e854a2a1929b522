import ExcelJS from "exceljs";
import {
  importPlan,
  itemsForUnit,
  validatePlanFile,
  writePlanTemplate,
  writePlanWorkbook,
  planSchema,
} from "../../../services/plan";
import { testTableStore } from "../../support/storage";
import { smallPlan } from "./plan-builders";

async function open(content: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(content).buffer);
  return workbook;
}

async function save(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`The workbook has a sheet ${name}`);
  return found;
}

/** Adds a row by header names, so the test does not depend on column order. */
function addRow(worksheet: ExcelJS.Worksheet, cells: Record<string, string>): number {
  const headers: string[] = [];
  worksheet.getRow(1).eachCell((cell, column) => (headers[column] = String(cell.value)));
  const row = worksheet.addRow([]);
  for (const [header, value] of Object.entries(cells)) {
    const column = headers.indexOf(header);
    if (column < 1) throw new Error(`No column ${header} on ${worksheet.name}`);
    row.getCell(column).value = value;
  }
  return row.number;
}

describe("the plan workbook", () => {
  test("when the template is read as it is, then its example rows make a valid plan", async () => {
    const result = await validatePlanFile({
      fileName: "mall.xlsx",
      content: await writePlanTemplate(),
    });
    expect(result.ok ? result.summary : result.errors).toMatchObject({
      planId: "exempel-omsorg-2025",
      indicators: 1,
      activities: 1,
      questions: 1,
      units: 1,
      reporters: 1,
    });
  });

  test("when the template is filled in and imported, then the new rows are in the stored plan", async () => {
    const workbook = await open(await writePlanTemplate());
    addRow(sheet(workbook, "Perioder"), { Id: "T1", Typ: "tertial", Benämning: "Tertial 1" });
    addRow(sheet(workbook, "Enheter"), { Id: "sabo-ost", Namn: "SÄBO Öst", Enhetstyp: "SÄBO" });
    addRow(sheet(workbook, "Ansvariga"), {
      Roll: "Rapportör",
      Enhet: "sabo-ost",
      "E-post": "Bo.Ek@example.se",
      Namn: "Bo Ek",
    });
    addRow(sheet(workbook, "Indikatorer"), {
      Id: "hme",
      "Mål-id": "trygg-omsorg",
      Namn: "HME",
      Regel: "Grön 79 Gul 77",
      Värdetyp: "tal",
      Perioder: "T1, Helår",
      "Rapporterande enheter": "sabo-ost",
      "Utfall tidigare år": "2023: 78; 2024: 80,5",
    });
    addRow(sheet(workbook, "Aktiviteter"), {
      Id: "demensteam",
      "Mål-id": "trygg-omsorg",
      Namn: "Demensteam",
      Delmål: "T1: Team bildat\nTeam i drift",
      Status: "Pågår",
    });
    const store = testTableStore();
    const result = await importPlan(
      store,
      { fileName: "plan.xlsx", content: await save(workbook) },
      { actor: "test" },
    );
    if (!result.ok)
      throw new Error(result.errors.map((e) => `${e.where}: ${e.message}`).join("\n"));

    const items = await itemsForUnit(store, "exempel-omsorg-2025", "sabo-ost");
    expect(items.map((item) => item.id)).toEqual([
      "sjukfranvaro",
      "hme",
      "fast-omsorgskontakt",
      "demensteam",
      "trygg-omsorg-beskriv",
    ]);
    expect(items.find((item) => item.id === "hme")).toMatchObject({
      periods: ["T1", "Helår"],
      reportingUnits: ["sabo-ost"],
      baseline: { "2023": 78, "2024": 80.5 },
    });
    expect(items.find((item) => item.id === "demensteam")).toMatchObject({
      state: "inProgress",
      milestones: [{ period: "T1", text: "Team bildat" }, { text: "Team i drift" }],
    });
  });

  test("when a plan is written as a workbook and read back, then it is the same plan", async () => {
    const plan = planSchema.parse(smallPlan());
    const result = await validatePlanFile({
      fileName: "plan.xlsx",
      content: await writePlanWorkbook(plan),
    });
    expect(result.ok && result.plan).toEqual(plan);
  });

  test("when a plan with comparison values and Kolada ids is written and read back, then they are the same", async () => {
    const input = smallPlan();
    input.koladaMunicipality = "0581";
    const [, htj] = input.units;
    if (htj) htj.koladaOu = "V15E058100101";
    const indicator = input.goalAreas[0]?.goals?.[0]?.indicators?.[0];
    if (!indicator) throw new Error("smallPlan has an indicator");
    Object.assign(indicator, {
      kolada: "N00945",
      comparedWith: "yearToDate",
      comparisons: [
        { year: 2024, value: 6.7, label: "utfall 2024" },
        { year: 2024, period: "T1", unit: "htj-norr", value: 7.25 },
        { year: 2023, period: "M12", value: true, label: "nuläge" },
      ],
    });
    const plan = planSchema.parse(input);
    const result = await validatePlanFile({
      fileName: "plan.xlsx",
      content: await writePlanWorkbook(plan),
    });
    expect(result.ok && result.plan).toEqual(plan);
  });

  test.each<[string, (workbook: ExcelJS.Workbook) => void, { where: RegExp; message: RegExp }[]]>([
    [
      "a rule that cannot be read",
      (w) =>
        addRow(sheet(w, "Indikatorer"), {
          Id: "x",
          "Mål-id": "trygg-omsorg",
          Namn: "X",
          Regel: "Grönt ljus",
        }),
      [
        {
          where: /^Indikatorer rad 3, kolumn Regel$/,
          message: /^Regeln ”Grönt ljus” kunde inte läsas/,
        },
      ],
    ],
    [
      "a row for a goal that is not on the Mål sheet",
      (w) => addRow(sheet(w, "Frågor"), { Id: "x", "Mål-id": "okänt-mål", Fråga: "Hur?" }),
      [
        {
          where: /^Frågor rad 3, kolumn Mål-id$/,
          message: /^Målet ”okänt-mål” finns inte på bladet Mål\.$/,
        },
      ],
    ],
    [
      "a word that is not in the column's list",
      (w) =>
        addRow(sheet(w, "Indikatorer"), {
          Id: "x",
          "Mål-id": "trygg-omsorg",
          Namn: "X",
          Värdetyp: "decimal",
        }),
      [
        {
          where: /^Indikatorer rad 3, kolumn Värdetyp$/,
          message: /^”decimal” ska vara ett av: tal, procent, ja\/nej, antal\.$/,
        },
      ],
    ],
    [
      "a person for a unit that does not exist",
      (w) =>
        addRow(sheet(w, "Ansvariga"), {
          Roll: "Rapportör",
          Enhet: "htj-syd",
          "E-post": "a@example.se",
          Namn: "A",
        }),
      [
        {
          where: /^Ansvariga rad 3, kolumn Enhet$/,
          message: /^Enheten ”htj-syd” finns inte på bladet Enheter\.$/,
        },
      ],
    ],
    [
      "a unit without a reporter",
      (w) =>
        addRow(sheet(w, "Enheter"), { Id: "htj-syd", Namn: "Hemtjänst Syd", Enhetstyp: "HTJ" }),
      [
        {
          where: /^Enheter rad 3$/,
          message:
            /^Enheten Hemtjänst Syd \(htj-syd\) rapporterar 3 punkter men har ingen ansvarig/,
        },
      ],
    ],
    [
      "an e-mail address that is not one",
      (w) =>
        addRow(sheet(w, "Ansvariga"), {
          Roll: "Administratör",
          "E-post": "admin.example.se",
          Namn: "Admin",
        }),
      [
        {
          where: /^Ansvariga rad 3, kolumn E-post$/,
          message: /^Ska vara en e-postadress eller UPN/,
        },
      ],
    ],
    [
      "a baseline that cannot be read",
      (w) =>
        addRow(sheet(w, "Indikatorer"), {
          Id: "x",
          "Mål-id": "trygg-omsorg",
          Namn: "X",
          "Utfall tidigare år": "förra året: 5",
        }),
      [
        {
          where: /^Indikatorer rad 3, kolumn Utfall tidigare år$/,
          message: /^”förra året: 5” går inte att läsa/,
        },
      ],
    ],
    [
      "a misspelt column header",
      (w) => (sheet(w, "Enheter").getCell(1, 4).value = "Enhetstypp"),
      [{ where: /^Enheter rad 1, kolumn Enhetstypp$/, message: /^Okänd kolumn ”Enhetstypp”\./ }],
    ],
    [
      "a missing sheet",
      (w) => w.removeWorksheet(sheet(w, "Perioder").id),
      [{ where: /^arbetsboken$/, message: /^Bladet ”Perioder” saknas\.$/ }],
    ],
  ])(
    "when the workbook has %s, then the error names the sheet, row and column",
    async (_case, change, expected) => {
      const workbook = await open(await writePlanTemplate());
      change(workbook);
      const result = await validatePlanFile({
        fileName: "plan.xlsx",
        content: await save(workbook),
      });
      expect(result.ok ? [] : result.errors).toEqual(
        expected.map((e) => ({
          where: expect.stringMatching(e.where),
          message: expect.stringMatching(e.message),
        })),
      );
    },
  );

  test("when the file is not a workbook at all, then it says it cannot be opened", async () => {
    const result = await validatePlanFile({
      fileName: "plan.xlsx",
      content: Buffer.from("inte en zip"),
    });
    expect(result.ok ? [] : result.errors).toEqual([
      { where: "filen", message: "Filen går inte att öppna som en Excel-arbetsbok (.xlsx)." },
    ]);
  });
});
