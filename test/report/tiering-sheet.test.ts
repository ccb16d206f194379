import { analyzeWorkbook } from "../../src/engine/analyze";
import type { Settings } from "../../src/engine/model";
import { NUMBER_FORMATS as F, PALETTE, TIER_STYLES } from "../../src/report/style";
import { buildTieringSheet, TIERING_HEADERS, TIERING_TABLE, tieringColumn } from "../../src/report/tiering-sheet";
import { type PartnerCells, partnersTable, rawTable, settings } from "../engine/fixtures";
import { columnValues, paint, tableProblems } from "./report-checks";

const ROWS: PartnerCells[] = [
  { Partner: "Unscored Co", Fit: 3, Impact: null, Momentum: 3, Investment: 5 },
  {
    Partner: "Scale Co",
    Fit: 1,
    Impact: 1,
    Momentum: 1,
    Type: "Reseller",
    Layer: "Market",
    Owner: "Kim",
    Investment: 10,
    Revenue: 5,
    Pipeline: 7,
  },
  { Partner: "Strategic Co", Fit: 5, Impact: 5, Momentum: 4, Investment: 100, Revenue: 300 },
  { Partner: "Focus Co", Fit: 3, Impact: 3, Momentum: 3, Investment: 0, Revenue: 20 },
];

const sheetFor = (rows: PartnerCells[] = ROWS, s: Partial<Settings> = {}) =>
  buildTieringSheet(analyzeWorkbook({ partners: partnersTable(rows) }, settings(s), { runAt: "2026-11-22T09:30:00Z" }));

