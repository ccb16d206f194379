import { analyzeWorkbook } from "../../src/engine/analyze";
import type { WorkbookInput } from "../../src/engine/model";
import {
  SUMMARY_CONFLICTS_TABLE,
  SUMMARY_GAPS_TABLE,
  SUMMARY_MATURITY_TABLE,
  SUMMARY_TOP,
} from "../../src/report/coverage-summary";
import { buildSummarySheet, SUMMARY_TIERS_TABLE } from "../../src/report/summary-sheet";
import { coverageWorkbook } from "../engine/coverage/builders";
import { partnersTable, rawTable, settings } from "../engine/fixtures";
import { overlaps, paint, tableProblems } from "./report-checks";
import { rangeValues, tableRange, tableValues } from "./spec-cells";

const summaryOf = (input: WorkbookInput) =>
  buildSummarySheet(analyzeWorkbook(input, settings(), { runAt: "2026-11-22T09:30:00Z" }));

describe("Summary: top gaps, top conflicts and maturity radar (SPEC §3)", () => {
  const spec = summaryOf(coverageWorkbook());

  it("lists the top gaps by severity with their recommendation", () => {
    expect(tableValues(spec, SUMMARY_GAPS_TABLE)).toEqual([
      ["Capability", "Severity", "Status", "Recommendation", "Candidate"],
      ["CRM", 5, "Gap", "Partner", "Nova"],
      ["Billing", 4, "Gap", "Acquire", null],
    ]);
  });

  it(`shows at most ${SUMMARY_TOP} gaps, the most severe first`, () => {
    const caps = Array.from({ length: 15 }, (_, i) => [`Cap ${i}`, (i % 5) + 1]);
    const s = summaryOf({
      partners: partnersTable([{ Partner: "Acme" }]),
      capabilities: rawTable(["Capability", "Priority"], caps, { sheet: "Capabilities" }),
    });
    const rows = tableValues(s, SUMMARY_GAPS_TABLE).slice(1);
    expect(rows).toHaveLength(SUMMARY_TOP);
    expect(rows.map((r) => r[1])).toEqual([5, 5, 5, 4, 4, 4, 3, 3, 3, 2]);
  });

  it("lists the top channel conflicts", () => {
    expect(tableValues(spec, SUMMARY_CONFLICTS_TABLE)).toEqual([
      ["Partner A", "Partner B", "Score"],
      ["Acme", "Bolt", 1],
    ]);
  });

  it("draws a radar chart of score against target per pillar from the maturity table", () => {
    const chart = spec.charts.find((c) => c.type === "radar");
    const table = tableRange(spec, SUMMARY_MATURITY_TABLE);
    expect(chart?.series.map((s) => s.name)).toEqual(["Score", "Target"]);
    const [score, target] = chart?.series ?? [];
    expect(rangeValues(spec, score?.categories?.range ?? table).flat()).toEqual([
      "Strategy",
      "People",
      "Process",
      "Technology",
      "Customer",
      "Results",
    ]);
    expect(rangeValues(spec, score?.values.range ?? table).flat()).toEqual([2, null, null, null, null, null]);
    expect(rangeValues(spec, target?.values.range ?? table).flat()).toEqual([4, null, null, null, null, null]);
    expect(score?.values.sheet).toBeUndefined();
  });

  it("has no maturity table or radar without a Maturity table", () => {
    const s = summaryOf({ ...coverageWorkbook(), maturity: null });
    expect(s.tables.map((t) => t.name)).not.toContain(SUMMARY_MATURITY_TABLE);
    expect(s.charts.map((c) => c.type)).not.toContain("radar");
  });

  it("writes notes instead of empty tables when there are no gaps or conflicts", () => {
    const s = summaryOf({ partners: partnersTable([{ Partner: "Acme", Capabilities: "CRM" }]) });
    expect(s.tables.map((t) => t.name)).not.toEqual(expect.arrayContaining([SUMMARY_GAPS_TABLE]));
    expect(s.tables.map((t) => t.name)).not.toEqual(expect.arrayContaining([SUMMARY_CONFLICTS_TABLE]));
    expect(tableProblems([s])).toEqual([]);
  });

  it("appends below the tier table without overwriting a cell, and keeps charts off the tables", () => {
    expect(paint(spec).clashes).toEqual([]);
    const tiers = tableRange(spec, SUMMARY_TIERS_TABLE);
    expect(tableRange(spec, SUMMARY_GAPS_TABLE).row).toBeGreaterThan(tiers.row + tiers.rows);
    for (const chart of spec.charts) for (const t of spec.tables) expect(overlaps(chart.anchor, t.range)).toBe(false);
    const anchors = spec.charts.map((c) => c.anchor);
    anchors.forEach((a, i) => anchors.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)));
  });
});
