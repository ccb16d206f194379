/**
 * SPEC §3 exit status: 0 when the analysis ran (issues allowed), 1 when it could not run at
 * all, with a message saying why, 2 on bad usage.
 */
import ExcelJS from "exceljs";
import { copyFileSync, existsSync, linkSync, readFileSync } from "node:fs";
import { USAGE } from "../../src/cli/args";
import { fixture, runCli, scratch } from "./run-cli";

const work = scratch();
afterAll(() => work.cleanup());
const GOOD = fixture("partners-shared-strings.xlsx");

describe("exit 0: the analysis ran", () => {
  it("exits 0 on a register with bad cells, and says what it wrote", async () => {
    const out = work.path("ran.xlsx");
    const run = await runCli(["analyze", GOOD, "--out", out, "--json", work.path("ran.json")]);
    expect(run.code).toBe(0);
    expect(run.err).toBe("");
    expect(run.out).toContain("Analysed 14 partners");
    expect(run.out).toMatch(/Input issues: 5 errors, 2 warnings, 3 notes/);
    expect(run.out).toContain(`Wrote ${out}`);
    expect(existsSync(out) && existsSync(work.path("ran.json"))).toBe(true);
  });

  it("counts in words that agree with the number: 1 partner, 1 note", async () => {
    const one = work.path("one.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Partners").addRows([
      ["Partner", "Fit", "Impact", "Momentum", "Notes"],
      ["Solo", 3, 3, 3, "only one"],
    ]);
    await wb.xlsx.writeFile(one);
    const run = await runCli(["analyze", one, "--out", work.path("one.out.xlsx")]);
    expect(run.out).toContain("Analysed 1 partner (");
    expect(run.out).toContain("Input issues: 0 errors, 0 warnings, 1 note (");
  });

  it("prints nothing with --quiet", async () => {
    const run = await runCli(["analyze", GOOD, "--out", work.path("quiet.xlsx"), "-q"]);
    expect(run).toEqual({ code: 0, out: "", err: "" });
  });

  it("prints the usage with --help and exits 0", async () => {
    const run = await runCli(["--help"]);
    expect(run.code).toBe(0);
    expect(run.out).toBe(USAGE);
    expect(run.out).toMatch(/Exit status: 0 .*1 .*2 bad usage/);
  });

  it("prints the package's version with --version", async () => {
    const { version } = JSON.parse(readFileSync(`${__dirname}/../../package.json`, "utf8")) as { version: string };
    expect(await runCli(["--version"])).toEqual({ code: 0, out: `partner-ecosystem ${version}`, err: "" });
  });
});

