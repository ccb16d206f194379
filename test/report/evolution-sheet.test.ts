import { analyzeWorkbook } from "../../src/engine/analyze";
import {
  buildEvolutionSheet,
  EVOLUTION_CHART_PARTNERS,
  EVOLUTION_TABLE,
  EVOLUTION_TIERS_TABLE,
} from "../../src/report/evolution-sheet";
import { type PartnerCells, partnersTable, rawTable, settings } from "../engine/fixtures";
import { paint, tableProblems } from "./report-checks";
import { rangeValues, tableValues } from "./spec-cells";

const RUN = "2026-11-22T09:30:00Z";
const HISTORY = ["Taken at", "Partner", "Tier", "Rank", "Composite"];
const ROWS: PartnerCells[] = [
  { Partner: "Acme", Fit: 5, Impact: 5, Momentum: 5 },
  { Partner: "Bolt", Fit: 3, Impact: 3, Momentum: 3 },
  { Partner: "Cask", Fit: 1, Impact: 1, Momentum: 1 },
];
const history = rawTable(
  HISTORY,
  [
    ["2026-09-01T00:00:00Z", "Acme", "Focus", 1, 70],
    ["2026-09-01T00:00:00Z", "Cask", "Focus", 2, 55],
    ["2026-10-01T00:00:00Z", "Acme", "Focus", 1, 72],
    ["2026-10-01T00:00:00Z", "Bolt", "Focus", 2, 60],
    ["2026-10-01T00:00:00Z", "Cask", "Scale", 3, 40],
  ],
  { sheet: "Tier History" },
);
const analysis = (rows = ROWS) =>
  analyzeWorkbook({ partners: partnersTable(rows), history }, settings(), { runAt: RUN });

describe("Evolution sheet (SPEC §2.12, §3)", () => {
  it("lists per tiered partner the trajectory, signal, first, last and the tiers, in rank order", () => {
    const spec = buildEvolutionSheet(analysis());
    const rows = tableValues(spec, EVOLUTION_TABLE);
    expect(rows[0]).toEqual([
      "Rank",
      "Partner",
      "Trajectory",
      "Signal",
      "First",
      "Last",
      "Change",
      "Tier first",
      "Tier last",
      "Snapshots",
      "Since",
    ]);
    expect(rows.slice(1).map((r) => [r[1], r[2], r[3], r[4], r[5], r[7], r[8], r[9]])).toEqual([
      ["Acme", "Accelerating", "Deepen", 70, 100, "Focus", "Strategic", 3],
      ["Bolt", "Steady", "Keep", 60, 60, "Focus", "Focus", 2],
      ["Cask", "Regressing", "Review exit", 55, 20, "Focus", "Scale", 3],
    ]);
    expect(tableProblems([spec])).toEqual([]);
  });

  it("counts tiers per snapshot and draws them as a line chart, one series per scored tier", () => {
    const spec = buildEvolutionSheet(analysis());
    expect(tableValues(spec, EVOLUTION_TIERS_TABLE)).toEqual([
      ["Taken at", "Strategic", "Focus", "Scale", "Unscored"],
      ["2026-09-01T00:00:00Z", 0, 2, 0, 0],
      ["2026-10-01T00:00:00Z", 0, 2, 1, 0],
      [RUN, 1, 1, 1, 0],
    ]);
    const chart = spec.charts.find((c) => c.name === "TiersPerSnapshot");
    expect(chart?.type).toBe("line");
    expect(chart?.series.map((s) => s.name)).toEqual(["Strategic", "Focus", "Scale"]);
    expect(rangeValues(spec, chart?.series[1]?.values.range ?? { row: 0, col: 0, rows: 0, cols: 0 }).flat()).toEqual([
      2, 2, 1,
    ]);
  });

  it("charts the composites over time of the partners to deepen or review, gaps where a partner has no point", () => {
    const spec = buildEvolutionSheet(analysis());
    const chart = spec.charts.find((c) => c.name === "CompositesOverTime");
    expect(chart?.type).toBe("line");
    expect(chart?.blanks).toBe("span");
    expect(chart?.series.map((s) => s.name)).toEqual(["Acme (Deepen)", "Cask (Review exit)"]);
    const values = (i: number) =>
      rangeValues(spec, chart?.series[i]?.values.range ?? { row: 0, col: 0, rows: 0, cols: 0 }).flat();
    expect(values(0)).toEqual([70, 72, 100]);
    expect(values(1)).toEqual([55, 40, 20]);
  });

  it(`follows at most ${EVOLUTION_CHART_PARTNERS} partners, by rank`, () => {
    const many = Array.from({ length: 25 }, (_, i): PartnerCells => ({
      Partner: `P${String(i).padStart(2, "0")}`,
      Fit: 5,
      Impact: 5,
      Momentum: 5 - i / 100,
    }));
    const rows = many.map((p) => ["2026-10-01T00:00:00Z", p.Partner ?? "", "Focus", 1, 60] as (string | number)[]);
    const a = analyzeWorkbook(
      { partners: partnersTable(many), history: rawTable(HISTORY, rows, { sheet: "Tier History" }) },
      settings(),
      { runAt: RUN },
    );
    const chart = buildEvolutionSheet(a).charts.find((c) => c.name === "CompositesOverTime");
    expect(chart?.series).toHaveLength(EVOLUTION_CHART_PARTNERS);
    expect(chart?.series[0]?.name).toBe("P00 (Deepen)");
    expect(chart?.title).toContain("top 20 by rank");
  });

  it("says so, and draws no composites chart, when no partner is to deepen or review", () => {
    const spec = buildEvolutionSheet(analyzeWorkbook({ partners: partnersTable(ROWS) }, settings(), { runAt: RUN }));
    expect(spec.charts.map((c) => c.name)).toEqual(["TiersPerSnapshot"]);
    expect(JSON.stringify(spec.blocks)).toContain("No partner to deepen or to review for exit in this run.");
  });

  it("never writes two different values into one cell", () => {
    expect(paint(buildEvolutionSheet(analysis())).clashes).toEqual([]);
  });
});

describe("Evolution sheet at Excel's size", () => {
  it("lists the partners that fit above Excel's last row and says how many more there are", async () => {
    const { EXCEL_MAX_ROWS } = await import("../../src/report/sheet-spec");
    const a = analysis();
    const [first] = a.evolution.partners;
    if (!first) throw new Error("fixture changed");
    // One partner object repeated: 1,048,600 partners, more than a sheet's rows.
    const partners = Array<typeof first>(1_048_600).fill(first);
    const spec = buildEvolutionSheet({ ...a, evolution: { ...a.evolution, partners } });
    const bottom = Math.max(...spec.blocks.map((b) => b.row + b.values.length));
    expect(bottom).toBeLessThanOrEqual(EXCEL_MAX_ROWS);
    const listed = (spec.tables.find((t) => t.name === EVOLUTION_TABLE)?.range.rows ?? 0) - 1;
    expect(listed).toBeGreaterThan(1_048_000);
    const note = spec.blocks.find((b) => String(b.values[0]?.[0]).startsWith("… and"))?.values[0]?.[0];
    expect(note).toBe(
      `… and ${(partners.length - listed).toLocaleString("en-US")} more partners past Excel's last row, not listed here (the JSON output lists every one).`,
    );
  }, 60_000);
});
