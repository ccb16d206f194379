/** Three projects: pure/node tests, DOM component tests, and browser end-to-end tests. */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", isolatedModules: true, diagnostics: { warnOnly: false } }];
const common = {
  transform: { "^.+\\.tsx?$": tsJest },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
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
  ],
};
