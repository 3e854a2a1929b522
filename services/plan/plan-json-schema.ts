// The JSON Schema of a plan file, for editors (VS Code's YAML extension reads the
// `# yaml-language-server: $schema=…` line at the top of a plan). Generated from the zod schema;
// plan.schema.json is its committed copy, kept in sync by test/services/plan/plan-json-schema.test.ts.
import { z } from "zod";
import { planSchema } from "./plan-schema";

export function planJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(planSchema, { io: "input", target: "draft-2020-12" }),
    $id: "https://uppfoljningsboten.example/plan.schema.json",
  };
}

/** As committed: two-space indentation and a final newline. */
export function planJsonSchemaText(): string {
  return `${JSON.stringify(planJsonSchema(), null, 2)}\n`;
}
