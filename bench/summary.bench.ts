// The leadership summary at scale: 300 units × 60 indicators (18 000 results) in an in-process
// Azurite. Measures loading and building the summary of a period, drawing its overview card with the
// chart, and the card's size against Teams' 80 KB. Aim: under one second, card under 80 KB.
import { stringify } from "yaml";
import { summaryOverviewCard } from "../cards/summary-card";
import { drawOverviewChart } from "../cards/summary/overview-chart";
import { cardBytes, MAX_CARD_BYTES } from "../cards/render";
import { overviewData } from "../cards/summary/overview-view";
import { AuditLog } from "../services/audit/audit-log";
import { parseWorkingHours } from "../services/calendar";
import { importPlan } from "../services/plan";
import {
  periodPartition,
  resultToRow,
  reportToRow,
  TABLES,
} from "../services/reporting/report-rows";
import { submittedResults, type Result } from "../services/reporting";
import { snapshotFields } from "../services/reporting/report-snapshot";
import { startAzuriteTables } from "../services/storage/azurite";
import { createTableStore, type BatchAction, type Row } from "../services/storage/tables";
import { buildPeriodSummary } from "../services/summary";
import { loadPeriodSummary, yearCounts } from "../services/summary/load-summary";
import { report, time } from "./support";

const UNITS = 300;
const INDICATORS = 60;
const PLAN = "bench-summary-2025";

async function main(): Promise<void> {
  const azurite = await startAzuriteTables({ inMemory: true, port: 0 });
  const store = createTableStore({ connectionString: azurite.connectionString, prefix: "bench" });
  const plan = {
    id: PLAN,
    organisation: "Benchkommun",
    year: 2025,
    name: "Verksamhetsplan 2025",
    periods: [
      { id: "T1", kind: "tertial" },
      { id: "T2", kind: "tertial" },
    ],
    people: Array.from({ length: UNITS }, (_, i) => ({
      upn: `chef.${i}@example.se`,
      name: `Chef ${i}`,
    })),
    units: [
      { id: "forvaltning", name: "Förvaltningen" },
      ...Array.from({ length: UNITS }, (_, i) => ({
        id: `enhet-${i}`,
        name: `Enhet ${i}`,
        parent: "forvaltning",
        reporters: [`chef.${i}@example.se`],
      })),
    ],
    goalAreas: Array.from({ length: 6 }, (_, a) => ({
      id: `omrade-${a}`,
      name: `Målområde ${a + 1}`,
      goals: [
        {
          id: `mal-${a}`,
          name: `Mål ${a + 1}`,
          indicators: Array.from({ length: INDICATORS / 6 }, (_, i) => ({
            id: `ind-${a}-${i}`,
            name: `Indikator ${a + 1}.${i + 1}`,
            rule: "Grön 82 Gul 76",
            unitOfMeasure: "%",
          })),
        },
      ],
    })),
  };
  const imported = await importPlan(
    store,
    { fileName: "plan.yaml", content: Buffer.from(stringify(plan)) },
    { actor: "bench" },
  );
  if (!imported.ok) throw new Error(JSON.stringify(imported.errors.slice(0, 3)));

  // Every unit but every tenth has submitted T1.
  const table = store.table(TABLES.reports);
  const partition = periodPartition(PLAN, "T1");
  // As submits write them: each unit's report row with its copy of the unit's results
  // (services/reporting/report-snapshot.ts), and a row per result. `withCopy: false`: as rows were
  // written before the copy existed.
  const rowsOf = (partitionKey: string, planId: string, withCopy: boolean): Row[] => {
    const rows: Row[] = [];
    for (let u = 0; u < UNITS; u += 1) {
      if (u % 10 === 0) continue;
      const results: Result[] = [];
      for (let a = 0; a < 6; a += 1) {
        for (let i = 0; i < INDICATORS / 6; i += 1) {
          const value = 70 + ((u + i + a) % 20);
          results.push({
            planId,
            periodId: "T1",
            unitId: `enhet-${u}`,
            itemId: `ind-${a}-${i}`,
            kind: "indicator",
            value: String(value),
            number: value,
            status: value >= 82 ? "green" : value >= 76 ? "yellow" : "red",
            explanation: "",
            comment: "",
            text: "",
            by: `chef.${u}@example.se`,
            byName: `Chef ${u}`,
            at: "2025-05-10T08:00:00Z",
            version: 1,
          });
        }
      }
      rows.push({
        ...reportToRow(partitionKey, {
          unitId: `enhet-${u}`,
          version: 1,
          submittedAt: "2025-05-10T08:00:00Z",
          submittedBy: `chef.${u}@example.se`,
        }),
        ...(withCopy ? snapshotFields(results, 1) : {}),
      });
      rows.push(...results.map((result) => resultToRow(partitionKey, result)));
    }
    return rows;
  };
  const store16k = async (rows: Row[]) => {
    for (let i = 0; i < rows.length; i += 100) {
      await table.batch(rows.slice(i, i + 100).map((row): BatchAction => ["upsert", row, "Merge"]));
    }
  };
  const rows = rowsOf(partition, PLAN, true);
  await store16k(rows);
  console.log(
    `${rows.length} rows stored (${UNITS} units × ${INDICATORS} indicators, 90 % reported)`,
  );

  const deps = {
    store,
    audit: new AuditLog(store),
    workingHours: parseWorkingHours({}),
    now: () => new Date("2025-05-20T08:00:00Z"),
  };
  const loaded = await loadPeriodSummary(deps, PLAN, "T1");
  report(
    "load and build the summary from storage",
    await time(5, () => loadPeriodSummary(deps, PLAN, "T1")),
  );
  report(
    "build the summary from loaded results",
    await time(20, () =>
      buildPeriodSummary({
        plan: loaded.plan,
        period: { id: "T1", label: "T1 2025" },
        current: loaded.results,
        submittedUnits: new Set(loaded.results.map((r) => r.unitId)),
      }),
    ),
  );
  const counts = await yearCounts(deps, loaded.plan);
  report(
    "draw the chart (Vega-Lite → SVG → PNG)",
    await time(5, () => drawOverviewChart(loaded.summary, counts, "sv")),
  );
  const png = await drawOverviewChart(loaded.summary, counts, "sv");
  let bytes = 0;
  report(
    "render the overview card",
    await time(20, () => {
      const card = summaryOverviewCard(
        overviewData(loaded.summary, "sv", {
          updatedAt: "nu",
          chartUrl: `data:image/png;base64,${png.toString("base64")}`,
        }),
      );
      bytes = cardBytes(card);
    }),
  );
  console.log(
    `overview card: ${(bytes / 1024).toFixed(1)} KB of Teams' ${MAX_CARD_BYTES / 1024} KB (chart ${(png.length / 1024).toFixed(1)} KB)`,
  );

  // Rows from before the copy: the same period of another plan, read from its result rows.
  const oldPlan = `${PLAN}-old`;
  await store16k(rowsOf(periodPartition(oldPlan, "T1"), oldPlan, false));
  report(
    "rows stored before the copy (the result rows read instead), with twice the rows in the table",
    await time(3, () => submittedResults(store, oldPlan, "T1")),
  );
  report(
    "the same, rows with the copy, with twice the rows in the table",
    await time(3, () => submittedResults(store, PLAN, "T1")),
  );
  await azurite.stop();
  if (bytes >= MAX_CARD_BYTES) process.exitCode = 1;
}

void main();
