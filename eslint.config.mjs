// Lint rules: typescript-eslint's recommended set, plus the layer rules of docs/architecture.md:
// Teams and HTTP types belong to bot/ alone, the Table Storage SDK to services/storage/ alone, and
// card JSON (templates and Adaptive Card literals) to cards/ alone; services/ imports neither
// cards/ nor bot/, and no view or reply branches on the language (words come from the catalog).
// test/infra/layer-rules.test.ts shows each of them refusing. (.dependency-cruiser.cjs says the
// same for dynamic imports.)
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
const domainBelowViews = {
  group: ["**/cards/**", "**/bot/**", "!**/cards/*.json", "!**/cards/**/*.json"],
  message:
    "services/ is the domain: it imports no views or Teams code (words: services/i18n/words/).",
};
const restricted = (...patterns) => ["error", { patterns }];
const cardMessage = "Card JSON lives in cards/ (a template and its render function).";
const cardLiterals = [
  { selector: "Literal[value='AdaptiveCard']", message: cardMessage },
  { selector: "Literal[value=/adaptivecards\\.io\\/schemas/]", message: cardMessage },
  { selector: "TemplateElement[value.raw=/adaptivecards\\.io\\/schemas/]", message: cardMessage },
];
const languageBranch = {
  selector: "BinaryExpression[operator=/^[!=]==?$/] > Literal[value='en']",
  message: "Ask the catalog of words, t(locale, key), instead of branching on the language.",
};

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
    files: ["cli/**/*.ts"],
    rules: {
      "no-restricted-imports": restricted(teamsOnlyInBot, tablesOnlyInStorage, cardJsonOnlyInCards),
    },
  },
  {
    files: ["services/**/*.ts"],
    ignores: ["services/storage/**"],
    rules: {
      "no-restricted-imports": restricted(
        teamsOnlyInBot,
        tablesOnlyInStorage,
        cardJsonOnlyInCards,
        domainBelowViews,
      ),
    },
  },
  {
    files: ["cards/**/*.ts"],
    rules: { "no-restricted-imports": restricted(teamsOnlyInBot, tablesOnlyInStorage) },
  },
  {
    files: ["services/storage/**/*.ts"],
    rules: {
      "no-restricted-imports": restricted(teamsOnlyInBot, cardJsonOnlyInCards, domainBelowViews),
    },
  },
  {
    files: ["cli/**/*.ts"],
    rules: { "no-restricted-syntax": ["error", ...cardLiterals] },
  },
  {
    files: ["bot/**/*.ts", "services/**/*.ts"],
    rules: { "no-restricted-syntax": ["error", ...cardLiterals, languageBranch] },
  },
  {
    files: ["cards/**/*.ts"],
    rules: { "no-restricted-syntax": ["error", languageBranch] },
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
