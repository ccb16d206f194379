import { analyzeWorkbook } from "../../src/engine/analyze";
import type { RawCell } from "../../src/engine/model";
import { assessResponsibilities, type ResponsibilityResult } from "../../src/engine/responsibility";
import { buildReport, type CellRange } from "../../src/report";
import {
  buildResponsibilitiesSheet,
  RESPONSIBILITIES_TABLE,
  RESPONSIBILITY_DIMENSIONS_TABLE,
  RESPONSIBILITY_PARTIES_TABLE,
} from "../../src/report/responsibilities-sheet";
import { LETTER_STYLES, STATUS_STYLES } from "../../src/report/responsibility-styles";
import { SUMMARY_RESPONSIBILITIES_TABLE } from "../../src/report/responsibility-summary";
import { buildSummarySheet } from "../../src/report/summary-sheet";
import { partnersTable, rawTable, settings } from "../engine/fixtures";
import { tableRange, tableValues } from "./spec-cells";

const HEADER: RawCell[] = ["Activity", "Dimension", "Us", "Acme", "Globex"];
const ROWS: RawCell[][] = [
  ["Implementation", "Delivery", "A", "r", "C"],
  ["Renewals", "Delivery", "a r", "R", null],
  ["Roadmap change approval", "Decision", "A", "A", null],
  ["Feature development", "Capability", "R", null, "I"],
];

function result(header = HEADER, rows = ROWS, partners = ["Acme", "Globex", "Initech"]): ResponsibilityResult {
  const assessed = assessResponsibilities(rawTable(header, rows, { sheet: "Responsibilities" }), partners, settings());
  if (assessed.result === null) throw new Error("no result");
  return assessed.result;
}

describe("Responsibilities sheet", () => {
  const spec = buildResponsibilitiesSheet(result());

  it("writes the matrix as an Excel table: Activity, Dimension, one column per party, Status, Flags in words", () => {
    expect(tableValues(spec, RESPONSIBILITIES_TABLE)).toEqual([
      ["Activity", "Dimension", "Us", "Acme", "Globex", "Status", "Flags"],
      ["Implementation", "Delivery", "A", "R", "C", "OK", null],
      ["Renewals", "Delivery", "A/R", "R", null, "Warning", "Several responsible"],
      ["Roadmap change approval", "Decision", "A", "A", null, "Conflict", "Several accountable; No one responsible"],
      ["Feature development", "Capability", "R", null, "I", "Gap", "No one accountable"],
    ]);
    expect(tableRange(spec, RESPONSIBILITIES_TABLE)).toMatchObject({ row: 0, col: 0 });
    expect(spec).toMatchObject({ key: "responsibilities", name: "Responsibilities", freeze: { rows: 1, cols: 1 } });
  });

  it("colours each letter over the party columns, A strongest, and a combined cell by its strongest letter", () => {
    const letterRules = spec.conditionalFormats.filter((f) => f.kind === "equals" && f.range.col === 2);
    expect(letterRules.map((f) => f.kind === "equals" && [f.value, f.style])).toEqual([
      ["A", LETTER_STYLES.A],
      ["A/R", LETTER_STYLES.A],
      ["R", LETTER_STYLES.R],
      ["C", LETTER_STYLES.C],
      ["I", LETTER_STYLES.I],
    ]);
    expect(letterRules[0]?.range).toEqual({ row: 1, col: 2, rows: 4, cols: 3 });
  });

  it("fills the status column: Conflict red, Gap amber, Warning yellow, OK green", () => {
    const statusRules = spec.conditionalFormats.filter((f) => f.kind === "equals" && f.range.col === 5);
    expect(statusRules.map((f) => f.kind === "equals" && [f.value, f.style])).toEqual([
      ["Conflict", STATUS_STYLES.Conflict],
      ["Gap", STATUS_STYLES.Gap],
      ["Warning", STATUS_STYLES.Warning],
      ["OK", STATUS_STYLES.OK],
    ]);
  });

  it("summarises activities by status per dimension with a stacked bar chart", () => {
    expect(tableValues(spec, RESPONSIBILITY_DIMENSIONS_TABLE)).toEqual([
      ["Dimension", "Conflict", "Gap", "Warning", "OK"],
      ["Capability", 0, 1, 0, 0],
      ["Delivery", 0, 0, 1, 1],
      ["Decision", 1, 0, 0, 0],
    ]);
    const range = tableRange(spec, RESPONSIBILITY_DIMENSIONS_TABLE);
    const chart = spec.charts[0];
    expect(chart).toMatchObject({ type: "barStacked" });
    expect(chart?.series.map((s) => [s.name, s.values.range.col, s.values.range.row, s.values.range.rows])).toEqual([
      ["Conflict", 1, range.row + 1, 3],
      ["Gap", 2, range.row + 1, 3],
      ["Warning", 3, range.row + 1, 3],
      ["OK", 4, range.row + 1, 3],
    ]);
    expect(chart?.anchor.col).toBeGreaterThanOrEqual(7);
  });

  it("totals A, R, C, I per party in the matrix, with warnings", () => {
    expect(tableValues(spec, RESPONSIBILITY_PARTIES_TABLE)).toEqual([
      ["Party", "Partner?", "A", "R", "C", "I", "Warnings"],
      ["Us", "No", 3, 2, 0, 0, "involved in everything"],
      ["Acme", "Yes", 1, 2, 0, 0, null],
      ["Globex", "Yes", 0, 0, 1, 1, "no owned responsibilities"],
    ]);
  });

  it("names partners absent from the matrix in a note: they own no responsibilities", () => {
    expect(JSON.stringify(spec.blocks)).toContain(
      "1 partner is not in the matrix and owns no responsibilities: Initech.",
    );
  });

  it("stacks the tables without overlap, below the matrix", () => {
    const ranges = spec.tables.map((t) => t.range);
    for (let i = 1; i < ranges.length; i++) {
      const [above, below] = [ranges[i - 1], ranges[i]];
      expect(below!.row).toBeGreaterThan(above!.row + above!.rows);
    }
  });

  it("places the chart where it covers no table", () => {
    const overlaps = (a: CellRange, b: CellRange) =>
      a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
    for (const chart of spec.charts)
      for (const t of spec.tables)
        expect([chart.name, t.name, overlaps(chart.anchor, t.range)]).toEqual([chart.name, t.name, false]);
  });

  it("renames a party column that would clash with a fixed header", () => {
    const clash = buildResponsibilitiesSheet(result(["Activity", "Status", "us"], [["Support", "A", "R"]], ["Status"]));
    expect(tableValues(clash, RESPONSIBILITIES_TABLE)[0]).toEqual([
      "Activity",
      "Dimension",
      "Status (party)",
      "us",
      "Status",
      "Flags",
    ]);
  });

  it("writes a matrix without party columns, every activity a Gap", () => {
    const none = buildResponsibilitiesSheet(result(["Activity"], [["Support"]], []));
    expect(tableValues(none, RESPONSIBILITIES_TABLE)).toEqual([
      ["Activity", "Dimension", "Status", "Flags"],
      ["Support", "Unspecified", "Gap", "No one accountable; No one responsible"],
    ]);
    expect(none.conditionalFormats.every((f) => f.range.cols > 0)).toBe(true);
  });
});

