// The leadership summary card and the export say how each figure was combined: sick leave weighted
// by employees, and listed patients summed and judged against the organisation's own target.
import ExcelJS from "exceljs";
import { runCli } from "../../cli/program";
import { VERBS } from "../../cards/verbs";
import { importPlan } from "../../services/plan";
import { startBot, testUser, cardText, type BotHarness } from "../support/bot-harness";
import { recordingIo } from "../support/cli";
import { invoke } from "../support/card-actions";
import { submitAs } from "../support/reports";
import { testConnectionString } from "../support/storage";

const admin = testUser(1, "Alex Admin", "admin@example.se");
const small = { upn: "liten@example.se", name: "Lisa Liten" };
const large = { upn: "stor@example.se", name: "Stina Stor" };
// 12 May 2025: T1 is open (2–16 May).
const now = () => new Date("2025-05-12T09:00:00Z");
const PLAN = "sammanvagning-2025";

const planYaml = `
id: ${PLAN}
organisation: Vårdcentralerna
year: 2025
name: Verksamhetsplan 2025
admins: [admin@example.se]
periods:
  - { id: T1, kind: tertial }
people:
  - { upn: admin@example.se, name: Alex Admin }
  - { upn: ${small.upn}, name: ${small.name} }
  - { upn: ${large.upn}, name: ${large.name} }
units:
  - { id: forvaltning, name: Förvaltningen, reporters: [admin@example.se] }
  - id: vc-liten
    name: Vårdcentralen Liten
    parent: forvaltning
    reporters: [${small.upn}]
    weights: { anställda: 10 }
  - id: vc-stor
    name: Vårdcentralen Stor
    parent: forvaltning
    reporters: [${large.upn}]
    weights: { anställda: 100 }
goalAreas:
  - id: kvalitet
    name: Kvalitet
    goals:
      - id: medarbetare
        name: Medarbetare
        indicators:
          - id: sjukfranvaro
            name: Sjukfrånvaro
            unitOfMeasure: "%"
            valueType: percent
            rule: Grön 6,5 Gul 7
            weight: anställda
            reportingUnits: [vc-liten, vc-stor]
          - id: listade
            name: Antal listade patienter
            unitOfMeasure: st
            valueType: count
            rule: Öka med minst 1000 listade under året
            targetFor: organisation
            # "under året": T1 is compared with 31 December 2024, not with T1 2024.
            comparedWith: yearToDate
            baseline: { 2024: 18000 }
            reportingUnits: [vc-liten, vc-stor]
`;

describe("roll-ups on the summary card", () => {
  let bot: BotHarness;
  let prefix: string;
  beforeAll(async () => {
    bot = await startBot({ users: [admin], env: { BOT_ADMINS: "admin@example.se" }, now });
    prefix = bot.app.services.config.storage.tablePrefix;
    const imported = await importPlan(
      bot.app.services.store,
      { fileName: "sammanvagning.yaml", content: Buffer.from(planYaml) },
      { actor: "test" },
    );
    if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
    await bot.app.services.settings.setActivePlanId(PLAN, "test");
    await submitAs(bot, small, {
      planId: PLAN,
      periodId: "T1",
      unitId: "vc-liten",
      answers: {
        sjukfranvaro: { value: "20", comment: "Långtidssjukskrivningar." },
        listade: { value: "10 500" },
      },
    });
    await submitAs(bot, large, {
      planId: PLAN,
      periodId: "T1",
      unitId: "vc-stor",
      answers: { sjukfranvaro: { value: "4" }, listade: { value: "8 500" } },
    });
  });
  afterAll(() => bot.close());

  test("when the goal area is opened, then the weighted share and the organisation's total are judged and say how they were combined", async () => {
    const { card } = await invoke(bot, admin, VERBS.summaryArea, {
      planId: PLAN,
      periodId: "T1",
      areaId: "kvalitet",
      page: 0,
    });
    const text = cardText(card);
    // (10 × 20 + 100 × 4) / 110 = 5,45: green under Grön 6,5.
    expect(text).toContain("✔ Grön · Sjukfrånvaro");
    expect(text).toMatch(/Viktat efter antal anställda \(2 enheter\): 5,45 /);
    // 10 500 + 8 500 = 19 000 against the organisation's 18 000: +1 000, green, though each unit
    // alone (+500 each) falls short.
    expect(text).toContain("✔ Grön · Antal listade patienter");
    expect(text).toMatch(/\(mål för hela organisationen\) · 19\s000\u00a0st/);
    expect(text).toMatch(/Summa av 2 enheter: 19\s000 är 1\s000 högre/);
    expect(text).toMatch(/Vårdcentralen Liten\n10\s500\u00a0st\nΣ ingår i totalen/);
    expect(text).not.toContain("Medelvärdet");
  });

  test("when the overview is asked for, then the organisation's target counts once and its units no red", async () => {
    const { card } = await invoke(bot, admin, VERBS.summaryOverview, {
      planId: PLAN,
      periodId: "T1",
    });
    // Sick leave: the small unit red, the large one green; listed patients: one green for the total.
    const text = cardText(card);
    expect(text).toContain("T1 2025: 2 gröna, 0 gula, 1 röd, 0 ej rapporterade");
    expect(text).toContain("Σ: mål för hela organisationen, en räkning för totalen");
  });

  test("when the period is exported, then the workbook shows the organisation's row and the units in the total", async () => {
    const { io } = recordingIo();
    const file = `/tmp/uppf-rollup-${prefix}.xlsx`;
    const code = await runCli(["export", PLAN, "T1", file], io, {
      STORAGE_CONNECTION_STRING: testConnectionString(),
      TABLE_PREFIX: prefix,
    });
    expect(code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const rows = (workbook.getWorksheet("Kvalitet")?.getSheetValues() ?? [])
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows).toContainEqual([
      "Medarbetare",
      "Antal listade patienter",
      "Hela organisationen: Summa av 2 enheter (mål för hela organisationen)",
      19000,
      "✔ Grön",
      expect.stringMatching(/^Summa av 2 enheter: 19\s000/),
    ]);
    const liten = rows.find(
      (r) => r[1] === "Antal listade patienter" && r[2] === "Vårdcentralen Liten",
    );
    expect(liten?.[4]).toBe("Σ Ingår i totalen");
    const sick = rows.find((r) => r[1] === "Sjukfrånvaro" && String(r[2]).startsWith("Hela"));
    expect(sick?.[2]).toBe("Hela organisationen: Viktat efter antal anställda (2 enheter)");
    expect(sick?.[3]).toBe(5.45);
  });
});
