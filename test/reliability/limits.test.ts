/**
 * README "Privacy and limits": up to 50,000 partner rows per analysis; beyond that the
 * analysis stops with a message saying so — quickly, on both paths, never a frozen pane.
 * The measured times are printed (and quoted in the README).
 */
import { writeFileSync } from "node:fs";
import { analyzeWorkbook } from "../../src/engine/analyze";
import { CannotAnalyzeError } from "../../src/engine/errors";
import { MAX_PARTNERS } from "../../src/engine/ingest";
import { DEFAULT_SETTINGS } from "../../src/engine/model";
import { buildReport } from "../../src/report";
import { MAX_CONFLICT_ROWS } from "../../src/report/conflicts-sheet";
import { buildBadWorkbook } from "../../scripts/make-bad-workbooks";
import { runCli, scratch } from "../cli/run-cli";
import { partnersTable } from "../engine/fixtures";
import { CORPUS, type CorpusEntry, syntheticRows } from "./corpus";
import { analyzeInExcel, fakeWorkbookOf, gatewayOver, RUN_AT } from "./corpus-workbook";
import { stopsOf } from "./outcome";

const work = scratch();
afterAll(() => work.cleanup());

const HUGE = CORPUS.find((e) => e.file === "partners-100000.xlsx") as CorpusEntry;
const TOO_MANY = stopsOf(HUGE) as RegExp;

function seconds(since: number): number {
  return Math.round((performance.now() - since) / 100) / 10;
}

describe("the 50,000-partner limit", () => {
  it("is 50,000 rows", () => {
    expect(MAX_PARTNERS).toBe(50_000);
  });

  it("analyses exactly 50,000 partners and refuses 50,001 with the limit in the message", () => {
    const rows = syntheticRows(MAX_PARTNERS + 1).map((r) => ({ Partner: r[0] as string, Fit: r[8] as number, Impact: r[9] as number, Momentum: r[10] as number }));
    const atLimit = analyzeWorkbook({ partners: partnersTable(rows.slice(0, MAX_PARTNERS)) }, DEFAULT_SETTINGS, { runAt: RUN_AT });
    expect(atLimit.tiering.totals.count).toBe(MAX_PARTNERS);
    expect(() => analyzeWorkbook({ partners: partnersTable(rows) }, DEFAULT_SETTINGS, { runAt: RUN_AT })).toThrow(
      new CannotAnalyzeError("The Partners table has 50,001 rows; the add-in analyses at most 50,000. Split the portfolio or filter it first."),
    );
  }, 60_000);

  it("counts rows with data only: blank rows in a table do not count", () => {
    const rows = [...syntheticRows(10).map((r) => ({ Partner: r[0] as string, Fit: r[8] as number })), ...Array.from({ length: MAX_PARTNERS }, () => ({}))];
    expect(analyzeWorkbook({ partners: partnersTable(rows) }, DEFAULT_SETTINGS, { runAt: RUN_AT }).tiering.totals.count).toBe(10);
  });

  it("stops a 100,000-partner workbook on the command line with one message, in seconds", async () => {
    const input = work.path(HUGE.file);
    writeFileSync(input, await buildBadWorkbook(HUGE));
    const started = performance.now();
    const run = await runCli(["analyze", input, "--out", work.path("huge.out.xlsx"), "--quiet"]);
    const took = seconds(started);
    expect(run.code).toBe(1);
    expect(run.err.replace(/^partner-ecosystem: cannot analyse: /, "")).toMatch(TOO_MANY);
    expect(took).toBeLessThan(30);
    process.stdout.write(`limits: command line refused 100,000 partners in ${took} s\n`);
  }, 120_000);

  it("stops a 100,000-partner workbook in Excel before writing anything, in a bounded number of round trips", async () => {
    const wb = fakeWorkbookOf(HUGE);
    const sheetsBefore = wb.getSheetNames();
    wb.resetStats();
    const started = performance.now();
    const failure = await analyzeInExcel(gatewayOver(wb)).catch((e: unknown) => e);
    const took = seconds(started);
    expect(failure).toBeInstanceOf(CannotAnalyzeError);
    expect((failure as Error).message).toMatch(TOO_MANY);
    expect(wb.getSheetNames()).toEqual(sheetsBefore);
    expect(wb.stats.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
    expect(wb.stats.syncs).toBeLessThan(60);
    const mb = Math.round(wb.stats.responses.reduce((a, b) => a + b, 0) / 1e5) / 10;
    process.stdout.write(`limits: Office.js path refused 100,000 partners in ${took} s (in-memory Excel): ${wb.stats.syncs} round trips, ${mb} MB read, largest response ${wb.stats.maxResponseBytes} bytes\n`);
  }, 120_000);
});

describe("what the sheets show of very large results", () => {
  it("lists at most 5,000 conflict pairs on the Conflicts sheet (the JSON has them all)", () => {
    expect(MAX_CONFLICT_ROWS).toBe(5_000);
  });

  it("names at most 30 providers in a Coverage cell, then how many more", () => {
    const rows = syntheticRows(40).map((r) => ({ Partner: r[0] as string, Capabilities: "Identity" }));
    const analysis = analyzeWorkbook({ partners: partnersTable(rows) }, DEFAULT_SETTINGS, { runAt: RUN_AT });
    const coverage = buildReport(analysis).find((s) => s.key === "coverage");
    const cells = coverage?.blocks.flatMap((b) => b.values.flat()) ?? [];
    const names = cells.find((c): c is string => typeof c === "string" && c.startsWith("Partner 000001"));
    expect(names?.split("; ")).toHaveLength(31);
    expect(names).toMatch(/; … and 10 more$/);
  });
});
