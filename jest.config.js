/** Three projects: pure/node tests, DOM component tests, and browser end-to-end tests. */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", isolatedModules: true, diagnostics: { warnOnly: false } }];
const common = {
  transform: { "^.+\\.tsx?$": tsJest },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};
module.exports = {
  // A floor for every test and hook (jest's default is 5 s): on a loaded 2-core CI machine a test
  // that takes 0.5 s alone can take ten times that. Slow tests name their own, larger budgets.
  // Only the global config's testTimeout is read (not a project's).
  testTimeout: 30_000,
  projects: [
    {
      ...common,
      displayName: "unit",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/", "<rootDir>/test/taskpane/"],
    },
    {
      ...common,
      displayName: "dom",
      testEnvironment: "jsdom",
      setupFiles: ["<rootDir>/test/taskpane/setup-dom.ts"],
      setupFilesAfterEnv: ["<rootDir>/test/taskpane/timeout.ts"],
      testMatch: ["<rootDir>/test/taskpane/**/*.test.ts?(x)"],
    },
    {
      ...common,
      // The built pane in headless Chromium (test/e2e/README.md); global-setup.js builds it.
      displayName: "e2e",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/e2e/**/*.test.ts"],
      globalSetup: "<rootDir>/test/e2e/global-setup.js",
      // 60 s a test: jest-circus reads testTimeout from the global config only, not a project's.
      setupFilesAfterEnv: ["<rootDir>/test/e2e/support/timeout.ts"],
    },
  ],
};
