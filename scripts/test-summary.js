#!/usr/bin/env node
// Runs the whole jest suite and closes with one plain line, "N passed, N failed, N skipped",
// the line CI reads to know how many tests ran. Exit status is jest's.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { spawnSync } = require("node:child_process");

const results = path.join(__dirname, "..", "out", "jest-results.json");
fs.mkdirSync(path.dirname(results), { recursive: true });
fs.rmSync(results, { force: true });
const jest = spawnSync(
  process.execPath,
  [require.resolve("jest/bin/jest"), "--ci", "--json", `--outputFile=${results}`],
  {
    stdio: "inherit",
  },
);
if (!fs.existsSync(results)) {
  process.stdout.write("0 passed, 0 failed\n");
  process.exit(jest.status || 1);
}
const r = JSON.parse(fs.readFileSync(results, "utf8"));
const skipped = r.numPendingTests + (r.numTodoTests || 0);
process.stdout.write(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped\n`);
process.exitCode = jest.status === 0 && r.numTotalTests > 0 ? 0 : 1;
