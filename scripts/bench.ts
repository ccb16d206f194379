/**
 * npm run bench [-- --json] [--sizes 1000x60,7000x60] [--runs 5] [--workbook FILE.xlsx] [--excel] [--cli]
 *
 * Large sizes: `--sizes 100000x1000l,1048575x1000l` (one timed run after a warm-up each; the
 * largest wants `node --max-old-space-size=12000 .tmp/bench/scripts/bench.js …` after `npm run bench`).
 *
 * Times each phase of the engine on seeded synthetic portfolios (median of several runs after
 * a warm-up), with peak memory. --excel also measures the Office.js path on the in-memory
 * Excel (syncs and largest request per full write); --cli times the command line end to end
 * on a generated 7,000-partner workbook; --workbook times the phases on a given .xlsx (file
 * reading reported apart). A benchmark, not a test: it prints figures and asserts nothing.
 */
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { analyzeWorkbook, type AnalysisPhase } from "../src/engine/analyze";
import { MAX_CONFLICT_PAIRS, searchChannelConflicts } from "../src/engine/conflicts";
import { DEFAULT_SETTINGS, type Portfolio, type WorkbookInput } from "../src/engine/model";
import { storedSettingsText } from "../src/engine/settings";
import { createOfficeGateway } from "../src/excel/office-gateway";
import { buildReport } from "../src/report";
import { denseOverlapWorkbook } from "../src/sample/dense";
import { syntheticWorkbook } from "../src/sample/synthetic";
import { readWorkbook } from "../src/xlsx/read-workbook";
import { createExcelNamespace, FakeWorkbook } from "../test/excel/fake-excel";

interface Result {
  label: string;
  partners: number;
  capabilities?: number;
  readMs?: number;
  phasesMs: Record<string, number>;
  /** The engine alone (every phase but building the report), median. */
  engineMs?: number;
  totalMs: number;
  /** Timed runs after the warm-up. */
  runs?: number;
  /** Why building the report failed, when it did: the engine's phases are still reported. */
  reportError?: string;
  peakRssMb: number;
  excel?: { syncs: number; largestRequestBytes: number; writeMs: number };
  /** Conflict pairs reported, and candidate pairs the search examined to find them. */
  pairs?: { reported: number; examined: number; stopped: boolean };
}

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const RUNS = Number(option("--runs") ?? 5);
/** From this many partners a size is timed once after its warm-up (unless --runs says otherwise): minutes each. */
const LARGE = 100_000;
const runsFor = (partners: number) => (option("--runs") === undefined && partners >= LARGE ? 1 : RUNS);
/**
 * "7000x60" is the ordinary long-tail portfolio; "7000x60d" the dense-overlap one
 * (src/sample/dense.ts); "100000x1000l" a large programme's shape (20 segments × 10 regions).
 */
const SIZES = (option("--sizes") ?? "1000x60,1000x200,7000x60,7000x60d,7000x200,20000x60,20000x200")
  .split(",")
  .map((s) => {
    const [p = 0, c = 0] = s.replace(/[dl]$/, "").split("x").map(Number);
    return { partners: p, capabilities: c, dense: s.endsWith("d"), large: s.endsWith("l") };
  });

let peakRss = 0;
const sampleRss = () => {
  // rss() alone: memoryUsage() also gathers heap statistics, which cost a millisecond or more.
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
};

/** One analysis with per-phase timings; report building is the last phase. */
function timeOnce(input: WorkbookInput): {
  phases: Record<string, number>;
  total: number;
  engine: number;
  portfolio: Portfolio;
  reportError?: string;
} {
  const phases: Record<string, number> = {};
  let current: AnalysisPhase | null = null;
  let mark = performance.now();
  const start = mark;
  const analysis = analyzeWorkbook(input, DEFAULT_SETTINGS, {
    runAt: "2026-11-22T00:00:00.000Z",
    onPhase: (phase) => {
      if (current) phases[current] = performance.now() - mark;
      sampleRss(); // between phases, not inside the next one's time
      current = phase;
      mark = performance.now();
    },
  });
  const ended = performance.now();
  if (current) phases[current] = ended - mark;
  let reportError: string | undefined;
  try {
    buildReport(analysis, { saveSnapshot: true });
  } catch (error) {
    reportError = String(error);
  }
  phases.report = performance.now() - ended;
  sampleRss();
  const run = { phases, total: performance.now() - start, engine: ended - start, portfolio: analysis.portfolio };
  return reportError === undefined ? run : { ...run, reportError };
}

/** The shape of a large programme: a 1,000-capability catalogue, 20 segments × 10 regions. */
function largeWorkbook(partners: number): WorkbookInput {
  return syntheticWorkbook({ partners, capabilities: 1000, segments: 20, regions: 10 });
}

