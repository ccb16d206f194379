import { type Analysis, analyzeWorkbook } from "../../src/engine/analyze";
import type { Settings } from "../../src/engine/model";
import type { ChartSeriesSpec, SheetSpec } from "../../src/report/sheet-spec";
import { blockRange } from "../../src/report/sheet-spec";
import { BUBBLES_PER_TIER, buildSummarySheet, formatRunAt, SUMMARY_TIERS_TABLE } from "../../src/report/summary-sheet";
import { SheetBuilder } from "../../src/report/sheet-builder";
import { buildTieringSheet, TIERING_TABLE } from "../../src/report/tiering-sheet";
import { buildReport } from "../../src/report";
import { type PartnerCells, partnersTable, rawTable, settings } from "../engine/fixtures";
import { tableValues } from "./spec-cells";
import { cellAt, columnValues, overlaps, paint, tableProblems } from "./report-checks";

const RUN_AT = "2026-11-22T09:30:00Z";

const analyse = (rows: PartnerCells[], s: Partial<Settings> = {}): Analysis =>
  analyzeWorkbook({ partners: partnersTable(rows) }, settings(s), { runAt: RUN_AT });

/** A portfolio with every tier: composites 100, 80, 80, 60, 60, 60, 40, 20, and two Unscored. */
const MIXED: PartnerCells[] = [
  { Partner: "U1", Fit: 5, Impact: null, Momentum: 5, Revenue: 1 },
  { Partner: "S1", Fit: 5, Impact: 5, Momentum: 5, Investment: 100, Revenue: 500, Pipeline: 50 },
  { Partner: "F1", Fit: 3, Impact: 3, Momentum: 3, Investment: 20, Revenue: 40 },
  { Partner: "S2", Fit: 4, Impact: 4, Momentum: 4, Investment: 50, Revenue: 200 },
  { Partner: "C1", Fit: 2, Impact: 2, Momentum: 2, Investment: 5, Revenue: 4 },
  { Partner: "F2", Fit: 3, Impact: 3, Momentum: 3, Revenue: 30 },
  { Partner: "S3", Fit: 4, Impact: 4, Momentum: 4, Revenue: 100 },
  { Partner: "F3", Fit: 3, Impact: 3, Momentum: 3, Investment: 10 },
  { Partner: "C2", Fit: 1, Impact: 1, Momentum: 1 },
  { Partner: "U2", Fit: null, Impact: null, Momentum: null },
];

/** The Summary's tiering charts, by name (other sections add charts of their own). */
const TIERING_CHARTS = ["TierDistribution", "InvestmentVsRevenue", "FitVsImpact"];

const chartNamed = (spec: SheetSpec, name: string) => spec.charts.find((c) => c.name === name);

const summaryTable = (spec: SheetSpec) => {
  const t = spec.tables.find((x) => x.name === SUMMARY_TIERS_TABLE);
  if (!t) throw new Error("no tier table");
  return t;
};

/** The Summary table's column range by header. */
const summaryColumn = (spec: SheetSpec, header: string) => {
  const t = summaryTable(spec);
  const painted = paint(spec);
  for (let j = 0; j < t.range.cols; j++) {
    if (cellAt(painted, t.range.row, t.range.col + j) === header)
      return { row: t.range.row + 1, col: t.range.col + j, rows: t.range.rows - 1, cols: 1 };
  }
  throw new Error(`no column ${header}`);
};

/**
 * Follows each bubble series to the Tiering sheet and checks that it reads exactly the rows
 * of its tier's partners (the top BUBBLES_PER_TIER of them) from the Fit, Impact and Revenue columns.
 */
