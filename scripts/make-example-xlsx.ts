// Writes plans/examples/norsjo-omsorg-2025.xlsx from the YAML plan beside it, by the same code
// that writes the Excel template, so the two formats hold the same plan (a test checks it).
// Run: npx tsx scripts/make-example-xlsx.ts
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { validatePlanFile, writePlanWorkbook } from "../services/plan";

const examples = path.join(__dirname, "..", "plans", "examples");

async function main(): Promise<void> {
  const fileName = "norsjo-omsorg-2025.yaml";
  const result = await validatePlanFile({
    fileName,
    content: await readFile(path.join(examples, fileName)),
  });
  if (!result.ok) {
    for (const error of result.errors) process.stderr.write(`${error.where}: ${error.message}\n`);
    process.exitCode = 2;
    return;
  }
  const out = path.join(examples, fileName.replace(/\.yaml$/, ".xlsx"));
  await writeFile(out, await writePlanWorkbook(result.plan));
  process.stdout.write(`Skrev ${path.relative(process.cwd(), out)}\n`);
}

void main();
