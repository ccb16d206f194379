import { analyzeWorkbook } from "../../src/engine/analyze";
import {
  buildRadarSheet,
  markerSize,
  RADAR_LABEL_LIMIT,
  RADAR_SECTORS_TABLE,
  RADAR_TABLE,
} from "../../src/report/radar-sheet";
import { type PartnerCells, partnersTable, settings } from "../engine/fixtures";
import { paint, tableProblems } from "./report-checks";
import { rangeValues, tableValues } from "./spec-cells";

const ROWS: PartnerCells[] = [
  { Partner: "Acme", Roles: "Co-sell", Fit: 5, Impact: 5, Momentum: 5, Revenue: 900 },
  { Partner: "Bolt", Roles: "Integrate; Co-sell", Fit: 3, Impact: 3, Momentum: 3, Revenue: 100 },
  { Partner: "Cask", Roles: "Implement", Fit: 1, Impact: 1, Momentum: 1 },
  { Partner: "Dune", Roles: "Implement", Fit: null, Impact: 1, Momentum: 1, Revenue: 50 },
];
const analysis = (rows: PartnerCells[] = ROWS) =>
  analyzeWorkbook({ partners: partnersTable(rows) }, settings(), { runAt: "2026-11-22T09:30:00Z" });

describe("Radar sheet (SPEC §2.11, §3)", () => {
  it("has the table of partner, sector, ring, θ, x, y (and the revenue that sizes each point), tiered partners only", () => {
    const spec = buildRadarSheet(analysis());
    const [header, ...rows] = tableValues(spec, RADAR_TABLE);
    expect(header).toEqual(["Partner", "Sector", "Ring", "θ (degrees)", "x", "y", "Revenue"]);
    expect(rows.map((r) => r.slice(0, 4))).toEqual([
      ["Acme", "Co-sell", "Strategic", 0],
      ["Bolt", "Co-sell", "Focus", 0],
      ["Cask", "Implement", "Scale", -180],
    ]);
    expect(rows.map((r) => r[6])).toEqual([900, 100, 0]);
    expect(tableProblems([spec])).toEqual([]);
  });

  it("counts partners per sector and ring", () => {
    expect(tableValues(buildRadarSheet(analysis()), RADAR_SECTORS_TABLE)).toEqual([
      ["Sector", "Strategic", "Focus", "Scale", "Partners"],
      ["Co-sell", 1, 1, 0, 2],
      ["Implement", 0, 0, 1, 1],
    ]);
  });

  it("draws a scatter chart: the rings and sector lines as line guides out of the legend, then one marker series per sector", () => {
    const chart = buildRadarSheet(analysis()).charts[0];
    expect(chart?.type).toBe("scatter");
    expect(chart?.series.map((s) => [s.name, s.draw, s.hideInLegend ?? false])).toEqual([
      ["Rings", "lines", true],
      ["Sector lines", "lines", true],
      ["Co-sell", "markers", false],
      ["Implement", "markers", false],
    ]);
    expect(chart?.axes).toEqual({ min: -3.3, max: 3.3, hidden: true });
  });

  it("points each sector series at that sector's rows of the table", () => {
    const spec = buildRadarSheet(analysis());
    const implement = spec.charts[0]?.series[3];
    expect(rangeValues(spec, implement?.categories?.range ?? { row: 0, col: 0, rows: 0, cols: 0 }).flat()).toEqual([
      2.5 * Math.cos(-Math.PI),
    ]);
    const cosell = spec.charts[0]?.series[2];
    expect(cosell?.values.range.rows).toBe(2);
  });

  it("draws the rings at r = 1, 2, 3 and the sector boundaries from the centre to r = 3", () => {
    const spec = buildRadarSheet(analysis());
    const [rings, lines] = spec.charts[0]?.series ?? [];
    const xs = rangeValues(spec, rings?.categories?.range ?? { row: 0, col: 0, rows: 0, cols: 0 }).flat() as number[];
    const ys = rangeValues(spec, rings?.values.range ?? { row: 0, col: 0, rows: 0, cols: 0 }).flat() as number[];
    const radii = new Set(xs.map((x, i) => Math.round(Math.hypot(x, ys[i] ?? 0) * 1e6) / 1e6));
    expect([...radii]).toEqual([1, 2, 3]);
    const lx = rangeValues(spec, lines?.categories?.range ?? { row: 0, col: 0, rows: 0, cols: 0 }).flat();
    const ly = rangeValues(spec, lines?.values.range ?? { row: 0, col: 0, rows: 0, cols: 0 }).flat();
    // Two sectors: boundaries at 90° and −90°, out and back from the centre.
    expect(lx.map((x, i) => [x, ly[i]])).toEqual([
      [0, 0],
      [0, 3],
      [0, 0],
      [0, -3],
      [0, 0],
    ]);
  });

  it("sizes points by revenue (area in proportion, 5 to 20 points) and labels them with partner names", () => {
    const series = buildRadarSheet(analysis()).charts[0]?.series[2];
    expect(series?.markerSizes).toEqual([20, markerSize(100, 900)]);
    expect(series?.pointLabels).toEqual(["Acme", "Bolt"]);
    expect([markerSize(0, 900), markerSize(900, 900), markerSize(5, 0)]).toEqual([5, 20, 13]);
  });

  it(`labels no point when there are more than ${RADAR_LABEL_LIMIT} points`, () => {
    const many = Array.from({ length: RADAR_LABEL_LIMIT + 1 }, (_, i): PartnerCells => ({
      Partner: `P${i}`,
      Roles: "Co-sell",
      Fit: 3,
      Impact: 3,
      Momentum: 3,
    }));
    const chart = buildRadarSheet(analysis(many)).charts[0];
    expect(chart?.series.some((s) => s.pointLabels)).toBe(false);
    expect(chart?.title).toContain("61 partners");
    const sixty = buildRadarSheet(analysis(many.slice(0, RADAR_LABEL_LIMIT))).charts[0];
    expect(sixty?.series[2]?.pointLabels).toHaveLength(RADAR_LABEL_LIMIT);
  });

  it("writes no chart, and says why, when no partner is tiered", () => {
    const spec = buildRadarSheet(analysis([{ Partner: "Dune", Fit: null }]));
    expect(spec.charts).toEqual([]);
    expect(JSON.stringify(spec.blocks)).toContain("No tiered partner");
  });

  it("never writes two different values into one cell", () => {
    expect(paint(buildRadarSheet(analysis())).clashes).toEqual([]);
  });
});

