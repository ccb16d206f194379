#!/usr/bin/env node
/**
 * `npm start`: serve the add-in and say how to sideload it.
 *
 * The Office template's `npm start` uses office-addin-debugging, which cannot install from this
 * registry and does not support Linux. So this script:
 *   1. checks manifest.xml offline (scripts/manifest-checks.js) and stops if it is broken;
 *   2. starts `webpack serve --mode development` in the background (it builds into memory:
 *      nothing to build beforehand), logging to .tmp/dev-server.log, pid in .tmp/dev-server.pid;
 *   3. waits until the first build is served, then prints how to sideload manifest.xml into
 *      Excel on the web, on Windows and on Mac.
 * `npm stop` (scripts/stop.js) stops the server. Extra arguments go to webpack, e.g.
 * `npm start -- --env OFFICE_JS=local`.
 */
"use strict";

const fs = require("fs");
const http = require("http");
const https = require("https");
const path = require("path");
const { spawn } = require("child_process");
const { checkManifest } = require("./manifest-checks");
const { readPid, isOurDevServer, MARKER, PID_FILE, LOG_FILE, TMP_DIR } = require("./dev-server-pid");

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const { devCertificates, DEV_PORT, CERT_DIR } = require(path.join(ROOT, "webpack.config.js"));
const STARTUP_TIMEOUT_MS = 180_000;

/** Resolves with the HTTP status of GET url, or null when nothing answers. */
function probe(url) {
  const client = url.startsWith("https:") ? https : http;
  return new Promise((resolve) => {
    // The dev certificate is self-signed and only this local probe skips its check.
    const req = client.get(url, { rejectUnauthorized: false, timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on("error", () => resolve(null));
    req.on("timeout", () => req.destroy());
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function sideloadInstructions(origin) {
  const manifest = path.relative(process.cwd(), MANIFEST) || "manifest.xml";
  return `
Partner Ecosystem Designer is served at ${origin}/taskpane.html
  log: ${path.relative(process.cwd(), LOG_FILE)}   stop: npm stop

Sideload ${manifest} (its URLs point at https://localhost:${DEV_PORT}; the machine running Excel
must reach this server as localhost, e.g. run it there or tunnel: ssh -L ${DEV_PORT}:localhost:${DEV_PORT} <this-host>):

Excel on the web
  1. Open a workbook in Excel on the web (excel.cloud.microsoft or office.com).
  2. Home > Add-ins > More Add-ins (older layout: Insert > Add-ins > Office Add-ins),
     then My Add-ins > Upload My Add-in.
  3. Browse to ${manifest} and choose Upload. "Ecosystem Designer" appears on the Home tab.
  The browser must trust https://localhost:${DEV_PORT}: open it once in a tab and accept the certificate,
  or trust ${path.join(CERT_DIR, "ca.crt")}.

Excel on Windows (shared-folder catalog)
  1. Share a folder (e.g. C:\\AddinManifests) and copy ${manifest} into it.
  2. File > Options > Trust Center > Trust Center Settings > Trusted Add-in Catalogs: add the
     share's network path (\\\\MACHINE\\AddinManifests), tick "Show in Menu", OK; restart Excel.
  3. Home > Add-ins > More Add-ins (or Insert > My Add-ins) > SHARED FOLDER >
     Partner Ecosystem Designer > Add.

Excel on Mac
  1. mkdir -p ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef
  2. cp ${manifest} ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/
  3. Restart Excel, open a workbook: Home > Add-ins (or Insert > My Add-ins) lists it under
     developer add-ins.
`;
}

async function main() {
  const problems = checkManifest(fs.readFileSync(MANIFEST, "utf8"), { rootDir: ROOT });
  if (problems.length > 0) {
    console.error("manifest.xml has problems; fix them before sideloading:");
    for (const p of problems) console.error(`  - ${p}`);
    return 1;
  }
  const origin = `${devCertificates() ? "https" : "http"}://localhost:${DEV_PORT}`;

  const running = readPid();
  if (running && isOurDevServer(running)) {
    console.log(`A dev server started by npm start is already running (pid ${running}).`);
    console.log(sideloadInstructions(origin));
    return 0;
  }
  if (running) fs.rmSync(PID_FILE, { force: true });
  if ((await probe(`${origin}/`)) !== null || (await probe(`http://localhost:${DEV_PORT}/`)) !== null) {
    console.error(`Port ${DEV_PORT} is already in use by another process; stop it first.`);
    return 1;
  }
  if (!devCertificates()) {
    console.warn(
      `No dev certificates in ${CERT_DIR}: serving plain http, which Office will not load.\n` +
        "  Create them with `npx office-addin-dev-certs install` (it writes the files, then may fail\n" +
        "  to trust the CA on Linux; the files are what the dev server needs), then npm stop && npm start.",
    );
  }

  fs.mkdirSync(TMP_DIR, { recursive: true });
  const log = fs.openSync(LOG_FILE, "w");
  const webpackCli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  const child = spawn(process.execPath, [webpackCli, "serve", "--mode", "development", ...process.argv.slice(2)], {
    cwd: ROOT,
    env: { ...process.env, [MARKER.name]: MARKER.value },
    detached: true, // its own process group, so npm stop can end it and only it
    stdio: ["ignore", log, log],
  });
  fs.closeSync(log);
  fs.writeFileSync(PID_FILE, String(child.pid));
  let exited = null;
  child.on("exit", (code) => (exited = code));
  child.unref();

  console.log(`Starting the dev server (pid ${child.pid}); the first build takes about half a minute...`);
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited !== null) {
      fs.rmSync(PID_FILE, { force: true });
      console.error(`The dev server exited (code ${exited}). Last lines of ${LOG_FILE}:`);
      console.error(fs.readFileSync(LOG_FILE, "utf8").split("\n").slice(-25).join("\n"));
      return 1;
    }
    if ((await probe(`${origin}/taskpane.html`)) === 200) {
      console.log(sideloadInstructions(origin));
      return 0;
    }
    await sleep(1000);
  }
  console.error(
    `The dev server did not answer within ${STARTUP_TIMEOUT_MS / 1000} s; see ${LOG_FILE}. npm stop ends it.`,
  );
  return 1;
}

main().then(
  (code) => (process.exitCode = code),
  (err) => {
    console.error(err);
    process.exitCode = 1;
  },
);
