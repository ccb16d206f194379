/**
 * Where `npm start` records the dev server it started, and how `npm stop` makes sure a pid
 * still belongs to that server (pids are reused) before ending it.
 */
"use strict";

const fs = require("fs");
const path = require("path");

const TMP_DIR = path.resolve(__dirname, "..", ".tmp");
const PID_FILE = path.join(TMP_DIR, "dev-server.pid");
const LOG_FILE = path.join(TMP_DIR, "dev-server.log");
/**
 * start.js puts this variable in the server's environment. The command line cannot identify
 * it: webpack-cli sets process.title, which overwrites /proc/<pid>/cmdline with "webpack".
 */
const MARKER = { name: "PARTNER_ECOSYSTEM_DEV_SERVER", value: path.resolve(__dirname, "..") };

/** The recorded pid, or null. */
function readPid() {
  try {
    const pid = Number(fs.readFileSync(PID_FILE, "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}

/**
 * True when pid is alive and carries start.js's marker in its environment (checked through
 * /proc where there is one; elsewhere a live recorded pid is trusted).
 */
function isOurDevServer(pid) {
  if (!isAlive(pid)) return false;
  if (!fs.existsSync("/proc/self/environ")) return true;
  try {
    const environ = fs.readFileSync(`/proc/${pid}/environ`, "utf8").split("\0");
    return environ.includes(`${MARKER.name}=${MARKER.value}`);
  } catch {
    return false;
  }
}

module.exports = { MARKER, TMP_DIR, PID_FILE, LOG_FILE, readPid, isAlive, isOurDevServer };
