#!/usr/bin/env node
// The command line is compiled from src/cli by `npm run build:cli` (run on `npm install`).
const path = require("node:path");
const fs = require("node:fs");
const entry = path.join(__dirname, "..", "dist", "node", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("partner-ecosystem: not built yet — run `npm run build:cli` (or `npm install`) first.\n");
  process.exit(1);
}

/**
 * A workbook of hundreds of thousands of partners needs more than Node's default heap (about
 * 4 GB on 64-bit): for an input of LARGE_INPUT bytes or more the command runs again in a child
 * Node with a heap of three quarters of the machine's memory (at most 16 GB), unless a heap size
 * was given (--max-old-space-size in NODE_OPTIONS or on the node command line).
 */
const LARGE_INPUT = 32 * 1024 * 1024;
function wantsLargerHeap(argv) {
  if (process.env.PED_HEAP_RAISED === "1") return false;
  const given = [...process.execArgv, process.env.NODE_OPTIONS ?? ""].some((a) => a.includes("max-old-space-size"));
  if (given || argv[0] !== "analyze" || argv[1] === undefined) return false;
  try {
    return fs.statSync(argv[1]).size >= LARGE_INPUT;
  } catch {
    return false; // the command reports a missing file itself
  }
}
const argv = process.argv.slice(2);
if (wantsLargerHeap(argv)) {
  const os = require("node:os");
  const megabytes = Math.min(16384, Math.floor((os.totalmem() / 2 ** 20) * 0.75));
  const run = require("node:child_process").spawnSync(
    process.execPath,
    [`--max-old-space-size=${megabytes}`, ...process.execArgv, __filename, ...argv],
    { stdio: "inherit", env: { ...process.env, PED_HEAP_RAISED: "1" } },
  );
  process.exit(run.status ?? 1);
}

const { main } = require(entry);
main(argv, (s) => process.stdout.write(`${s}\n`), (s) => process.stderr.write(`${s}\n`)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  },
);
