/**
 * Issue 14, SPEC §1 sections on the report: the Responsibilities sheet groups activities under
 * their section in a Section column of the same Excel table; the Summary counts activities by
 * status per section. Matrices without sections are written as before.
 */
import { analyzeWorkbook } from "../../src/engine/analyze";
import type { RawCell } from "../../src/engine/model";
import { assessResponsibilities, type ResponsibilityResult } from "../../src/engine/responsibility";
import { buildResponsibilitiesSheet, RESPONSIBILITIES_TABLE } from "../../src/report/responsibilities-sheet";
import { LETTER_STYLES } from "../../src/report/responsibility-styles";
import {
  SUMMARY_RESPONSIBILITIES_TABLE,
  SUMMARY_RESPONSIBILITY_SECTIONS_TABLE,
} from "../../src/report/responsibility-summary";
import { buildSummarySheet } from "../../src/report/summary-sheet";
import { partnersTable, rawTable, settings } from "../engine/fixtures";
import { paint, tableProblems } from "./report-checks";
import { tableRange, tableValues } from "./spec-cells";

// Activities of one section apart from each other (Phase column), and one without a section.
const HEADER: RawCell[] = ["Phase", "Activity", "Dimension", "Us", "Acme"];
const ROWS: RawCell[][] = [
  ["Pre-sales", "Qualify", "Delivery", "A/R", "C"],
  ["Delivery", "Implementation", "Delivery", "A", "R"],
  ["Pre-sales", "Demo", "Delivery", "A", "A"],
  [null, "QBRs", "Relationship", "A/R", "R"],
  ["Delivery", "Support", "Delivery", "C", "R"],
];

function result(header = HEADER, rows = ROWS): ResponsibilityResult {
  const assessed = assessResponsibilities(rawTable(header, rows, { sheet: "Responsibilities" }), ["Acme"], settings());
  if (assessed.result === null) throw new Error("no result");
  return assessed.result;
}

describe("Responsibilities sheet with sections", () => {
  const spec = buildResponsibilitiesSheet(result());

  it("groups activities under their section in a leading Section column, sections in the order first seen", () => {
    expect(tableValues(spec, RESPONSIBILITIES_TABLE)).toEqual([
      ["Section", "Activity", "Dimension", "Us", "Acme", "Status", "Flags"],
      ["Pre-sales", "Qualify", "Delivery", "A/R", "C", "OK", null],
      ["Pre-sales", "Demo", "Delivery", "A", "A", "Conflict", "Several accountable; No one responsible"],
      ["Delivery", "Implementation", "Delivery", "A", "R", "OK", null],
      ["Delivery", "Support", "Delivery", "C", "R", "Gap", "No one accountable"],
      [null, "QBRs", "Relationship", "A/R", "R", "Warning", "Several responsible"],
    ]);
  });

  it("keeps the matrix one Excel table, Section and Activity frozen, letters coloured over the party columns only", () => {
    expect(spec.tables.filter((t) => t.name === RESPONSIBILITIES_TABLE)).toHaveLength(1);
    expect(tableProblems([spec])).toEqual([]);
    expect(paint(spec).clashes).toEqual([]);
    expect(spec.freeze).toEqual({ rows: 1, cols: 2 });
    const letterRules = spec.conditionalFormats.filter((f) => f.kind === "equals" && f.style === LETTER_STYLES.A);
    expect(letterRules.map((f) => f.range)).toEqual([
      { row: 1, col: 3, rows: 5, cols: 2 },
      { row: 1, col: 3, rows: 5, cols: 2 },
    ]);
    const statusRules = spec.conditionalFormats.filter((f) => f.kind === "equals" && f.value === "Conflict");
    expect(statusRules.map((f) => f.range.col)).toEqual([5]);
  });

  it("names a party column that would clash with Section differently", () => {
    const clash = buildResponsibilitiesSheet(
      assessResponsibilities(
        rawTable(["Phase", "Activity", "Section"], [["Plan", "Support", "A/R"]]),
        [],
        settings({ columnRoles: { responsibilities: { Section: "party" } } }),
      ).result!,
    );
    expect(tableValues(clash, RESPONSIBILITIES_TABLE)[0]).toEqual([
      "Section",
      "Activity",
      "Dimension",
      "Section (party)",
      "Status",
      "Flags",
    ]);
  });

  it("writes a matrix without sections as before: no Section column, input order, Activity frozen", () => {
    const plain = buildResponsibilitiesSheet(
      result(
        HEADER.slice(1),
        ROWS.map((r) => r.slice(1)),
      ),
    );
    expect(tableValues(plain, RESPONSIBILITIES_TABLE).map((r) => r[0])).toEqual([
      "Activity",
      "Qualify",
      "Implementation",
      "Demo",
      "QBRs",
      "Support",
    ]);
    expect(plain.freeze).toEqual({ rows: 1, cols: 1 });
  });
});

describe("the Summary's per-section counts", () => {
  const partners = partnersTable([{ Partner: "Acme", Fit: 4, Impact: 4, Momentum: 4 }]);
  const runAt = "2026-01-01T00:00:00Z";

  it("counts activities by status per section, the activities without a section as '(no section)'", () => {
    const analysis = analyzeWorkbook(
      { partners, responsibilities: rawTable(HEADER, ROWS, { sheet: "Responsibilities" }) },
      settings(),
      { runAt },
    );
    const summary = buildSummarySheet(analysis);
    expect(tableValues(summary, SUMMARY_RESPONSIBILITY_SECTIONS_TABLE)).toEqual([
      ["Section", "Activities", "Conflict", "Gap", "Warning", "OK"],
      ["Pre-sales", 2, 1, 0, 0, 1],
      ["Delivery", 2, 0, 1, 0, 1],
      ["(no section)", 1, 0, 0, 1, 0],
    ]);
    // Below the dimension table and its chart, overlapping nothing.
    const chart = summary.charts.find((c) => c.name === "ResponsibilityStatus");
    expect(tableRange(summary, SUMMARY_RESPONSIBILITY_SECTIONS_TABLE).row).toBeGreaterThanOrEqual(
      (chart?.anchor.row ?? 0) + (chart?.anchor.rows ?? 0),
    );
    expect(paint(summary).clashes).toEqual([]);
    expect(tableProblems([summary])).toEqual([]);
  });

  it("has no per-section table when no activity has a section", () => {
    const plain = rawTable(
      HEADER.slice(1),
      ROWS.map((r) => r.slice(1)),
      { sheet: "Responsibilities" },
    );
    const summary = buildSummarySheet(analyzeWorkbook({ partners, responsibilities: plain }, settings(), { runAt }));
    expect(summary.tables.map((t) => t.name)).toContain(SUMMARY_RESPONSIBILITIES_TABLE);
    expect(summary.tables.map((t) => t.name)).not.toContain(SUMMARY_RESPONSIBILITY_SECTIONS_TABLE);
  });
});
