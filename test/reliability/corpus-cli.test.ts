/**
 * The bad-workbook corpus through the command line (issue #7): each workbook is analysed or
 * refused with one clear message (exit 1), every problem is named by sheet and cell, and the
 * input file is byte-for-byte unchanged.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { BAD_DIR, buildBadWorkbook } from "../../scripts/make-bad-workbooks";
import { runCli, scratch } from "../cli/run-cli";
import { CORPUS } from "./corpus";
import { checkRun, type ResultDoc, runsOf, stopsOf } from "./outcome";
import { RUN_AT } from "./corpus-workbook";

const work = scratch();
afterAll(() => work.cleanup());

const committed = CORPUS.filter((e) => !e.large);

describe("the bad-workbook corpus on the command line", () => {
  it("holds at least 30 workbooks", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CORPUS.map((e) => e.file)).size).toBe(CORPUS.length);
  });

  it.each(committed.map((e) => [e.file, e] as const))(
    "%s: runs or stops with one clear message, input unchanged",
    async (file, entry) => {
      const input = join(BAD_DIR, file);
      const before = readFileSync(input);
      const out = work.path(`${file}.out.xlsx`);
      const json = work.path(`${file}.json`);
      const run = await runCli(["analyze", input, "--out", out, "--json", json, "--run-at", RUN_AT, "--quiet"]);
      expect(readFileSync(input).equals(before)).toBe(true);
      const stops = stopsOf(entry);
      if (stops) {
        expect({ code: run.code, out: run.out }).toEqual({ code: 1, out: "" });
        expect(run.err.split("\n")).toHaveLength(1);
        const message = run.err.replace(/^partner-ecosystem: cannot analyse: /, "");
        expect(message).toMatch(stops);
        expect(existsSync(out) || existsSync(json)).toBe(false);
        return;
      }
      expect({ code: run.code, err: run.err }).toEqual({ code: 0, err: "" });
      checkRun(entry, JSON.parse(readFileSync(json, "utf8")) as ResultDoc);
      expect(runsOf(entry)).not.toBeNull();
    },
    60_000,
  );
});

describe("make-bad-workbooks", () => {
  it.each(committed.map((e) => [e.file, e] as const))(
    "regenerates %s byte for byte",
    async (file, entry) => {
      expect(Buffer.from(await buildBadWorkbook(entry)).equals(readFileSync(join(BAD_DIR, file)))).toBe(true);
    },
    60_000,
  );
});