describe("exit 1: the analysis cannot run, and the message says why", () => {
  it.each([
    ["a file that is not a workbook", "not-a-workbook.xlsx", /not a readable \.xlsx workbook/],
    ["an empty workbook", "empty-workbook.xlsx", /No Partners table found/],
    [
      "a workbook without a Partners table",
      "no-partners-table.xlsx",
      /No Partners table found: add an Excel table or a sheet named "Partners"/,
    ],
    [
      "a Partners sheet without a Partner column",
      "no-partner-column.xlsx",
      /has no "Partner" column \(headers found: Supplier Code, Fit, Impact, Momentum\)/,
    ],
    ["a Partners sheet with headers only", "header-only.xlsx", /The Partners table has no data rows/],
  ])("exits 1 for %s", async (_what, name, message) => {
    const out = work.path(`${name}.out.xlsx`);
    const run = await runCli(["analyze", fixture(name), "--out", out]);
    expect(run.code).toBe(1);
    expect(run.out).toBe("");
    expect(run.err).toMatch(/^partner-ecosystem: cannot analyse: /);
    expect(run.err).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it("exits 1 for an input file that does not exist", async () => {
    const run = await runCli(["analyze", work.path("missing.xlsx"), "--out", work.path("x.xlsx")]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/Cannot read .*missing\.xlsx: no such file/);
  });

  it("exits 1 when the output cannot be written", async () => {
    const run = await runCli(["analyze", GOOD, "--out", work.path("ran.json/inside.xlsx")]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/Cannot write .*inside\.xlsx/);
  });
});

describe("exit 2: bad usage", () => {
  const usage = (extra: string[], out = work.path("usage.xlsx")) => runCli(["analyze", GOOD, "--out", out, ...extra]);

  it.each([
    ["an unknown option", ["--bogus"], /Unknown option --bogus/],
    ["an invalid --mode value", ["--mode", "bogus"], /Setting mode = bogus is not valid\./],
    ["--mode in the wrong case", ["--mode", "Quota"], /mode = Quota is not valid/],
    ["--weights with two numbers", ["--weights", "2,1"], /--weights needs three numbers like 2,1,1 \(got "2,1"\)/],
    ["--weights with an empty part", ["--weights", "2,,1"], /--weights needs three numbers/],
    ["--weights that are not numbers", ["--weights", "a,b,c"], /--weights needs three numbers/],
    ["negative weights", ["--weights", "-1,1,1"], /weights\.fit = -1 is not valid/],
    ["weights that are all zero", ["--weights", "0,0,0"], /weights = 0, 0, 0 is not valid/],
    ["an out-of-range --strategic", ["--strategic", "150"], /thresholds\.strategic = 150 is not valid/],
    ["a --focus above --strategic", ["--strategic", "40", "--focus", "60"], /Focus above Strategic/],
    ["a non-numeric --focus", ["--focus", "high"], /--focus needs a number \(got "high"\)/],
    ["a fractional quota", ["--quota-strategic", "10.5"], /quotas\.strategic = 10\.5 is not valid/],
    ["quotas above 100%", ["--quota-strategic", "60", "--quota-focus", "50"], /quotas = 60% \+ 50% is not valid/],
    ["an unknown --scale", ["--scale", "0-10"], /scale = 0-10 is not valid/],
    ["an out-of-range --fit-gate", ["--fit-gate", "101"], /fitGate = 101 is not valid/],
    ["an out-of-range --conflict-threshold", ["--conflict-threshold", "2"], /conflictThreshold = 2 is not valid/],
    ["a --run-at that is not a date", ["--run-at", "yesterday"], /--run-at needs an ISO date-time/],
    ["a --run-at JavaScript would read as a year", ["--run-at", "1"], /--run-at needs an ISO date-time/],
    ["a flag without its value", ["--mode"], /--mode needs a value/],
    ["a flag followed by another flag instead of its value", ["--json", "--quiet"], /--json needs a value/],
    ["a scenario flag followed by another flag instead of a name", ["--remove", "--quiet"], /--remove needs a name/],
    ["an empty scenario name", ["--add", " "], /--add needs a name/],
  ])("exits 2 for %s", async (_what, extra, message) => {
    const run = await usage(extra);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(message);
    expect(run.err).toContain("Run partner-ecosystem --help for usage.");
    expect(existsSync(work.path("usage.xlsx"))).toBe(false);
  });

  it("does not claim a fallback it will not use: a bad flag stops the run", async () => {
    expect((await usage(["--mode", "bogus"])).err).not.toMatch(/using/);
  });

  it.each([
    ["no arguments at all", []],
    ["an unknown command", ["analyse", GOOD, "--out", "x.xlsx"]],
    ["no input workbook", ["analyze", "--out", "x.xlsx"]],
    ["two input workbooks", ["analyze", GOOD, GOOD, "--out", "x.xlsx"]],
    ["a missing --out", ["analyze", GOOD]],
    ["--out with an empty value", ["analyze", GOOD, "--out="]],
  ])("exits 2 for %s", async (_what, argv) => {
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.out).toBe("");
    expect(run.err).not.toBe("");
  });

  it("exits 2 when --out names the input workbook, and leaves it as it was", async () => {
    const before = readFileSync(GOOD);
    const run = await runCli(["analyze", GOOD, "--out", `${GOOD.replace(/partners-/, "./partners-")}`]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/--out must name a new file/);
    expect(readFileSync(GOOD).equals(before)).toBe(true);
  });

  it("exits 2 when --out is another name for the input (a hard link)", async () => {
    const input = work.path("input.xlsx");
    const link = work.path("linked-input.xlsx");
    copyFileSync(GOOD, input);
    linkSync(input, link);
    const run = await runCli(["analyze", input, "--out", link]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/--out must name a new file/);
  });

  it("exits 2 when --json would overwrite the input or the result workbook", async () => {
    const intoInput = await runCli(["analyze", GOOD, "--out", work.path("j.xlsx"), "--json", GOOD]);
    expect(intoInput.code).toBe(2);
    expect(intoInput.err).toMatch(/--json must name a new file/);
    const intoOut = await runCli(["analyze", GOOD, "--out", work.path("j.xlsx"), "--json", work.path("j.xlsx")]);
    expect(intoOut.code).toBe(2);
    expect(intoOut.err).toMatch(/--json and --out must name different files/);
  });

  it("accepts --flag=value as well as --flag value", async () => {
    const run = await runCli(["analyze", GOOD, "--out=" + work.path("eq.xlsx"), "--mode=quota", "-q"]);
    expect(run.code).toBe(0);
  });

  it("prints --help even when other arguments are wrong", async () => {
    expect((await runCli(["analyze", "--bogus", "--help"])).code).toBe(0);
  });
});
