// Lint rules: typescript-eslint's recommended set, plus the layer rule of docs/architecture.md:
// Teams and HTTP types belong to bot/ alone.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const teamsOnlyInBot = {
  patterns: [
    {
      group: ["botbuilder", "botbuilder-*", "botframework-*", "restify"],
      message: "Teams and HTTP types live in bot/ only.",
    },
  ],
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
    files: ["services/**/*.ts", "cards/**/*.ts", "cli/**/*.ts"],
    rules: { "no-restricted-imports": ["error", teamsOnlyInBot] },
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
