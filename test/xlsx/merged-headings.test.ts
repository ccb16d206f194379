/**
 * Issue 14, SPEC §1: a phase heading merged across a RACI matrix's party columns. Excel keeps a
 * merged range's value in its upper-left cell only ("The value of a merged range is specified in
 * the cell of the range's upper-left corner", learn.microsoft.com, Range.Merge), so the heading
 * reads as an Activity with blank party cells: a section, not an activity, from a real .xlsx.
 */
import ExcelJS from "exceljs";
import { analyzeWorkbook } from "../../src/engine/analyze";
import { DEFAULT_SETTINGS } from "../../src/engine/model";
import { readWorkbook } from "../../src/xlsx/read-workbook";

async function matrixWithMergedHeadings(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const partners = wb.addWorksheet("Partners");
  partners.addRow(["Partner", "Fit", "Impact", "Momentum"]);
  partners.addRow(["Acme", 4, 4, 4]);
  const raci = wb.addWorksheet("Responsibilities");
  raci.addRow(["Activity", "Us", "Acme", "Legal"]);
  raci.addRow(["Initiation Phase"]);
  raci.mergeCells("A2:D2");
  raci.addRow(["Charter", "A", "R", "C"]);
  raci.addRow(["Planning Phase"]);
  raci.mergeCells("A4:D4");
  raci.addRow(["Plan", "A/R", "C", null]);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("a heading merged across the party columns, read from an .xlsx file", () => {
  it("reads the covered cells as empty and the heading as a section, not an activity", async () => {
    const { input } = await readWorkbook(await matrixWithMergedHeadings());
    expect(input.responsibilities?.rows[0]).toEqual(["Initiation Phase", null, null, null]);
    const analysis = analyzeWorkbook(input, DEFAULT_SETTINGS, { runAt: "2026-01-01T00:00:00Z" });
    expect(analysis.responsibility?.activities.map((a) => [a.section, a.activity, a.status])).toEqual([
      ["Initiation Phase", "Charter", "OK"],
      ["Planning Phase", "Plan", "OK"],
    ]);
    expect(analysis.issues.filter((i) => i.sheet === "Responsibilities")).toEqual([]);
  });
});
