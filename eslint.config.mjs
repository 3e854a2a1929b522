// Lint rules: typescript-eslint's recommended set, plus the layer rules of docs/architecture.md:
// Teams and HTTP types belong to bot/ alone, the Table Storage SDK to services/storage/ alone, and
// services/ imports neither cards/ nor bot/.
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
const domainBelowViews = {
  group: ["**/cards/**", "**/bot/**"],
  message:
    "services/ is the domain: it imports no views or Teams code (words: services/i18n/words/).",
};
const restricted = (...patterns) => ["error", { patterns }];

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
    files: ["cards/**/*.ts", "cli/**/*.ts"],
    rules: { "no-restricted-imports": restricted(teamsOnlyInBot, tablesOnlyInStorage) },
  },
  {
    files: ["services/**/*.ts"],
    ignores: ["services/storage/**"],
    rules: {
      "no-restricted-imports": restricted(teamsOnlyInBot, tablesOnlyInStorage, domainBelowViews),
    },
  },
  {
    files: ["services/storage/**/*.ts"],
    rules: { "no-restricted-imports": restricted(teamsOnlyInBot, domainBelowViews) },
  },
  {
    // Words come from the catalog (services/i18n/words/), asked by key: no `locale === "en" ? … : …`.
    files: ["bot/**/*.ts", "cards/**/*.ts", "services/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "BinaryExpression[operator=/^[!=]==?$/] > Literal[value='en']",
          message:
            "Ask the catalog of words, t(locale, key), instead of branching on the language.",
        },
      ],
    },
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
