// The layer rules of docs/architecture.md as ESLint enforces them: each refuses what it should,
// where it should, and lets the layer that owns the thing use it.
// ESLint loads its .mjs config with a dynamic import, which jest's module system does not run, so
// one child process lints every case with the project's own config.
import { spawnSync } from "node:child_process";

const LINT_ALL = `
const { ESLint } = require("eslint");
const cases = JSON.parse(require("node:fs").readFileSync(0, "utf8"));
const eslint = new ESLint({ cwd: process.cwd() });
(async () => {
  const out = [];
  for (const [filePath, code] of cases) {
    const [result] = await eslint.lintText(code, { filePath });
    out.push(result.messages.map((m) => (m.ruleId || "?") + ": " + m.message));
  }
  process.stdout.write(JSON.stringify(out));
})();
`;

function lintAll(files: [string, string][]): string[][] {
  const run = spawnSync(process.execPath, ["-e", LINT_ALL], {
    input: JSON.stringify(files),
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as string[][];
}

const cases: [string, string, string, RegExp | undefined][] = [
  // [file, code, what, refusal expected]
  [
    "services/reporting/x.ts",
    'import { TurnContext } from "botbuilder";\nexport type T = TurnContext;\n',
    "botbuilder in services/",
    /Teams and HTTP types live in bot\/ only/,
  ],
  [
    "cards/x.ts",
    'import type { Server } from "restify";\nexport type S = Server;\n',
    "restify in cards/",
    /Teams and HTTP types live in bot\/ only/,
  ],
  [
    "cli/x.ts",
    'import type { A } from "botframework-connector";\nexport type B = A;\n',
    "botframework-* in cli/",
    /Teams and HTTP types live in bot\/ only/,
  ],
  [
    "bot/x.ts",
    'import type { TurnContext } from "botbuilder";\nexport type T = TurnContext;\n',
    "botbuilder in bot/",
    undefined,
  ],
  [
    "bot/x.ts",
    'import { TableClient } from "@azure/data-tables";\nexport const t = TableClient;\n',
    "the Table Storage SDK in bot/",
    /through the port in services\/storage/,
  ],
  [
    "services/reminders/x.ts",
    'import { TableClient } from "@azure/data-tables";\nexport const t = TableClient;\n',
    "the Table Storage SDK in services/reminders/",
    /through the port in services\/storage/,
  ],
  [
    "services/storage/x.ts",
    'import { TableClient } from "@azure/data-tables";\nexport const t = TableClient;\n',
    "the Table Storage SDK in services/storage/",
    undefined,
  ],
  [
    "bot/commands/x.ts",
    'import template from "../../cards/report.json";\nexport const t = template;\n',
    "a card template imported in bot/",
    /Card templates are expanded in cards\/ only/,
  ],
  [
    "cards/x.ts",
    'import template from "./report.json";\nexport const t = template;\n',
    "a card template imported in cards/",
    undefined,
  ],
  [
    "bot/commands/x.ts",
    'export const card = { type: "AdaptiveCard", version: "1.5", body: [] };\n',
    "an Adaptive Card literal in bot/",
    /Card JSON lives in cards\//,
  ],
  [
    "services/summary/x.ts",
    'export const card = { $schema: "http://adaptivecards.io/schemas/adaptive-card.json" };\n',
    "an Adaptive Card schema in services/",
    /Card JSON lives in cards\//,
  ],
  [
    "cards/x.ts",
    'export const card = { type: "AdaptiveCard", version: "1.5", body: [] };\n',
    "an Adaptive Card literal in cards/",
    undefined,
  ],
  [
    "services/summary/x.ts",
    'import { t } from "../../cards/words/t";\nexport const w = t;\n',
    "a cards/ module imported in services/",
    /services\/ is the domain/,
  ],
  [
    "services/summary/x.ts",
    'import { t } from "../i18n/words/t";\nexport const w = t;\n',
    "the catalog of words in services/",
    undefined,
  ],
  [
    "cards/x.ts",
    'export const word = (locale: string) => (locale === "en" ? "Yes" : "Ja");\n',
    "a language ternary in cards/",
    /Ask the catalog of words/,
  ],
  [
    "bot/commands/x.ts",
    'export const en = (locale: string) => locale === "en";\n',
    "a branch on the language in bot/",
    /Ask the catalog of words/,
  ],
];

describe("the layer rules", () => {
  let answers: string[][] = [];
  beforeAll(() => {
    answers = lintAll(cases.map(([file, code]) => [file, code]));
  }, 60_000);

  test.each(cases.map(([file, , what, refusal], index) => [what, file, index, refusal] as const))(
    "when %s (%s), then ESLint answers as the layers say",
    (_what, _file, index, refusal) => {
      const found = answers[index] ?? ["not linted"];
      if (refusal) expect(found.some((p) => refusal.test(p))).toBe(true);
      else expect(found).toEqual([]);
    },
  );
});
