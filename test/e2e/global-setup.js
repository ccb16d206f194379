/**
 * Jest globalSetup of the "e2e" project: builds the pane twice before the browser tests run,
 * in one webpack run (the two compilations share the process, Terser runs in parallel):
 *
 *   .tmp/e2e/pane        test/e2e/webpack.e2e.js: the pane with the in-memory Excel as "office.js"
 *   .tmp/e2e/office-js   webpack.config.js --env OFFICE_JS=local: the production pane with the
 *                        npm copy of office.js (the outside-Office test and the start-up figures)
 *   .tmp/e2e/package     what `PUBLIC_URL=… npm run package` makes (site/, manifest.xml,
 *                        DEPLOY.md), assembled by scripts/package.js from a production build with
 *                        PUBLIC_URL in .tmp/e2e/package-dist (the packaged-pane test)
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
/** The fingerprint of a build sits beside its folder (dir + STAMP), so no build holds a stray file. */
const STAMP = ".inputs";

/** Files whose change changes a build: the sources, the harness and fake Excel, the configs, the lockfile. */
const INPUTS = [
  "src",
  "assets",
  "test/e2e/harness",
  "test/excel/fake-excel",
  "webpack.config.js",
  "test/e2e/webpack.e2e.js",
  "tsconfig.json",
  "package-lock.json",
  "package.json",
  "manifest.xml",
  "scripts/production-manifest.js",
];
/** The URL the packaged pane is built for; the test serves it from 127.0.0.1 instead. */
const PACKAGE_PUBLIC_URL = "https://addins.example.com/partner-ecosystem/";

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
    return fs.readFileSync(dir + STAMP, "utf8") === stamp && fs.existsSync(path.join(dir, "taskpane.html"));
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
  const packaged = require("../../webpack.config.js")({ PUBLIC_URL: PACKAGE_PUBLIC_URL }, { mode: "production" });
  packaged.context = ROOT;
  packaged.output.path = path.join(OUT, "package-dist");
  delete packaged.devServer;
  return [e2e, officeJs, packaged];
}

function run(compilerConfigs) {
  return new Promise((resolve, reject) => {
    webpack(compilerConfigs, (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors())
        return reject(
          new Error(`The e2e build failed:\n${stats.toString({ all: false, errors: true, errorDetails: true })}`),
        );
      resolve();
    });
  });
}

/** Assembles .tmp/e2e/package from the PUBLIC_URL build, as `npm run package` does (a copy: fast). */
function assemble() {
  const { assemblePackage } = require("../../scripts/package.js");
  assemblePackage({ dist: path.join(OUT, "package-dist"), out: path.join(OUT, "package") });
}

module.exports = async function globalSetup() {
  const stamp = fingerprint();
  const wanted = configs().filter((c) => !isCurrent(c.output.path, stamp));
  if (wanted.length > 0) {
    const started = Date.now();
    await run(wanted);
    for (const c of wanted) fs.writeFileSync(c.output.path + STAMP, stamp);
    process.stdout.write(
      `\n[e2e] built ${wanted.map((c) => path.relative(ROOT, c.output.path)).join(", ")} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
  }
  assemble();
};

module.exports.PACKAGE_PUBLIC_URL = PACKAGE_PUBLIC_URL;
