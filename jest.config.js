/** Three projects: pure/node tests, DOM component tests, and browser end-to-end tests. */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", isolatedModules: true, diagnostics: { warnOnly: false } }];
const common = {
  transform: { "^.+\\.tsx?$": tsJest },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};
module.exports = {
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