function expectBubblesMatchTieringRows(
  analysis: Analysis,
  sheets?: { summary: SheetSpec; tiering: SheetSpec },
): ChartSeriesSpec[] {
  const summary = sheets?.summary ?? buildSummarySheet(analysis);
  const tieringSpec = sheets?.tiering ?? buildTieringSheet(analysis);
  const tiering = paint(tieringSpec);
  // The Tiering table's header row and columns, found by reading the sheet, not by its shape.
  const header = tieringSpec.tables.find((t) => t.name === TIERING_TABLE)!.range;
  const tieringColumn = (text: string) =>
    Array.from({ length: header.cols }, (_, j) => header.col + j).find(
      (col) => cellAt(tiering, header.row, col) === text,
    ) ?? -1;
  const chart = chartNamed(summary, "FitVsImpact");
  const scoredTiers = (["Strategic", "Focus", "Scale"] as const).filter((t) =>
    analysis.tiering.partners.some((p) => p.tier === t),
  );
  if (scoredTiers.length === 0) {
    expect(chart).toBeUndefined();
    return [];
  }
  expect(chart?.series.map((s) => s.name)).toEqual(scoredTiers);
  for (const series of chart?.series ?? []) {
    const { categories, values, sizes } = series;
    for (const [ref, text] of [
      [categories, "Fit"],
      [values, "Impact"],
      [sizes, "Revenue"],
    ] as const) {
      expect(ref?.sheet).toBe("tiering");
      expect(ref?.range.col).toBe(tieringColumn(text));
      expect(cellAt(tiering, header.row, ref?.range.col ?? -1)).toBe(text);
      expect(ref?.range.row).toBe(values.range.row);
      expect(ref?.range.rows).toBe(values.range.rows);
    }
    const expected = analysis.tiering.partners.filter((p) => p.tier === series.name).slice(0, BUBBLES_PER_TIER);
    const range = { ...values.range, col: tieringColumn("Partner") };
    expect(columnValues(tiering, range)).toEqual(expected.map((p) => p.partner));
    expect(columnValues(tiering, { ...values.range, col: tieringColumn("Tier") }).every((t) => t === series.name)).toBe(
      true,
    );
    expect(columnValues(tiering, values.range)).toEqual(expected.map((p) => p.impact));
  }
  return chart?.series ?? [];
}

