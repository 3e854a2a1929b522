// Lint rules: typescript-eslint's recommended set, plus the layer rules of docs/architecture.md:
// Teams and HTTP types belong to bot/ alone, the Table Storage SDK to services/storage/ alone, and
// card JSON (templates and Adaptive Card literals) to cards/ alone. test/infra/layer-rules.test.ts
// shows each of them refusing. (.dependency-cruiser.cjs says the same for dynamic imports.)
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const teamsOnlyInBot = {
  group: ["botbuilder", "botbuilder-*", "botframework-*", "restify"],
  message: "Teams and HTTP types live in bot/ only.",
};
const tablesOnlyInStorage = {
  group: ["@azure/data-tables", "@azure/data-tables/*"],
  message: "Table Storage is reached through the port in services/storage/ (docs/storage.md).",
};
const cardJsonOnlyInCards = {
  group: ["**/cards/*.json", "**/cards/**/*.json"],
  message: "Card templates are expanded in cards/ only: call the card's render function.",
};
const restricted = (...patterns) => ["error", { patterns }];
const cardMessage = "Card JSON lives in cards/ (a template and its render function).";
const noCardLiterals = [
  "error",
  { selector: "Literal[value='AdaptiveCard']", message: cardMessage },
  { selector: "Literal[value=/adaptivecards\\.io\\/schemas/]", message: cardMessage },
  { selector: "TemplateElement[value.raw=/adaptivecards\\.io\\/schemas/]", message: cardMessage },
];

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "node_modules/**",
      "coverage/**",
      ".data/**",
      "artifacts/**",
      "**/*.tmp.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "no-empty": ["error", { allowEmptyCatch: false }],
    },
  },
  {
    files: ["**/*.ts"],
    ignores: ["services/storage/**"],
    rules: { "no-restricted-imports": restricted(tablesOnlyInStorage) },
  },
  {
    files: ["bot/**/*.ts"],
    rules: { "no-restricted-imports": restricted(tablesOnlyInStorage, cardJsonOnlyInCards) },
  },
  {
    files: ["services/**/*.ts", "cli/**/*.ts"],
    ignores: ["services/storage/**"],
    rules: {
      "no-restricted-imports": restricted(teamsOnlyInBot, tablesOnlyInStorage, cardJsonOnlyInCards),
    },
  },
  {
    files: ["cards/**/*.ts"],
    rules: { "no-restricted-imports": restricted(teamsOnlyInBot, tablesOnlyInStorage) },
  },
  {
    files: ["services/storage/**/*.ts"],
    rules: { "no-restricted-imports": restricted(teamsOnlyInBot, cardJsonOnlyInCards) },
  },
  {
    files: ["bot/**/*.ts", "services/**/*.ts", "cli/**/*.ts"],
    rules: { "no-restricted-syntax": noCardLiterals },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    languageOptions: {
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        console: "readonly",
        __dirname: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        fetch: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
