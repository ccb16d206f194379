#!/usr/bin/env node
// The command line is compiled from src/cli by `npm run build:cli` (run on `npm install`).
const path = require("node:path");
const fs = require("node:fs");
const entry = path.join(__dirname, "..", "dist", "node", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("partner-ecosystem: not built yet — run `npm run build:cli` (or `npm install`) first.\n");
  process.exit(1);
}
const { main } = require(entry);
main(process.argv.slice(2), (s) => process.stdout.write(`${s}\n`), (s) => process.stderr.write(`${s}\n`)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  },
);
