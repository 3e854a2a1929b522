// Norsjö T1 results, shared by the summary tests: figures chosen so the expectations can be
// computed by hand.
import fs from "node:fs";
import path from "node:path";
import { validatePlanFile, type Plan } from "../../../services/plan";
import {
  buildPeriodSummary,
  type PeriodSummary,
  type ReportedResult,
} from "../../../services/summary";

const root = path.resolve(__dirname, "..", "..", "..");

export async function examplePlan(file: string): Promise<Plan> {
  const result = await validatePlanFile({
    fileName: file,
    content: fs.readFileSync(path.join(root, "plans/examples", file)),
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.plan;
}

export function result(
  unitId: string,
  itemId: string,
  fields: Partial<ReportedResult>,
): ReportedResult {
  return { unitId, itemId, by: `${unitId}@example.se`, at: "2025-05-10T08:00:00Z", ...fields };
}

// Norsjö T1: three of four leaf units have reported; Omsorg (the admin's unit) and Älvgården have not.
export const t1: ReportedResult[] = [
  result("htj-norsjo", "sjukfranvaro", { value: 6.0, status: "green" }),
  result("htj-bastutrask", "sjukfranvaro", { value: 6.8, status: "yellow" }),
  result("sabo-norrgarden", "sjukfranvaro", {
    value: 7.5,
    status: "red",
    comment: "Långtidssjukskrivningar.",
  }),
  result("htj-norsjo", "budgetavvikelse", { value: 0, status: "green" }),
  result("htj-bastutrask", "budgetavvikelse", { value: 0.3, status: "yellow" }),
  result("sabo-norrgarden", "budgetavvikelse", { value: -1, status: "green" }),
  result("htj-norsjo", "heltidsanstallda", { value: 60, status: "green" }),
  result("htj-bastutrask", "heltidsanstallda", { value: 40, status: "none" }),
  result("sabo-norrgarden", "heltidsanstallda", {
    value: 30,
    status: "red",
    comment: "Svårt att rekrytera.",
  }),
  result("htj-norsjo", "fast-omsorgskontakt", { state: "inProgress" }),
  result("htj-bastutrask", "fast-omsorgskontakt", {
    state: "delayed",
    comment: "Rekrytering pågår.",
  }),
];
export const submitted = new Set(["htj-norsjo", "htj-bastutrask", "sabo-norrgarden"]);

/** Norsjö's plan and the summary of its T1 from the results above. */
export async function norsjoT1Summary(): Promise<{ plan: Plan; summary: PeriodSummary }> {
  const plan = await examplePlan("norsjo-omsorg-2025.yaml");
  const summary = buildPeriodSummary({
    plan,
    period: { id: "T1", label: "T1 2025" },
    current: t1,
    submittedUnits: submitted,
  });
  return { plan, summary };
}
