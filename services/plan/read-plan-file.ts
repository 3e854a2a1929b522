// Reads a plan file of either format and checks it: the plan, or every error with where it is.
import type { ImportError, PlanFile, ReadResult } from "./plan-file";
import type { Plan } from "./plan-schema";
import type { PlanPath } from "./plan-checks";
import { validatePlanData } from "./validate-plan";
import { readYamlPlan } from "./yaml-plan-file";

export type PlanFileCheck = { ok: true; plan: Plan } | { ok: false; errors: ImportError[] };

/** Large enough for a plan of thousands of units; small enough to refuse a wrong file at once. */
export const MAX_PLAN_FILE_BYTES = 20 * 1024 * 1024;

export async function checkPlanFile(file: PlanFile): Promise<PlanFileCheck> {
  const read = await readAnyFormat(file);
  if (!read.ok) return read;
  const validation = validatePlanData(read.data);
  if (validation.ok && read.issues.length === 0) return validation;
  const covered = read.issues.flatMap((issue) => (issue.path ? [issue.path] : []));
  const problems = validation.ok ? [] : validation.problems;
  const located = [
    ...read.issues,
    ...problems
      .filter((problem) => !covered.some((path) => startsWith(problem.path, path)))
      .map((problem) => ({ ...read.locate(problem.path), message: problem.message })),
  ];
  located.sort((a, b) => a.order - b.order);
  // One mistake can break two parts of the plan at the same place (an admin's e-mail is both an
  // admin and a person): say it once.
  const seen = new Set<string>();
  const errors = located
    .map(({ where, message }) => ({ where, message }))
    .filter((error) => {
      const key = `${error.where}\n${error.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return { ok: false, errors };
}

async function readAnyFormat(file: PlanFile): Promise<ReadResult> {
  if (file.content.length > MAX_PLAN_FILE_BYTES) {
    return fileError(
      `Filen är ${megabytes(file.content.length)} MB; en plan får vara högst ${megabytes(MAX_PLAN_FILE_BYTES)} MB.`,
    );
  }
  switch (formatOf(file)) {
    case "xlsx": {
      // Loaded when a workbook comes: exceljs takes longer to load than a YAML plan to check.
      const { readWorkbookPlan } = await import("./excel/read-workbook");
      return readWorkbookPlan(file.content);
    }
    case "yaml":
      return readYamlPlan(file.content.toString("utf8"));
    default:
      return fileError(
        `Filen ${file.fileName} är varken en Excel-arbetsbok (.xlsx) eller en YAML-fil (.yaml, .yml, .json).`,
      );
  }
}

function formatOf(file: PlanFile): "xlsx" | "yaml" | undefined {
  const name = file.fileName.toLowerCase();
  if (name.endsWith(".xlsx")) return "xlsx";
  if (/\.(ya?ml|json)$/.test(name)) return "yaml";
  // A zip archive (PK\x03\x04) without a known extension is most likely a workbook.
  if (file.content.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return "xlsx";
  return undefined;
}

function startsWith(path: PlanPath, prefix: PlanPath): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);
}

function fileError(message: string): ReadResult {
  return { ok: false, errors: [{ where: "filen", message }] };
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1).replace(".", ",");
}
