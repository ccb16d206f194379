/**
 * Formulas in a .xlsx file as Excel saves them: a formula whose result is empty text
 * (=IF(A2="","",…), filled down a helper column) is a blank cell, not an uncalculated formula.
 */
import ExcelJS from "exceljs";
import { readWorkbook } from "../../src/xlsx/read-workbook";

async function workbookWith(cells: Record<string, ExcelJS.CellValue>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Partners");
  ws.addRow(["Partner", "Type", "Fit"]);
  for (const [address, value] of Object.entries(cells)) ws.getCell(address).value = value;
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("formula results read from a .xlsx file", () => {
  it("reads a formula that returned empty text as a blank cell", async () => {
    const bytes = await workbookWith({ A2: "Acme", B2: { formula: 'IF(A2="","","x")', result: "" }, C2: 4 });
    const { input } = await readWorkbook(bytes);
    expect(input.partners?.rows).toEqual([["Acme", " ", 4]]);
  });

  it("keeps rows whose only content is an empty-text formula out of the table", async () => {
    const bytes = await workbookWith({
      A2: "Acme",
      C2: 4,
      B3: { formula: 'IF(A3="","","x")', result: "" },
      B4: { formula: 'IF(A4="","","x")', result: "" },
    });
    const { input } = await readWorkbook(bytes);
    expect(input.partners?.rows).toEqual([["Acme", null, 4]]);
  });

  it("still reports a formula saved without any result as not calculated", async () => {
    const bytes = await workbookWith({ A2: "Acme", C2: { formula: "2*2" } as ExcelJS.CellFormulaValue });
    const { input } = await readWorkbook(bytes);
    expect(input.partners?.rows[0]?.[2]).toEqual({ kind: "error", code: "#UNCALCULATED" });
  });
});
