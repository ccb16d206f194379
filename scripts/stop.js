#!/usr/bin/env node
/**
 * `npm stop`: ends the dev server that `npm start` started (pid in .tmp/dev-server.pid), and
 * nothing else: the pid must still carry start.js's environment marker. SIGTERM to its process group
 * first; SIGKILL if it is still there after five seconds.
 */
"use strict";

const fs = require("fs");
const { readPid, isAlive, isOurDevServer, PID_FILE } = require("./dev-server-pid");

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function signal(pid, sig) {
  try {
    process.kill(-pid, sig); // start.js made it a group leader (detached)
  } catch {
    try {
      process.kill(pid, sig);
    } catch {
      // already gone
    }
  }
}

async function main() {
  const pid = readPid();
  if (pid === null) {
    console.log("No dev server started by npm start is recorded (.tmp/dev-server.pid).");
    return 0;
  }
  if (!isOurDevServer(pid)) {
    fs.rmSync(PID_FILE, { force: true });
    console.log(`The recorded dev server (pid ${pid}) is no longer running.`);
    return 0;
  }
  signal(pid, "SIGTERM");
  for (let i = 0; i < 50 && isAlive(pid); i++) await sleep(100);
  if (isAlive(pid)) signal(pid, "SIGKILL");
  fs.rmSync(PID_FILE, { force: true });
  console.log(`Stopped the dev server (pid ${pid}).`);
  return 0;
}

main().then((code) => (process.exitCode = code));
