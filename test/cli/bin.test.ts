/**
 * End to end: the real `bin/partner-ecosystem.js` over the compiled CLI (`npm run build:cli`),
 * as a user runs it: exit statuses and what it prints. The other CLI tests call main()
 * in-process; this one proves the shipped entry point behaves the same.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
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
  return cliWith({}, ...args);
}

function cliWith(env: NodeJS.ProcessEnv, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, ...env },
  });
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

  it("runs an input of 32 MB or more in a child Node with a larger heap, passing its status and messages through", () => {
    // A preload that says, in every Node the command starts, whether it is the child and its heap limit.
    const probe = work.path("heap-probe.js");
    writeFileSync(
      probe,
      'process.stderr.write(`heap ${process.env.PED_HEAP_RAISED ?? "0"} ${require("v8").getHeapStatistics().heap_size_limit}\\n`);',
    );
    const big = work.path("big.xlsx");
    writeFileSync(big, Buffer.alloc(32 * 1024 * 1024));
    const env = { NODE_OPTIONS: `--require ${probe}` };
    const run = cliWith(env, "analyze", big, "--out", work.path("big-out.xlsx"));
    expect(run.status).toBe(1);
    const heaps = [...run.stderr.matchAll(/^heap (\d) (\d+)$/gm)].map((m) => [m[1], Number(m[2])] as const);
    expect(heaps.map(([raised]) => raised)).toEqual(["0", "1"]);
    expect(heaps[1]?.[1]).toBeGreaterThan(heaps[0]?.[1] ?? Infinity);
    expect(run.stderr.match(/cannot analyse: The file is not a readable \.xlsx workbook/g)).toHaveLength(1);
    // A small input stays in the one Node.
    const small = cliWith(env, "analyze", fixture("partners-table.xlsx"), "--out", work.path("small.xlsx"), "-q");
    expect(small.status).toBe(0);
    expect([...small.stderr.matchAll(/^heap (\d)/gm)].map((m) => m[1])).toEqual(["0"]);
  }, 90_000);
});
