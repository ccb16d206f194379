/** The checks every corpus entry gets, on whichever path produced the results. */
import type { CorpusEntry, ExpectedIssue, Outcome } from "./corpus";
import { EXCEL_MAX_CELL_TEXT } from "../../src/report/sheet-spec";

export interface IssueDoc {
  severity: string;
  sheet: string;
  cell: string;
  message: string;
}

/** The parts of the SPEC §3 JSON document the checks read. */
export interface ResultDoc {
  issues: IssueDoc[];
  settings: { mode: string };
  scale: { max: number };
  tiering: { partners: { partner: string; tier: string }[]; tiers: { tier: string; count: number }[] };
}

type Runs = Extract<Outcome, { runs: unknown }>["runs"];

export function runsOf(entry: CorpusEntry): Runs | null {
  return "runs" in entry.outcome ? entry.outcome.runs : null;
}

export function stopsOf(entry: CorpusEntry): RegExp | null {
  return "stops" in entry.outcome ? entry.outcome.stops : null;
}

const A1 = /^[A-Z]{1,3}[1-9]\d{0,6}$/;

function matches(issue: IssueDoc, want: ExpectedIssue): boolean {
  if (issue.severity !== want.severity || issue.sheet !== want.sheet || issue.cell !== want.cell) return false;
  return typeof want.message === "string" ? issue.message === want.message : want.message.test(issue.message);
}

/**
 * Each expected issue is listed at its sheet and cell; no unexpected errors; every issue names a
 * sheet of the workbook (or the stored Settings) and a real cell address (or "" for a whole
 * table), and its message is a readable sentence that fits in a cell.
 */
export function checkRun(entry: CorpusEntry, doc: ResultDoc): void {
  const runs = runsOf(entry);
  if (!runs) throw new Error(`${entry.file} should not have run`);
  const sheets = new Set([...entry.sheets().map((s) => s.name), "Settings"]);
  for (const want of runs.issues) {
    expect({ file: entry.file, found: doc.issues.some((i) => matches(i, want)), want }).toEqual({
      file: entry.file,
      found: true,
      want,
    });
  }
  if (runs.noOtherErrors !== false) {
    const unexpected = doc.issues.filter((i) => i.severity === "error" && !runs.issues.some((w) => matches(i, w)));
    expect({ file: entry.file, unexpected }).toEqual({ file: entry.file, unexpected: [] });
  }
  for (const issue of doc.issues) {
    expect({ file: entry.file, sheet: issue.sheet, known: sheets.has(issue.sheet) }).toEqual({
      file: entry.file,
      sheet: issue.sheet,
      known: true,
    });
    expect({ file: entry.file, cell: issue.cell, ok: issue.cell === "" || A1.test(issue.cell) }).toEqual({
      file: entry.file,
      cell: issue.cell,
      ok: true,
    });
    expect(issue.message.length).toBeLessThanOrEqual(1_000);
    expect(issue.message.length).toBeLessThan(EXCEL_MAX_CELL_TEXT);
    expect(issue.message).toMatch(/[.?]$/);
  }
  const names = doc.tiering.partners.map((p) => p.partner);
  if (typeof runs.partners === "number") expect(names).toHaveLength(runs.partners);
  else if (runs.partners) expect([...names].sort()).toEqual([...runs.partners].sort());
  for (const [tier, count] of Object.entries(runs.tiers ?? {})) {
    expect({ tier, count: doc.tiering.tiers.find((t) => t.tier === tier)?.count ?? 0 }).toEqual({ tier, count });
  }
  if (runs.mode) expect(doc.settings.mode).toBe(runs.mode);
  if (runs.scaleMax) expect(doc.scale.max).toBe(runs.scaleMax);
}
