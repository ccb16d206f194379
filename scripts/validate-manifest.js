#!/usr/bin/env node
/**
 * `npm run validate`: checks manifest.xml offline.
 *
 *   node scripts/validate-manifest.js [manifest.xml] [--no-xsd]
 *
 * 1. Structural checks (scripts/manifest-checks.js): well-formed XML, element order, GUID Id,
 *    https URLs, every resid defined, known host, ExcelApi requirement, icon files and sizes,
 *    length limits. Always run; any problem exits 1.
 * 2. XSD validation against Microsoft's v1.1 schemas in ../shared/schemas (validate.sh), only
 *    when that script and xmllint both exist; it is an extra gate, not a requirement, so a
 *    machine without them still validates. When it runs and fails, the exit status is 1.
 *
 * Why not `office-addin-manifest validate`: it posts the manifest to a Microsoft web service
 * and fails offline.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { checkManifest } = require("./manifest-checks");

function hasXmllint() {
  const probe = spawnSync("xmllint", ["--version"], { stdio: "ignore" });
  return !probe.error;
}

function runXsd(manifestPath, rootDir) {
  const script = path.resolve(rootDir, "..", "shared", "schemas", "validate.sh");
  if (!fs.existsSync(script)) return { ran: false, why: `${path.relative(process.cwd(), script)} not found` };
  if (!hasXmllint()) return { ran: false, why: "xmllint not installed (apt-get install -y libxml2-utils)" };
  const result = spawnSync("bash", [script, manifestPath], { encoding: "utf8" });
  return { ran: true, ok: result.status === 0, output: `${result.stdout || ""}${result.stderr || ""}`.trim() };
}

function main(argv) {
  const args = argv.filter((a) => !a.startsWith("--"));
  const skipXsd = argv.includes("--no-xsd");
  const manifestPath = path.resolve(args[0] || "manifest.xml");
  const name = path.basename(manifestPath);
  if (!fs.existsSync(manifestPath)) {
    console.error(`${manifestPath}: file not found`);
    return 1;
  }
  // Icon URLs like https://localhost:3000/assets/icon-32.png map to <manifest dir>/assets/.
  const rootDir = path.dirname(manifestPath);
  const problems = checkManifest(fs.readFileSync(manifestPath, "utf8"), { rootDir });
  if (problems.length > 0) {
    console.error(`${name} has ${problems.length} problem(s):`);
    for (const p of problems) console.error(`  - ${p}`);
    return 1;
  }
  console.log(`${name} is valid (offline structural checks)`);

  if (skipXsd) return 0;
  // ../shared sits beside the project, wherever the manifest is (dist/manifest.xml, deploy/...).
  const xsd = runXsd(manifestPath, path.resolve(__dirname, ".."));
  if (!xsd.ran) {
    console.log(`XSD validation skipped: ${xsd.why}`);
    return 0;
  }
  if (!xsd.ok) {
    console.error(`XSD validation failed (../shared/schemas):\n${xsd.output}`);
    return 1;
  }
  console.log(`${name} is valid against the Office add-in v1.1 XSDs (../shared/schemas)`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
