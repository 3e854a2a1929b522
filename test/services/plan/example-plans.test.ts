import { readFile } from "node:fs/promises";
import path from "node:path";
import { importPlan, loadPlan, validatePlanFile, type PlanFile } from "../../../services/plan";
import { testTableStore } from "../../support/storage";

const examples = path.join(__dirname, "..", "..", "..", "plans", "examples");

async function example(fileName: string): Promise<PlanFile> {
  return { fileName, content: await readFile(path.join(examples, fileName)) };
}

describe("the five seed plans as plan files", () => {
  const store = testTableStore();

  test.each([
    [
      "norsjo-omsorg-2025.yaml",
      { indicators: 13, activities: 13, questions: 0, units: 5, reporters: 4 },
    ],
    ["kson-2024.yaml", { indicators: 28, activities: 15, questions: 0, units: 4, reporters: 4 }],
    [
      "tiohundra-2025.yaml",
      { indicators: 24, activities: 20, questions: 0, units: 11, reporters: 10 },
    ],
    [
      "narsjukvarden-halland-2022.yaml",
      { indicators: 22, activities: 17, questions: 0, units: 8, reporters: 6 },
    ],
    [
      "norrkoping-von-2024.yaml",
      { indicators: 61, activities: 12, questions: 16, units: 6, reporters: 6 },
    ],
  ])(
    "when %s is imported, then it is stored and loads back as the same plan",
    async (fileName, counts) => {
      const result = await importPlan(store, await example(fileName), { actor: "test" });
      if (!result.ok)
        throw new Error(result.errors.map((e) => `${e.where}: ${e.message}`).join("\n"));
      expect(result.summary).toMatchObject(counts);
      expect(await loadPlan(store, result.plan.id)).toEqual(result.plan);
    },
  );

  test("when the Norsjö workbook is read, then it holds the same plan as the Norsjö YAML file", async () => {
    const [fromYaml, fromExcel] = await Promise.all([
      validatePlanFile(await example("norsjo-omsorg-2025.yaml")),
      validatePlanFile(await example("norsjo-omsorg-2025.xlsx")),
    ]);
    expect(fromExcel.ok && fromYaml.ok).toBe(true);
    expect(fromExcel.ok && fromExcel.plan).toEqual(fromYaml.ok && fromYaml.plan);
  });

  test("when the Norsjö plan is read, then its demo reporters report for the units the end-to-end test expects", async () => {
    const result = await validatePlanFile(await example("norsjo-omsorg-2025.yaml"));
    const units = result.ok ? result.plan.units : [];
    const reporters = Object.fromEntries(units.map((unit) => [unit.id, unit.reporters]));
    expect(reporters).toEqual({
      omsorg: ["admin@example.se"],
      "htj-norsjo": ["megan.b@example.se"],
      "htj-bastutrask": ["megan.b@example.se"],
      "sabo-norrgarden": ["adele.v@example.se"],
      "sabo-alvgarden": ["isaiah.l@example.se"],
    });
    expect(result.ok && result.plan.admins).toEqual(["admin@example.se"]);
  });
});