describe("Responsibilities in the report and the Summary", () => {
  const partners = partnersTable([
    { Partner: "Acme", Fit: 4, Impact: 4, Momentum: 4 },
    { Partner: "Globex", Fit: 2, Impact: 2, Momentum: 2 },
  ]);
  const responsibilities = rawTable(HEADER, ROWS, { sheet: "Responsibilities" });
  const runAt = "2026-01-01T00:00:00Z";
  const withMatrix = analyzeWorkbook({ partners, responsibilities }, settings(), { runAt });
  const without = analyzeWorkbook({ partners }, settings(), { runAt });

  it("adds the Responsibilities sheet after Tiering only when there is a Responsibilities table", () => {
    const keys = buildReport(withMatrix).map((s) => s.key);
    expect(keys.indexOf("responsibilities")).toBe(keys.indexOf("tiering") + 1);
    expect(buildReport(without).map((s) => s.key)).not.toContain("responsibilities");
  });

  it("appends headline counts by status and a stacked bar chart per dimension to the Summary", () => {
    const summary = buildSummarySheet(withMatrix);
    expect(tableValues(summary, SUMMARY_RESPONSIBILITIES_TABLE)).toEqual([
      ["Dimension", "Conflict", "Gap", "Warning", "OK"],
      ["Capability", 0, 1, 0, 0],
      ["Delivery", 0, 0, 1, 1],
      ["Decision", 1, 0, 0, 0],
    ]);
    const chart = summary.charts.find((c) => c.name === "ResponsibilityStatus");
    expect(chart).toMatchObject({ type: "barStacked" });
    const table = tableRange(summary, SUMMARY_RESPONSIBILITIES_TABLE);
    expect(chart?.anchor.row).toBeGreaterThan(table.row + table.rows - 1);
    const labels = summary.blocks.map((b) => b.values[0]?.[0]);
    expect(labels).toEqual(
      expect.arrayContaining(["Responsibilities", "Conflict", "Partners without owned responsibilities"]),
    );
  });

  it("leaves the Summary's existing content where it was", () => {
    const plain = buildSummarySheet(without);
    const extended = buildSummarySheet(withMatrix);
    expect(extended.blocks.slice(0, plain.blocks.length)).toEqual(plain.blocks);
    expect(extended.charts.slice(0, plain.charts.length)).toEqual(plain.charts);
    expect(buildSummarySheet(without).tables.map((t) => t.name)).not.toContain(SUMMARY_RESPONSIBILITIES_TABLE);
  });
});
