import { createOfficeGateway } from "../../src/excel/office-gateway";
import type { ExpectationRow } from "../../src/report/expectations-template";
import { createExcelNamespace, FakeWorkbook } from "./fake-excel";

const gatewayOver = (wb: FakeWorkbook) =>
  createOfficeGateway(createExcelNamespace(wb) as unknown as { run: typeof Excel.run }, () => true);
const ROWS: ExpectationRow[] = [
  { tier: "Strategic", minPipeline: 1_000_000, minRevenue: 500_000, maxInvestment: null },
  { tier: "Focus", minPipeline: null, minRevenue: 100_000, maxInvestment: 250_000 },
  { tier: "Scale", minPipeline: null, minRevenue: null, maxInvestment: 50_000 },
];

describe("saving tier expectations through Office.js (SPEC §2.10)", () => {
  it("creates an Expectations table on a new sheet when the workbook has none, blanks for no check", async () => {
    const wb = new FakeWorkbook().addSheet("Partners", [["Partner"]]);
    expect(await gatewayOver(wb).saveExpectations(ROWS)).toEqual({
      sheet: "Expectations",
      table: "Expectations",
      created: true,
    });
    const snap = wb.snapshot("Expectations");
    expect(snap.tables.map((t) => t.name)).toEqual(["Expectations"]);
    expect(["A1", "B1", "C1", "D1"].map((a) => snap.cells[a]?.value)).toEqual([
      "Tier",
      "Min Pipeline",
      "Min Revenue",
      "Max Investment",
    ]);
    expect(["A2", "B2", "C2", "D2"].map((a) => snap.cells[a]?.value ?? "")).toEqual([
      "Strategic",
      1_000_000,
      500_000,
      "",
    ]);
    expect(snap.cells["C3"]?.numberFormat).toBe("#,##0");
  });

  it("puts the new table beside a user's sheet already called Expectations, never over it", async () => {
    const wb = new FakeWorkbook().addSheet("Expectations", [["my notes"]]);
    const result = await gatewayOver(wb).saveExpectations(ROWS);
    expect(result.sheet).toBe("Expectations (2)");
    expect(wb.snapshot("Expectations").cells["A1"]?.value).toBe("my notes");
  });

  it("updates the rows of an existing table by tier, in place, leaving other columns and rows alone, and adds a missing tier", async () => {
    const wb = new FakeWorkbook()
      .addSheet("Rules", [
        ["Tier", "Notes", "Min Revenue", "Max Investment"],
        ["focus", "agreed Q1", 1, 2],
        ["Strategic", "", 3, 4],
      ])
      .addTable("Rules", "Expectations", "A1:D3");
    expect(await gatewayOver(wb).saveExpectations(ROWS)).toEqual({
      sheet: "Rules",
      table: "Expectations",
      created: false,
    });
    const snap = wb.snapshot("Rules");
    const row = (n: number) => ["A", "B", "C", "D"].map((c) => snap.cells[`${c}${n}`]?.value ?? "");
    expect(row(2)).toEqual(["focus", "agreed Q1", 100_000, 250_000]);
    expect(row(3)).toEqual(["Strategic", "", 500_000, ""]);
    expect(row(4)).toEqual(["Scale", "", "", 50_000]);
    expect(snap.tables[0]?.address).toMatch(/A1:D4$/);
  });
});
