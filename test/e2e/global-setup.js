/**
 * Jest globalSetup of the "e2e" project: builds the pane twice before the browser tests run,
 * in one webpack run (the two compilations share the process, Terser runs in parallel):
 *
 *   .tmp/e2e/pane        test/e2e/webpack.e2e.js: the pane with the in-memory Excel as "office.js"
 *   .tmp/e2e/office-js   webpack.config.js --env OFFICE_JS=local: the production pane with the
 *                        npm copy of office.js (the outside-Office test and the start-up figures)
 *
 * A build is skipped when none of its inputs changed since it was made (a fingerprint of file
 * names, sizes and modification times kept beside it); E2E_REBUILD=1 forces both.
 * The folders are named again in test/e2e/support/pane.ts.
 */
"use strict";

const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");

const ROOT = path.resolve(__dirname, "../..");
const OUT = path.join(ROOT, ".tmp/e2e");
const STAMP = ".inputs";

/** Files whose change changes a build: the sources, the harness and fake Excel, the configs, the lockfile. */
const INPUTS = ["src", "assets", "test/e2e/harness", "test/excel/fake-excel", "webpack.config.js", "test/e2e/webpack.e2e.js", "tsconfig.json", "package-lock.json"];

function fingerprint() {
  const hash = crypto.createHash("sha256");
  const visit = (rel) => {
    const abs = path.join(ROOT, rel);
    const stat = fs.statSync(abs, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(abs).sort()) visit(path.join(rel, name));
    } else {
      hash.update(`${rel}\0${stat.size}\0${stat.mtimeMs}\n`);
    }
  };
  INPUTS.forEach(visit);
  return hash.digest("hex");
}

function isCurrent(dir, stamp) {
  if (process.env.E2E_REBUILD === "1") return false;
  try {
    return fs.readFileSync(path.join(dir, STAMP), "utf8") === stamp && fs.existsSync(path.join(dir, "taskpane.html"));
  } catch {
    return false; // not built yet
  }
}

function configs() {
  const e2e = require("./webpack.e2e.js")({ E2E_OUT: path.join(OUT, "pane") }, { mode: "production" });
  const officeJs = require("../../webpack.config.js")({ OFFICE_JS: "local" }, { mode: "production" });
  officeJs.context = ROOT;
  officeJs.output.path = path.join(OUT, "office-js");
  delete officeJs.devServer;
  return [e2e, officeJs];
}

function run(compilerConfigs) {
  return new Promise((resolve, reject) => {
    webpack(compilerConfigs, (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors()) return reject(new Error(`The e2e build failed:\n${stats.toString({ all: false, errors: true, errorDetails: true })}`));
      resolve();
    });
  });
}

module.exports = async function globalSetup() {
  const stamp = fingerprint();
  const wanted = configs().filter((c) => !isCurrent(c.output.path, stamp));
  if (wanted.length === 0) return;
  const started = Date.now();
  await run(wanted);
  for (const c of wanted) fs.writeFileSync(path.join(c.output.path, STAMP), stamp);
  process.stdout.write(`\n[e2e] built ${wanted.map((c) => path.relative(ROOT, c.output.path)).join(" and ")} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
};