describe("Radar sheet at scale", () => {
  it("sizes points by revenue up to RADAR_SIZED_POINTS points, and says so in the title beyond", async () => {
    const { RADAR_SIZED_POINTS } = await import("../../src/report/radar-sheet");
    const rows = (n: number) =>
      Array.from({ length: n }, (_, i): PartnerCells => ({
        Partner: `P${i}`,
        Roles: "Co-sell",
        Fit: 3,
        Impact: 3,
        Momentum: 3,
        Revenue: i,
      }));
    const at = buildRadarSheet(analysis(rows(RADAR_SIZED_POINTS))).charts[0];
    expect(at?.series[2]?.markerSizes).toHaveLength(RADAR_SIZED_POINTS);
    const over = buildRadarSheet(analysis(rows(RADAR_SIZED_POINTS + 1))).charts[0];
    expect(over?.series[2]?.markerSizes).toBeUndefined();
    expect(over?.title).toContain(`sized by revenue up to ${RADAR_SIZED_POINTS}`);
  });
});

describe("Radar sheet at Excel's size", () => {
  it("lists the points that fit above Excel's last row, draws only those, and says how many more there are", async () => {
    const { EXCEL_MAX_ROWS } = await import("../../src/report/sheet-spec");
    const small = analysis().radar;
    const [coSell, implement] = [small.points[0], small.points[2]];
    if (!coSell || !implement) throw new Error("fixture changed");
    // Two sectors, one point object repeated: 1,048,600 points, more than a sheet's rows.
    const points = [
      ...Array<typeof coSell>(1_000_000).fill(coSell),
      ...Array<typeof implement>(48_600).fill(implement),
    ];
    const sectors = [
      { ...small.sectors[0], sector: "Co-sell" as const, count: 1_000_000 },
      { ...small.sectors[1], sector: "Implement" as const, count: 48_600 },
    ] as typeof small.sectors;
    const spec = buildRadarSheet({ radar: { points, sectors } });
    const bottom = Math.max(...spec.blocks.map((b) => b.row + b.values.length));
    expect(bottom).toBeLessThanOrEqual(EXCEL_MAX_ROWS);
    const table = spec.tables.find((t) => t.name === RADAR_TABLE);
    const listed = (table?.range.rows ?? 0) - 1;
    expect(listed).toBeGreaterThan(1_048_000);
    const note = spec.blocks.find((b) => String(b.values[0]?.[0]).startsWith("… and"))?.values[0]?.[0];
    expect(note).toBe(
      `… and ${(points.length - listed).toLocaleString("en-US")} more partners past Excel's last row, not listed or drawn here (the JSON output lists every one).`,
    );
    const series = spec.charts[0]?.series.slice(2) ?? [];
    expect(series.map((s) => [s.name, s.values.range.rows])).toEqual([
      ["Co-sell", 1_000_000],
      ["Implement", listed - 1_000_000],
    ]);
    expect(spec.tables.find((t) => t.name === RADAR_SECTORS_TABLE)?.range.rows).toBe(3);
  }, 60_000);
});
