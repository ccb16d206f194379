import { type Analysis, analyzeWorkbook } from "../../src/engine/analyze";
import type { Issue } from "../../src/engine/model";
import { buildIssuesSheet, ISSUES_TABLE, MAX_ISSUE_ROWS } from "../../src/report/issues-sheet";
import { SEVERITY_STYLES } from "../../src/report/style";
import { partnersTable, settings } from "../engine/fixtures";
import { paint, tableProblems } from "./report-checks";

const analysisWith = (issues: Issue[]): Analysis => {
  const a = analyzeWorkbook(
    { partners: partnersTable([{ Partner: "Acme", Fit: 1, Impact: 1, Momentum: 1 }]) },
    settings(),
    { runAt: "2026-11-22T09:30:00Z" },
  );
  return { ...a, issues };
};

const ISSUES: Issue[] = [
  { severity: "warning", sheet: "Settings", cell: "", message: "Setting mode = x is not valid; using threshold." },
  { severity: "error", sheet: "Partners", cell: "K6", message: 'Fit "1,000" is not a number; the value is ignored.' },
  { severity: "info", sheet: "Partners", cell: "C6", message: "=looks like a formula" },
];

/** The data rows of the Issues table. */
const rows = (spec: ReturnType<typeof buildIssuesSheet>) => {
  const painted = paint(spec);
  const t = spec.tables[0];
  if (!t) throw new Error("no table");
  return Array.from({ length: t.range.rows - 1 }, (_, i) =>
    Array.from({ length: t.range.cols }, (_, j) => painted.cells.get(`${t.range.row + 1 + i},${t.range.col + j}`)),
  );
};

describe("buildIssuesSheet (SPEC §3 Issues)", () => {
  it("holds one Excel table with Severity, Sheet, Cell and Message", () => {
    const spec = buildIssuesSheet(analysisWith(ISSUES));
    expect(spec.tables.map((t) => t.name)).toEqual([ISSUES_TABLE]);
    expect(rows(spec)).toHaveLength(3);
    expect(paint(spec).cells.get("0,0")).toBe("Severity");
    expect(tableProblems([spec])).toEqual([]);
  });

  it("lists at most MAX_ISSUE_ROWS issues, the first ones, then a line saying how many more (the JSON has all)", () => {
    const many: Issue[] = Array.from({ length: MAX_ISSUE_ROWS + 12_345 }, (_, i) => ({
      severity: "info",
      sheet: "Partners",
      cell: `A${i + 2}`,
      message: `note ${i}`,
    }));
    const spec = buildIssuesSheet(analysisWith(many));
    const listed = rows(spec);
    expect(listed).toHaveLength(MAX_ISSUE_ROWS);
    expect(listed[MAX_ISSUE_ROWS - 1]).toEqual([
      "info",
      "Partners",
      `A${MAX_ISSUE_ROWS + 1}`,
      `note ${MAX_ISSUE_ROWS - 1}`,
    ]);
    expect([...paint(spec).cells.values()]).toContain(
      "… and 12,345 more issues not listed here (the first 10,000 are shown, in order; the JSON output lists every one).",
    );
    expect(tableProblems([spec])).toEqual([]);
  });

  it("lists every issue in the order given, a table-level issue with an empty cell", () => {
    expect(rows(buildIssuesSheet(analysisWith(ISSUES)))).toEqual([
      ["warning", "Settings", null, "Setting mode = x is not valid; using threshold."],
      ["error", "Partners", "K6", 'Fit "1,000" is not a number; the value is ignored.'],
      ["info", "Partners", "C6", "=looks like a formula"],
    ]);
  });

  it("shows a single 'No problems' row when there are no issues", () => {
    const r = rows(buildIssuesSheet(analysisWith([])));
    expect(r).toHaveLength(1);
    expect(r[0]?.[3]).toMatch(/^No problems/);
  });

  it("colours each severity with a conditional format on the Severity column", () => {
    const spec = buildIssuesSheet(analysisWith(ISSUES));
    for (const [severity, style] of Object.entries(SEVERITY_STYLES)) {
      expect(spec.conditionalFormats).toContainEqual({
        kind: "equals",
        range: { row: 1, col: 0, rows: 3, cols: 1 },
        value: severity,
        style,
      });
    }
  });

  it("freezes the header row and wraps long messages", () => {
    const spec = buildIssuesSheet(analysisWith(ISSUES));
    expect(spec.freeze).toEqual({ rows: 1, cols: 0 });
    expect(spec.formats).toContainEqual({ range: { row: 1, col: 3, rows: 3, cols: 1 }, style: { wrap: true } });
  });

  it("writes no cell twice with different values", () => {
    expect(paint(buildIssuesSheet(analysisWith(ISSUES))).clashes).toEqual([]);
  });

  it("lists every issue the analysis found", () => {
    const a = analyzeWorkbook(
      {
        partners: partnersTable([
          { Partner: "Acme", Fit: "x", Impact: true, Momentum: { kind: "error", code: "#N/A" } },
          { Partner: "acme" },
        ]),
      },
      settings(),
      { runAt: "2026-11-22T09:30:00Z" },
    );
    expect(a.issues.length).toBeGreaterThanOrEqual(5);
    expect(rows(buildIssuesSheet(a)).map((r) => r[3])).toEqual(a.issues.map((i) => i.message));
  });
});
