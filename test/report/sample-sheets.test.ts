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
    ]);
  });

  it("covers the header and every row with the table and freezes the header", () => {
    for (const { spec } of sheets) {
      const block = spec.blocks[0]!;
      expect(spec.tables[0]?.range).toEqual({ row: 0, col: 0, rows: block.values.length, cols: block.values[0]?.length });
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
      { partners: table(0), capabilities: table(1), candidates: table(2), responsibilities: table(3), maturity: table(4) },
      DEFAULT_SETTINGS,
      { runAt: "2026-01-05T09:00:00Z" },
    );
    expect(analysis.tiering.partners).toHaveLength(samplePortfolio().partners.length);
    expect(analysis.issues.some((i) => i.message.includes("TBD"))).toBe(true);
    expect(analysis.candidates.length).toBeGreaterThan(0);
  });
});