describe("buildSummarySheet (SPEC §3 Summary)", () => {
  it("has a tier table: Strategic, Focus, Scale, Unscored with counts, sums, ROI and shares", () => {
    const spec = buildSummarySheet(analyse(MIXED));
    const painted = paint(spec);
    const t = summaryTable(spec);
    const rows = Array.from({ length: t.range.rows }, (_, i) =>
      Array.from({ length: t.range.cols }, (_, j) => cellAt(painted, t.range.row + i, t.range.col + j)),
    );
    expect(rows).toEqual([
      [
        "Tier",
        "Partners",
        "Investment",
        "Revenue",
        "Pipeline",
        "ROI",
        "Share of investment",
        "Share of revenue",
        "Meet expectations",
        "Below expectations",
      ],
      ["Strategic", 3, 150, 800, 50, 800 / 150, 150 / 185, 800 / 875, 0, 0],
      ["Focus", 3, 30, 70, 0, 70 / 30, 30 / 185, 70 / 875, 0, 0],
      ["Scale", 2, 5, 4, 0, 0.8, 5 / 185, 4 / 875, 0, 0],
      ["Unscored", 2, 0, 1, 0, null, 0, 1 / 875, 0, 0],
    ]);
  });

  it("counts per tier the partners that meet their tier's expectations and those below (SPEC §2.10)", () => {
    // Strategic revenues 500, 200, 100 against 150; Focus 40, 30 and none against 50.
    const expectations = rawTable(
      ["Tier", "Min Revenue"],
      [
        ["Strategic", 150],
        ["Focus", 50],
      ],
      { sheet: "Expectations" },
    );
    const a = analyzeWorkbook({ partners: partnersTable(MIXED), expectations }, settings(), { runAt: RUN_AT });
    const rows = tableValues(buildSummarySheet(a), SUMMARY_TIERS_TABLE).map((r) => [r[0], r[8], r[9]]);
    expect(rows).toEqual([
      ["Tier", "Meet expectations", "Below expectations"],
      ["Strategic", 2, 1],
      ["Focus", 0, 3],
      ["Scale", 0, 0],
      ["Unscored", 0, 0],
    ]);
  });

  it("has three tiering charts: tier distribution, investment vs revenue, fit vs impact bubbles", () => {
    const charts = buildSummarySheet(analyse(MIXED)).charts;
    expect(
      TIERING_CHARTS.map((name) => charts.find((c) => c.name === name)).map((c) => [c?.type, c?.series.length]),
    ).toEqual([
      ["columnClustered", 1],
      ["columnClustered", 2],
      ["bubble", 3],
    ]);
    expect(new Set(charts.map((c) => c.name)).size).toBe(charts.length);
  });

  it("draws the tier distribution from the tier table's Tier and Partners columns", () => {
    const spec = buildSummarySheet(analyse(MIXED));
    const chart = chartNamed(spec, "TierDistribution");
    expect(chart?.series[0]).toMatchObject({
      categories: { range: summaryColumn(spec, "Tier") },
      values: { range: summaryColumn(spec, "Partners") },
    });
    expect(chart?.series[0]?.values.sheet).toBeUndefined();
  });

  it("draws investment vs revenue as two series over the tiers", () => {
    const spec = buildSummarySheet(analyse(MIXED));
    const chart = chartNamed(spec, "InvestmentVsRevenue");
    expect(chart?.series.map((s) => [s.name, s.values.range, s.categories?.range])).toEqual([
      ["Investment", summaryColumn(spec, "Investment"), summaryColumn(spec, "Tier")],
      ["Revenue", summaryColumn(spec, "Revenue"), summaryColumn(spec, "Tier")],
    ]);
  });

  it("draws one bubble series per non-empty scored tier, reading the Tiering rows of that tier (threshold mode)", () => {
    const series = expectBubblesMatchTieringRows(analyse(MIXED));
    expect(series.map((s) => [s.name, s.values.range.row, s.values.range.rows])).toEqual([
      ["Strategic", 1, 3],
      ["Focus", 4, 3],
      ["Scale", 7, 2],
    ]);
  });

  it("reads the right Tiering rows in quota mode", () => {
    const series = expectBubblesMatchTieringRows(
      analyse(MIXED, { mode: "quota", quotas: { strategic: 25, focus: 50 } }),
    );
    // 8 scored: ceil(2) = 2 Strategic, ceil(6) − 2 = 4 Focus, 2 Scale.
    expect(series.map((s) => [s.name, s.values.range.row, s.values.range.rows])).toEqual([
      ["Strategic", 1, 2],
      ["Focus", 3, 4],
      ["Scale", 7, 2],
    ]);
  });

  it("follows the Tiering builder's layout: a title row added above the Tiering table moves every bubble reference with it", () => {
    // Put a title (and its blank row) above the Tiering table, as a future Tiering sheet might.
    const table = SheetBuilder.prototype.table;
    const spy = jest.spyOn(SheetBuilder.prototype, "table").mockImplementation(function (
      this: SheetBuilder,
      input,
      at,
    ) {
      if (input.name === TIERING_TABLE) this.title("Partner tiers");
      return table.call(this, input, at);
    });
    try {
      const analysis = analyse(MIXED);
      const sheets = buildReport(analysis);
      const sheet = (key: string) => sheets.find((x) => x.key === key)!;
      expect(sheet("tiering").tables.find((t) => t.name === TIERING_TABLE)?.range.row).toBe(2);
      const series = expectBubblesMatchTieringRows(analysis, { summary: sheet("summary"), tiering: sheet("tiering") });
      expect(series.map((x) => [x.name, x.values.range.row, x.values.range.rows])).toEqual([
        ["Strategic", 3, 3],
        ["Focus", 6, 3],
        ["Scale", 9, 2],
      ]);
    } finally {
      spy.mockRestore();
    }
  });

  it("leaves out an empty tier", () => {
    const rows = MIXED.filter((r) => typeof r.Partner === "string" && !r.Partner.startsWith("F"));
    expect(expectBubblesMatchTieringRows(analyse(rows)).map((s) => s.name)).toEqual(["Strategic", "Scale"]);
  });

  it("draws no bubble chart when no partner is scored", () => {
    const a = analyse([{ Partner: "U" }]);
    expectBubblesMatchTieringRows(a);
    const charts = buildSummarySheet(a).charts;
    expect(chartNamed(buildSummarySheet(a), "FitVsImpact")).toBeUndefined();
    expect(charts.filter((c) => TIERING_CHARTS.includes(c.name)).map((c) => c.name)).toEqual([
      "TierDistribution",
      "InvestmentVsRevenue",
    ]);
  });

  it(`caps each bubble series at BUBBLES_PER_TIER (${BUBBLES_PER_TIER}) partners, the top-ranked ones, and says so`, () => {
    const many: PartnerCells[] = [
      { Partner: "Top", Fit: 5, Impact: 5, Momentum: 5 },
      ...Array.from({ length: BUBBLES_PER_TIER + 5 }, (_, i) => ({
        Partner: `Scale ${String(i).padStart(5, "0")}`,
        Fit: 1,
        Impact: 1,
        Momentum: (i % 10) / 10,
      })),
    ];
    const a = analyse(many);
    const series = expectBubblesMatchTieringRows(a);
    expect(series.map((s) => [s.name, s.values.range.row, s.values.range.rows])).toEqual([
      ["Strategic", 1, 1],
      ["Scale", 2, BUBBLES_PER_TIER],
    ]);
    expect(chartNamed(buildSummarySheet(a), "FitVsImpact")?.title).toMatch(
      new RegExp(`top ${BUBBLES_PER_TIER} per tier`),
    );
    expect(chartNamed(buildSummarySheet(analyse(MIXED)), "FitVsImpact")?.title).not.toMatch(/top/);
  });

  it("places charts beside the figures, not over any block and not over each other", () => {
    const spec = buildSummarySheet(analyse(MIXED));
    const anchors = spec.charts.map((c) => c.anchor);
    for (const [i, a] of anchors.entries()) {
      for (const b of anchors.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
      for (const block of spec.blocks) expect(overlaps(a, blockRange(block))).toBe(false);
    }
  });

  it("writes no cell twice with different values, and its table is valid", () => {
    const spec = buildSummarySheet(analyse(MIXED));
    expect(paint(spec).clashes).toEqual([]);
    expect(tableProblems([spec])).toEqual([]);
  });

  it("shows the headline figures: partners, tiered, money totals and the issue counts", () => {
    const a = analyse([...MIXED, { Partner: "Bad", Fit: "x", Impact: 1, Momentum: 1 }]);
    const painted = paint(buildSummarySheet(a));
    const labels = new Map<unknown, unknown>();
    for (let r = 0; r < 40; r++) labels.set(cellAt(painted, r, 0), cellAt(painted, r, 1));
    expect(labels.get("Partners")).toBe(11);
    expect(labels.get("Tiered")).toBe(8);
    expect(labels.get("Total investment")).toBe(185);
    expect(labels.get("Total revenue")).toBe(875);
    expect(labels.get("Input issues")).toMatch(/^1 error, 0 warnings, \d+ notes?$/);
  });

  it("states the run time and settings in the subtitle", () => {
    const painted = paint(buildSummarySheet(analyse(MIXED, { mode: "quota" })));
    expect(cellAt(painted, 1, 0)).toMatch(
      /^Run 2026-11-22 09:30 UTC · quotas Strategic 10%, Focus 30% · .*scale 0–5 \(auto\)/,
    );
  });
});

describe("formatRunAt", () => {
  it("writes an ISO time as date, hours and minutes UTC", () => {
    expect(formatRunAt("2026-11-22T09:30:15.123Z")).toBe("2026-11-22 09:30 UTC");
  });

  it("gives other text back as it is", () => {
    expect(formatRunAt("yesterday")).toBe("yesterday");
  });
});
