// Tests run TypeScript through SWC (type checking is `npm run typecheck`), against one in-memory
// Azurite that the global setup starts on a free loopback port; each test uses its own tables.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.(t|j)s$": ["@swc/jest", { jsc: { target: "es2022" } }] },
  // intl-messageformat ships ES modules only: SWC turns them into CommonJS like our own code.
  transformIgnorePatterns: ["/node_modules/(?!(intl-messageformat|@formatjs)/)"],
  globalSetup: "<rootDir>/test/support/global-setup.ts",
  globalTeardown: "<rootDir>/test/support/global-teardown.ts",
  setupFiles: ["<rootDir>/test/support/loopback-only.ts"],
  maxWorkers: 2,
  testTimeout: 20000,
};
