// Plan import at scale: a generated plan of 2 000 units and 60 indicators (700 reporters), read
// from YAML and from Excel, checked, and stored in an in-process Azurite; then imported again
// unchanged, and again with a few changes. An admin waits for this in chat, so it must take
// seconds, not minutes: the bench fails when a first import takes more than 60 s.
import { stringify } from "yaml";
import { startAzuriteTables } from "../services/storage/azurite";
import { createTableStore } from "../services/storage/tables";
import {
  importPlan,
  planSchema,
  validatePlanFile,
  writePlanWorkbook,
  type PlanFile,
  type PlanInput,
} from "../services/plan";
import { report, time } from "./support";

const UNITS = 2000;
const AREAS = 20;
const REPORTERS = 700;
const INDICATORS = 60;
const RUNS = 3;
const LIMIT_MS = 60_000;

const types = ["HTJ", "SÄBO", "LSS", "IFO", "HSV"];
const rules = [
  "Grön 82 Gul 76",
  "Grön 6,5 Gul 7",
  ">/=70%",
  "Öka",
  "Grön Ja Röd Nej",
  "Minska med 5%",
];

function generatedPlan(version: number): PlanInput {
  const reporter = (i: number) => `rapportor.${i % REPORTERS}@example.se`;
  const units = [
    { id: "forvaltning", name: "Förvaltningen", reporters: ["admin@example.se"] },
    ...Array.from({ length: AREAS }, (_, a) => ({
      id: `vo-${a}`,
      name: `Verksamhet ${a}`,
      parent: "forvaltning",
    })),
    ...Array.from({ length: UNITS + (version > 1 ? 10 : 0) }, (_, u) => ({
      id: `enhet-${u}`,
      name: `Enhet ${u}`,
      parent: `vo-${u % AREAS}`,
      type: types[u % types.length],
      reporters: [reporter(u)],
    })),
  ];
  const htjAndSabo = units.filter(
    (unit) => "type" in unit && (unit.type === "HTJ" || unit.type === "SÄBO"),
  );
  const goals = Array.from({ length: 15 }, (_, g) => ({
    id: `mal-${g}`,
    name: `Mål ${g}`,
    indicators: Array.from({ length: INDICATORS / 15 }, (_, i) => {
      const n = g * (INDICATORS / 15) + i;
      const perUnitType = n % 10 === 0;
      return {
        id: `ind-${n}`,
        name: `Indikator ${n}`,
        rule:
          version > 2 && n === 1
            ? "Grön 83 Gul 77"
            : perUnitType
              ? "Grön HTJ 13 eller färre, SÄBO 1,3 eller färre Gul HTJ 14-15, SÄBO 1,4-1,7"
              : rules[n % rules.length],
        valueType:
          rules[n % rules.length] === "Grön Ja Röd Nej" && !perUnitType
            ? ("yesno" as const)
            : ("number" as const),
        periods: n % 2 === 0 ? ["T1", "T2", "Helår"] : ["Helår"],
        ...(perUnitType ? { reportingUnits: htjAndSabo.map((unit) => unit.id) } : {}),
        baseline: { "2024": n },
      };
    }),
  }));
  return {
    id: "stor-plan-2025",
    organisation: "Storstad",
    year: 2025,
    name: "Verksamhetsplan 2025",
    admins: ["admin@example.se"],
    periods: [
      { id: "T1", kind: "tertial" },
      { id: "T2", kind: "tertial" },
      { id: "Helår", kind: "year" },
    ],
    people: [
      { upn: "admin@example.se", name: "Admin" },
      ...Array.from({ length: REPORTERS }, (_, i) => ({
        upn: reporter(i),
        name: `Rapportör ${i}`,
      })),
    ],
    units,
    goalAreas: [
      { id: "omrade", name: "Målområde", goals: goals.slice(0, 8) },
      { id: "omrade-2", name: "Målområde 2", goals: goals.slice(8) },
    ],
  };
}

function yamlFile(plan: PlanInput): PlanFile {
  return { fileName: "stor-plan.yaml", content: Buffer.from(stringify(plan)) };
}

async function main(): Promise<void> {
  const azurite = await startAzuriteTables({ inMemory: true, port: 0 });
  try {
    const first = yamlFile(generatedPlan(1));
    const changed = yamlFile(generatedPlan(3));
    const workbook: PlanFile = {
      fileName: "stor-plan.xlsx",
      content: await writePlanWorkbook(planSchema.parse(generatedPlan(1))),
    };
    console.log(
      `${UNITS} units in ${AREAS} areas, ${REPORTERS} reporters, ${INDICATORS} indicators; ` +
        `YAML ${(first.content.length / 1e6).toFixed(1)} MB, Excel ${(workbook.content.length / 1e6).toFixed(1)} MB; ${RUNS} runs each`,
    );
    const store = (i: number) =>
      createTableStore({ connectionString: azurite.connectionString, prefix: `bench${i}` });
    const ok = async (result: Promise<{ ok: boolean }>) => {
      if (!(await result).ok) throw new Error("The generated plan did not import.");
    };

    report(
      "validate YAML (read + check, no storage)",
      await time(RUNS, () => ok(validatePlanFile(first))),
    );
    report(
      "validate Excel (read + check, no storage)",
      await time(RUNS, () => ok(validatePlanFile(workbook))),
    );
    const firstImport = await time(RUNS, (i) =>
      ok(importPlan(store(i), first, { actor: "bench" })),
    );
    report("first import, YAML, empty storage", firstImport);
    report(
      "first import, Excel, empty storage",
      await time(RUNS, (i) => ok(importPlan(store(RUNS + i), workbook, { actor: "bench" }))),
    );
    report(
      "import again, unchanged",
      await time(RUNS, (i) => ok(importPlan(store(i), first, { actor: "bench" }))),
    );
    report(
      "import again, 10 units added and 1 rule changed",
      await time(1, () => ok(importPlan(store(0), changed, { actor: "bench" }))),
    );
    if (firstImport.p95 > LIMIT_MS) {
      console.error(
        `First import took ${Math.round(firstImport.p95)} ms at p95; the limit is ${LIMIT_MS} ms.`,
      );
      process.exitCode = 1;
    }
  } finally {
    await azurite.stop();
  }
}

void main();