/** What to warm up on: the input itself, or for a large one its first tenth (the JIT needs no more). */
function warmUpInput(input: WorkbookInput, partners: number): WorkbookInput {
  if (partners < LARGE || input.partners === null) return input;
  return { ...input, partners: { ...input.partners, rows: input.partners.rows.slice(0, Math.ceil(partners / 10)) } };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

function timeInput(label: string, input: WorkbookInput, partners: number): Result {
  peakRss = 0;
  let reportError = timeOnce(warmUpInput(input, partners)).reportError; // warm-up: JIT and caches
  const runs: { phases: Record<string, number>; total: number; engine: number }[] = [];
  let portfolio: Portfolio | null = null;
  for (let i = 0; i < runsFor(partners); i++) {
    // Only the last run's portfolio is kept (for the pair counts): at a million partners one is plenty.
    portfolio = null;
    const run = timeOnce(input);
    runs.push({ phases: run.phases, total: run.total, engine: run.engine });
    portfolio = run.portfolio;
    reportError ??= run.reportError;
  }
  const phasesMs: Record<string, number> = {};
  for (const name of Object.keys(runs[0]?.phases ?? {}))
    phasesMs[name] = round(median(runs.map((r) => r.phases[name] ?? 0)));
  const search = searchChannelConflicts(portfolio?.partners ?? [], DEFAULT_SETTINGS, { maxPairs: MAX_CONFLICT_PAIRS });
  return {
    label,
    partners,
    phasesMs,
    engineMs: round(median(runs.map((r) => r.engine))),
    runs: runs.length,
    totalMs: round(median(runs.map((r) => r.total))),
    peakRssMb: round(peakRss / 1048576),
    pairs: { reported: search.found, examined: search.examined, stopped: search.stopped },
    ...(reportError === undefined ? {} : { reportError }),
  };
}

async function excelPath(input: WorkbookInput): Promise<Result["excel"]> {
  const wb = new FakeWorkbook();
  const specs = buildReport(analyzeWorkbook(input, DEFAULT_SETTINGS, { runAt: "2026-11-22T00:00:00.000Z" }), {
    saveSnapshot: true,
  });
  const gateway = createOfficeGateway(createExcelNamespace(wb) as unknown as { run: typeof Excel.run }, () => true);
  const t = performance.now();
  await gateway.writeReport(specs, storedSettingsText(DEFAULT_SETTINGS));
  return {
    syncs: wb.stats.syncs,
    largestRequestBytes: wb.stats.maxRequestBytes,
    writeMs: round(performance.now() - t),
  };
}

async function workbookResult(file: string): Promise<Result> {
  const t = performance.now();
  const read = await readWorkbook(readFileSync(file));
  const readMs = round(performance.now() - t);
  const partners = read.input.partners?.rows.length ?? 0;
  return { ...timeInput(file, read.input, partners), readMs };
}

/** Writes a synthetic portfolio as an .xlsx of Excel tables, as a user's workbook would be. */
async function writeSyntheticXlsx(input: WorkbookInput, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const table of [input.partners, input.capabilities, input.candidates, input.responsibilities, input.maturity]) {
    if (!table) continue;
    const ws = wb.addWorksheet(table.sheet);
    ws.addTable({
      name: table.source,
      ref: "A1",
      headerRow: true,
      columns: table.header.map((h) => ({ name: String(h) })),
      rows: table.rows.map((r) => r.map((c) => (c === null || typeof c === "object" ? null : c))),
    });
  }
  writeFileSync(file, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

/**
 * A large portfolio as a user would keep it: each input on a sheet of its name, header in row 1,
 * written with ExcelJS's streaming writer (a million rows do not fit its in-memory model).
 */
async function writeSyntheticXlsxStreaming(input: WorkbookInput, file: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  for (const table of [input.partners, input.capabilities, input.candidates, input.responsibilities, input.maturity]) {
    if (!table) continue;
    const ws = wb.addWorksheet(table.sheet);
    ws.addRow(table.header).commit();
    for (const r of table.rows) ws.addRow(r.map((c) => (c === null || typeof c === "object" ? null : c))).commit();
    ws.commit();
  }
  await wb.commit();
}

/** Runs the command line `runs` times; wall time and the child's peak RSS (GNU time's %M). */
function cliResult(file: string, out: string, runs = 3): { totalMs: number; peakRssMb?: number; phases?: string } {
  const bin = join(projectRoot(), "bin", "partner-ecosystem.js");
  const times: number[] = [];
  let peak = 0;
  let phases: string | undefined;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const timed = existsSync("/usr/bin/time");
    const [cmd, argv] = timed
      ? [
          "/usr/bin/time",
          ["-f", "%M", process.execPath, bin, "analyze", file, "--out", out, "--json", `${out}.json`, "--quiet"],
        ]
      : [process.execPath, [bin, "analyze", file, "--out", out, "--json", `${out}.json`, "--quiet"]];
    // PED_CLI_TIMINGS: the command line's own phases (read, analyse, report, write) on stderr.
    const run = spawnSync(cmd, argv, {
      encoding: "utf8",
      maxBuffer: 1 << 26,
      env: { ...process.env, PED_CLI_TIMINGS: "1" },
    });
    times.push(performance.now() - t);
    if (run.status !== 0) throw new Error(`the command line failed (${run.status}): ${run.stderr}`);
    const kb = timed ? Number(/(\d+)\s*$/.exec(run.stderr)?.[1] ?? 0) : 0;
    peak = Math.max(peak, kb / 1024);
    phases = /timings: (.*)/.exec(run.stderr)?.[1] ?? phases;
  }
  return {
    totalMs: round(median(times)),
    ...(peak > 0 ? { peakRssMb: round(peak) } : {}),
    ...(phases ? { phases } : {}),
  };
}

/** The folder holding package.json: the bench runs compiled from .tmp/bench/scripts as well. */
function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function print(r: Result): void {
  if (flag("--json")) {
    process.stdout.write(`${JSON.stringify(r)}\n`);
    return;
  }
  const phases = Object.entries(r.phasesMs)
    .map(([k, v]) => `${k} ${v}`)
    .join(" · ");
  const engine = r.engineMs !== undefined ? `  engine ${r.engineMs} ms` : "";
  const runs =
    r.runs === 1
      ? `  (one run after a warm-up${r.partners >= LARGE ? " on a tenth of the rows" : ""})`
      : r.runs !== undefined
        ? `  (median of ${r.runs})`
        : "";
  process.stdout.write(
    `${r.label.padEnd(22)} total ${String(r.totalMs).padStart(7)} ms${engine}  peak ${r.peakRssMb} MB${r.readMs !== undefined ? `  (file read ${r.readMs} ms)` : ""}${runs}\n    ${phases}\n`,
  );
  if (r.reportError) process.stdout.write(`    building the report failed: ${r.reportError}\n`);
  if (r.pairs)
    process.stdout.write(
      `    conflict pairs: ${r.pairs.reported.toLocaleString("en-US")}${r.pairs.stopped ? " (stopped at the bound)" : ""} reported, ${r.pairs.examined.toLocaleString("en-US")} examined\n`,
    );
  if (r.excel)
    process.stdout.write(
      `    Office.js path (in-memory Excel): ${r.excel.syncs} syncs, largest request ${(r.excel.largestRequestBytes / 1048576).toFixed(2)} MB, ${r.excel.writeMs} ms\n`,
    );
}

async function main(): Promise<void> {
  const workbook = option("--workbook");
  if (workbook) {
    print(await workbookResult(workbook));
    return;
  }
  if (!flag("--json"))
    process.stdout.write(
      `Node ${process.version}, ${RUNS} runs per size after a warm-up (median); from ${LARGE.toLocaleString("en-US")} partners one run\n`,
    );
  for (const { partners, capabilities, dense, large } of SIZES) {
    const input = dense
      ? denseOverlapWorkbook({ partners, capabilities })
      : large
        ? syntheticWorkbook({ partners, capabilities, segments: 20, regions: 10 })
        : syntheticWorkbook({ partners, capabilities });
    const shape = dense ? " dense" : large ? " 20×10 markets" : "";
    const result: Result = {
      ...timeInput(`${partners} × ${capabilities} caps${shape}`, input, partners),
      capabilities,
    };
    if (flag("--excel")) result.excel = await excelPath(input);
    print(result);
  }
  if (flag("--cli")) {
    const dir = mkdtempSync(join(tmpdir(), "ped-bench-"));
    const file = join(dir, "portfolio-7000.xlsx");
    await writeSyntheticXlsx(syntheticWorkbook({ partners: 7000, capabilities: 60 }), file);
    const cli = cliResult(file, join(dir, "out.xlsx"));
    if (flag("--json")) process.stdout.write(`${JSON.stringify({ label: "cli 7000 x 60", partners: 7000, ...cli })}\n`);
    else
      process.stdout.write(
        `CLI end to end at 7,000 partners (read, analyse, write .xlsx and JSON): ${cli.totalMs} ms (median of 3), peak RSS ${cli.peakRssMb ?? "?"} MB\n    ${cli.phases ?? ""}\n`,
      );
    // Large programmes: 1,000 capabilities, 20 segments × 10 regions (one run each: minutes).
    // --cli-dir DIR keeps the generated workbooks there and reuses them on the next run.
    const keep = option("--cli-dir");
    if (keep) mkdirSync(keep, { recursive: true });
    for (const partners of (option("--cli-sizes") ?? "100000").split(",").map(Number)) {
      const big = join(keep ?? dir, `portfolio-${partners}.xlsx`);
      const t = performance.now();
      if (!keep || !existsSync(big)) await writeSyntheticXlsxStreaming(largeWorkbook(partners), big);
      const writeMs = round(performance.now() - t);
      const run = cliResult(big, join(dir, `out-${partners}.xlsx`), 1);
      if (flag("--json"))
        process.stdout.write(`${JSON.stringify({ label: `cli ${partners} x 1000`, partners, ...run })}\n`);
      else
        process.stdout.write(
          `CLI end to end at ${partners.toLocaleString("en-US")} partners × 1,000 capabilities: ${run.totalMs} ms, peak RSS ${run.peakRssMb ?? "?"} MB (input written in ${writeMs} ms)\n    ${run.phases ?? ""}\n`,
        );
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
