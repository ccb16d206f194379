// ESLint 9 flat config. `npm run lint` runs it over src, test and scripts.
// The folder rules encode DESIGN.md: engine/ and report/ stay pure (no host, no Node, no UI),
// excel/ gets the Office.js proxy-object traps checked, taskpane/ gets the rules of hooks.
import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

/** Node's CommonJS globals, for scripts/*.js and webpack.config.js (no `globals` dependency). */
const nodeGlobals = Object.fromEntries(
  [
    "require",
    "module",
    "exports",
    "__dirname",
    "__filename",
    "process",
    "console",
    "Buffer",
    "setTimeout",
    "clearTimeout",
    "setInterval",
    "clearInterval",
    "setImmediate",
    "URL",
    "URLSearchParams",
  ].map((name) => [name, "readonly"]),
);

const hostGlobal = (name, what) => ({
  name,
  message: `${what}: the engine and report are pure (DESIGN.md); pass data in from src/excel, src/xlsx or src/taskpane.`,
});

export default defineConfig([
  globalIgnores(["dist/", "node_modules/", "coverage/", "out/", ".tmp/", "test-results/"]),

  {
    files: ["**/*.{js,cjs,mjs}"],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2023, sourceType: "commonjs", globals: nodeGlobals },
  },
  { files: ["**/*.mjs"], languageOptions: { sourceType: "module" } },

  {
    files: ["**/*.{ts,tsx,mts,cts}"],
    extends: [tseslint.configs.recommended],
    rules: {
      // A leading underscore marks a deliberately unused name, as TypeScript's own checks allow.
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          caughtErrorsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
        },
      ],
    },
  },

  {
    // Office.js proxies: read only what was loaded, sync before reading, never sync per item.
    files: ["src/excel/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/load-object-before-read": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
    },
  },

  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    extends: [reactHooks.configs["recommended-latest"]],
  },

  {
    files: ["src/engine/**/*.{ts,tsx}", "src/report/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-globals": [
        "error",
        hostGlobal("window", "No DOM"),
        hostGlobal("document", "No DOM"),
        hostGlobal("navigator", "No DOM"),
        hostGlobal("self", "No DOM or worker globals"),
        hostGlobal("Office", "No Office.js"),
        hostGlobal("Excel", "No Office.js"),
        hostGlobal("process", "No Node APIs"),
        hostGlobal("require", "No Node APIs"),
        hostGlobal("Buffer", "No Node APIs"),
      ],
      "no-restricted-imports": [
        "error",
        {
          paths: ["fs", "path", "os", "exceljs", "react", "react-dom"].map((name) => ({
            name,
            message: "The engine and report are pure (DESIGN.md): no Node, ExcelJS or UI imports.",
          })),
          patterns: [
            {
              group: ["node:*", "fs/*", "exceljs/*", "react/*", "react-dom/*", "@fluentui/*"],
              message: "The engine and report are pure (DESIGN.md): no Node, ExcelJS or UI imports.",
            },
          ],
        },
      ],
    },
  },
]);