describe("buildTieringSheet (SPEC §3 Tiering)", () => {
  it("holds one Excel table, at A1, with the Tiering headers", () => {
    const spec = sheetFor();
    expect(spec.key).toBe("tiering");
    expect(spec.name).toBe("Tiering");
    expect(spec.tables).toEqual([
      {
        name: TIERING_TABLE,
        range: { row: 0, col: 0, rows: 5, cols: TIERING_HEADERS.length },
        style: expect.any(String),
      },
    ]);
    expect(TIERING_HEADERS).toEqual([
      "Rank",
      "Partner",
      "Tier",
      "Composite",
      "Points to next tier",
      "Fit",
      "Impact",
      "Momentum",
      "Type",
      "Layer",
      "Owner",
      "Investment",
      "Revenue",
      "Pipeline",
      "ROI",
      "Investment flag",
      "Previous tier",
      "Movement",
      "Expectations",
      "Failed checks",
    ]);
    expect(tableProblems([spec])).toEqual([]);
  });

  it("lists one row per partner in rank order, Unscored last", () => {
    const painted = paint(sheetFor());
    const column = (header: string) => columnValues(painted, { row: 1, col: tieringColumn(header), rows: 4, cols: 1 });
    expect(column("Partner")).toEqual(["Strategic Co", "Focus Co", "Scale Co", "Unscored Co"]);
    expect(column("Rank")).toEqual([1, 2, 3, null]);
    expect(column("Tier")).toEqual(["Strategic", "Focus", "Scale", "Unscored"]);
  });

  it("writes a partner's values under the right headers, empty cells as null", () => {
    const painted = paint(sheetFor());
    const row = (r: number) => Object.fromEntries(TIERING_HEADERS.map((h, j) => [h, painted.cells.get(`${r},${j}`)]));
    expect(row(3)).toEqual({
      Rank: 3,
      Partner: "Scale Co",
      Tier: "Scale",
      Composite: 20,
      "Points to next tier": 30,
      Fit: 1,
      Impact: 1,
      Momentum: 1,
      Type: "Reseller",
      Layer: "Market",
      Owner: "Kim",
      Investment: 10,
      Revenue: 5,
      Pipeline: 7,
      ROI: 0.5,
      // 10 is above the Focus median (0).
      "Investment flag": "Over-invested",
      "Previous tier": null,
      Movement: null,
      Expectations: null,
      "Failed checks": null,
    });
    expect(row(4)).toMatchObject({
      Rank: null,
      Partner: "Unscored Co",
      Composite: null,
      "Points to next tier": null,
      Impact: null,
      Type: null,
      Owner: null,
    });
  });

  it("formats each column: integer rank, one-decimal scores, money, ratio ROI, scores as entered", () => {
    const block = sheetFor().blocks.find((b) => b.headerRows === 1);
    const formats = Object.fromEntries(TIERING_HEADERS.map((h, j) => [h, block?.numberFormats?.[j] ?? null]));
    expect(formats).toEqual({
      Rank: F.integer,
      Partner: null,
      Tier: null,
      Composite: F.score,
      "Points to next tier": F.score,
      Fit: null,
      Impact: null,
      Momentum: null,
      Type: null,
      Layer: null,
      Owner: null,
      Investment: F.money,
      Revenue: F.money,
      Pipeline: F.money,
      ROI: F.ratio,
      "Investment flag": null,
      "Previous tier": null,
      Movement: null,
      Expectations: null,
      "Failed checks": null,
    });
  });

  it("writes the expectation status and the failed checks (SPEC §2.10), coloured: Below and its checks red, Meets green", () => {
    const expectations = rawTable(
      ["Tier", "Min Revenue", "Max Investment"],
      [
        ["Strategic", 500, 50],
        ["Focus", 10, null],
      ],
      { sheet: "Expectations" },
    );
    const spec = buildTieringSheet(
      analyzeWorkbook({ partners: partnersTable(ROWS), expectations }, settings(), { runAt: "2026-11-22T09:30:00Z" }),
    );
    const painted = paint(spec);
    const column = (header: string) => columnValues(painted, { row: 1, col: tieringColumn(header), rows: 4, cols: 1 });
    expect(column("Partner")).toEqual(["Strategic Co", "Focus Co", "Scale Co", "Unscored Co"]);
    expect(column("Expectations")).toEqual(["Below", "Meets", null, null]);
    expect(column("Failed checks")).toEqual(["below-revenue; over-investment-cap", null, null, null]);
    const range = (header: string) => ({ row: 1, col: tieringColumn(header), rows: 4, cols: 1 });
    expect(spec.conditionalFormats).toContainEqual({
      kind: "equals",
      range: range("Expectations"),
      value: "Below",
      style: expect.objectContaining({ fontColor: PALETTE.bad }),
    });
    expect(spec.conditionalFormats).toContainEqual({
      kind: "equals",
      range: range("Expectations"),
      value: "Meets",
      style: expect.objectContaining({ fontColor: PALETTE.good }),
    });
    expect(spec.conditionalFormats).toContainEqual({
      kind: "equals",
      range: range("Failed checks"),
      value: "below-revenue; over-investment-cap",
      style: { fontColor: PALETTE.bad },
    });
  });

  it("fills the Tier column by tier with conditional formats over every data row", () => {
    const spec = sheetFor();
    const tierRange = { row: 1, col: tieringColumn("Tier"), rows: 4, cols: 1 };
    for (const [tier, style] of Object.entries(TIER_STYLES)) {
      expect(spec.conditionalFormats).toContainEqual({ kind: "equals", range: tierRange, value: tier, style });
    }
  });

  it("highlights investment flags and movement", () => {
    const values = sheetFor()
      .conditionalFormats.filter((c) => c.kind === "equals")
      .map((c) => (c.kind === "equals" ? `${TIERING_HEADERS[c.range.col]}=${c.value}` : ""));
    expect(values).toEqual(
      expect.arrayContaining([
        "Investment flag=Over-invested",
        "Investment flag=Under-invested",
        "Movement=Up",
        "Movement=Down",
        "Movement=New",
      ]),
    );
  });

  it("freezes the header row (and the rank and name columns)", () => {
    expect(sheetFor().freeze).toEqual({ rows: 1, cols: 2 });
  });

  it("writes no cell twice with different values", () => {
    expect(paint(sheetFor()).clashes).toEqual([]);
  });

  it("keeps rank order in quota mode", () => {
    const painted = paint(sheetFor(ROWS, { mode: "quota", quotas: { strategic: 34, focus: 33 } }));
    expect(columnValues(painted, { row: 1, col: tieringColumn("Tier"), rows: 4, cols: 1 })).toEqual([
      "Strategic",
      "Strategic",
      "Focus",
      "Unscored",
    ]);
  });

  it("writes names as text even when they look like formulas", () => {
    const painted = paint(sheetFor([{ Partner: "=1+1", Fit: 1, Impact: 1, Momentum: 1 }]));
    expect(painted.cells.get(`1,${tieringColumn("Partner")}`)).toBe("=1+1");
  });
});
