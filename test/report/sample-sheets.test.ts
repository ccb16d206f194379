import { tableFromGrid } from "../../src/engine/ingest/grid";
import { analyzeWorkbook } from "../../src/engine/analyze";
import { DEFAULT_SETTINGS, type RawCell } from "../../src/engine/model";
import { sampleSheets } from "../../src/report/sample-sheets";
import { samplePortfolio } from "../../src/sample/sample-data";

describe("sampleSheets", () => {
  const sheets = sampleSheets(samplePortfolio());

  it("makes one sheet per sample input, each an Excel table named like the input", () => {
    expect(sheets.map((s) => [s.input, s.spec.name, s.spec.tables[0]?.name])).toEqual([
      ["partners", "Partners", "Partners"],
      ["capabilities", "Capabilities", "Capabilities"],
      ["candidates", "Candidates", "Candidates"],
      ["responsibilities", "Responsibilities", "Responsibilities"],
      ["maturity", "Maturity", "Maturity"],
      ["expectations", "Expectations", "Expectations"],
    ]);
  });

  it("covers the header and every row with the table and freezes the header", () => {
    for (const { spec } of sheets) {
      const block = spec.blocks[0]!;
      expect(spec.tables[0]?.range).toEqual({
        row: 0,
        col: 0,
        rows: block.values.length,
        cols: block.values[0]?.length,
      });
      expect(block.values.every((r) => r.length === block.values[0]?.length)).toBe(true);
      expect(spec.freeze).toEqual({ rows: 1, cols: 0 });
      expect(spec.columnWidths).toHaveLength(block.values[0]!.length);
    }
  });

  it("analyses as the sample workbook does: every partner read, the sample's deliberate issues listed", () => {
    const table = (i: number) => {
      const { spec } = sheets[i]!;
      return tableFromGrid(spec.name, spec.name, spec.blocks[0]!.values as RawCell[][], { row: 1, column: 1 });
    };
    const analysis = analyzeWorkbook(
      {
        partners: table(0),
        capabilities: table(1),
        candidates: table(2),
        responsibilities: table(3),
        maturity: table(4),
        expectations: table(5),
      },
      DEFAULT_SETTINGS,
      { runAt: "2026-01-05T09:00:00Z" },
    );
    expect(analysis.tiering.partners).toHaveLength(samplePortfolio().partners.length);
    expect(analysis.issues.some((i) => i.message.includes("TBD"))).toBe(true);
    expect(analysis.candidates.length).toBeGreaterThan(0);
    expect(analysis.expectations.defined).toBe(true);
    expect(analysis.expectations.totals.below).toBeGreaterThan(0);
  });
});

describe("the sample's Tier History (three earlier runs)", () => {
  it("makes partners accelerate, stall and regress, so the Evolution sheet has all three to show", async () => {
    const { SAMPLE_SNAPSHOTS } = await import("../../src/sample/sample-data");
    const sample = samplePortfolio();
    const grid = (sheet: string, headers: string[], rows: RawCell[][]) =>
      tableFromGrid(sheet, sheet, [headers, ...rows], { row: 1, column: 1 });
    const analysis = analyzeWorkbook(
      {
        partners: grid("Partners", sample.partnerHeaders, sample.partners as RawCell[][]),
        history: grid("Tier History", sample.historyHeaders, sample.history as RawCell[][]),
      },
      DEFAULT_SETTINGS,
      { runAt: "2026-12-01T09:00:00Z" },
    );
    expect(SAMPLE_SNAPSHOTS.every((t) => t < "2026-12-01")).toBe(true);
    expect(analysis.issues.filter((i) => i.sheet === "Tier History")).toEqual([]);
    const { totals } = analysis.evolution;
    expect([totals.accelerating, totals.stalled, totals.regressing].every((n) => n > 0)).toBe(true);
    expect([totals.deepen, totals.reviewExit].every((n) => n > 0)).toBe(true);
    expect(analysis.evolution.snapshots.map((s) => s.takenAt)).toEqual([...SAMPLE_SNAPSHOTS, "2026-12-01T09:00:00Z"]);
  });
});
