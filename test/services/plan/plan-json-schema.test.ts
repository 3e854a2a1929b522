import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { parse } from "yaml";
import { planJsonSchema } from "../../../services/plan/plan-json-schema";

const committed = path.join(__dirname, "..", "..", "..", "services", "plan", "plan.schema.json");
const examples = path.join(__dirname, "..", "..", "..", "plans", "examples");

describe("the plan's JSON Schema for editors", () => {
  test("when the schema is generated from the zod schema, then it is the committed plan.schema.json", async () => {
    // To update after a change to plan-schema.ts: UPDATE_PLAN_SCHEMA=1 npx jest plan-json-schema, then prettier.
    if (process.env.UPDATE_PLAN_SCHEMA === "1")
      await writeFile(committed, JSON.stringify(planJsonSchema()));
    expect(JSON.parse(await readFile(committed, "utf8"))).toEqual(planJsonSchema());
  });

  test.each([
    "norsjo-omsorg-2025.yaml",
    "kson-2024.yaml",
    "tiohundra-2025.yaml",
    "narsjukvarden-halland-2022.yaml",
    "norrkoping-von-2024.yaml",
  ])("when an editor checks %s against the schema, then it passes", async (fileName) => {
    const validate = addFormats(new Ajv2020({ allErrors: true, allowUnionTypes: true })).compile(
      planJsonSchema(),
    );
    const plan: unknown = parse(await readFile(path.join(examples, fileName), "utf8"));
    expect(validate(plan) ? [] : validate.errors).toEqual([]);
  });

  test("when an editor checks a plan with a misspelt field and a bad e-mail, then the schema flags both", async () => {
    const validate = addFormats(new Ajv2020({ allErrors: true, allowUnionTypes: true })).compile(
      planJsonSchema(),
    );
    const plan = {
      id: "x",
      organisation: "X",
      year: 2025,
      name: "X",
      periods: [{ id: "Helår", kind: "year" }],
      units: [{ id: "u", name: "U", reporters: ["inte-en-adress"] }],
      goalAreas: [
        {
          id: "a",
          name: "A",
          goals: [{ id: "g", name: "G", indicators: [{ id: "i", name: "I", rulle: "x" }] }],
        },
      ],
    };
    expect(validate(plan)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath).sort()).toEqual([
      "/goalAreas/0/goals/0/indicators/0",
      "/units/0/reporters/0",
    ]);
  });
});
