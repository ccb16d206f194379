/**
 * End to end: the real `bin/partner-ecosystem.js` over the compiled CLI (`npm run build:cli`),
 * as a user runs it: exit statuses and what it prints. The other CLI tests call main()
 * in-process; this one proves the shipped entry point behaves the same.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FIXED_TIME } from "./fixture-data";
import { fixture, scratch } from "./run-cli";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "partner-ecosystem.js");
const work = scratch();

beforeAll(() => {
  execFileSync(process.platform === "win32" ? "npm.cmd" : "npm", ["run", "build:cli", "--silent"], {
    cwd: ROOT,
    stdio: "pipe",
    shell: process.platform === "win32",
  });
}, 120_000);
afterAll(() => work.cleanup());

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("bin/partner-ecosystem.js", () => {
  it("analyses a workbook: exit 0, a summary on stdout, the result workbook and JSON written", () => {
    const out = work.path("bin.xlsx");
    const json = work.path("bin.json");
    const run = cli("analyze", fixture("partners-table.xlsx"), "--out", out, "--json", json, "--run-at", FIXED_TIME);
    expect(run).toMatchObject({ status: 0, stderr: "" });
    expect(run.stdout).toContain("Analysed 14 partners (scale 0–5, auto, threshold mode):");
    expect(run.stdout).toContain("Strategic 4 · Focus 5 · Scale 2 · Unscored 3");
    expect(run.stdout).toContain(`Wrote ${out}\nWrote ${json}\n`);
    expect(existsSync(out)).toBe(true);
    expect(JSON.parse(readFileSync(json, "utf8"))).toMatchObject({ runAt: FIXED_TIME });
  }, 90_000);

  it("exits 1 with the reason on stderr when the analysis cannot run", () => {
    const run = cli("analyze", fixture("not-a-workbook.xlsx"), "--out", work.path("no.xlsx"));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^partner-ecosystem: cannot analyse: The file is not a readable \.xlsx workbook/);
  }, 90_000);

  it("exits 2 on bad usage, pointing at --help", () => {
    const run = cli("analyze", fixture("partners-table.xlsx"), "--out", work.path("no.xlsx"), "--weights", "2,1");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--weights needs three numbers like 2,1,1");
    expect(run.stderr).toContain("Run partner-ecosystem --help for usage.");
  }, 90_000);

  it("prints the usage with --help and the version with --version, exit 0", () => {
    expect(cli("--help")).toMatchObject({
      status: 0,
      stdout: expect.stringContaining("Usage: partner-ecosystem analyze IN.xlsx --out OUT.xlsx"),
    });
    expect(cli("--version")).toMatchObject({
      status: 0,
      stdout: expect.stringMatching(/^partner-ecosystem \d+\.\d+\.\d+\n$/),
    });
  }, 150_000);
});
