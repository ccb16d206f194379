/**
 * The ExcelJS writer renders a SheetSpec faithfully: values, number formats, an Excel table,
 * cell styles, conditional formats, a drop-down, widths, frozen panes; the settings sheet and
 * the ownership names; and text that Excel would take as a formula stays text.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { EXCEL_MAX_CELL_TEXT, emptySheet, type SheetSpec } from "../../src/report/sheet-spec";
import { SETTINGS_SHEET_NAME } from "../../src/report/settings-sheet";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { writeWorkbook } from "../../src/xlsx/write-workbook";

const RUN_AT = "2026-01-05T09:00:00.000Z";
const FORMULA_LIKE = ["=1+1", "+A1", "-2", "@SUM(A1)", '=HYPERLINK("http://x","y")'];

function tieringSpec(): SheetSpec {
  const spec = emptySheet("tiering", "My Tiering");
  spec.tabColor = "#0F6CBD";
  spec.columnWidths = [24, 12, 12];
  spec.freeze = { rows: 1, cols: 1 };
  spec.blocks.push({
    row: 0,
    col: 0,
    headerRows: 1,
    numberFormats: [null, "0.0", "#,##0"],
    values: [
      ["Partner", "Composite", "Investment"],
      ...FORMULA_LIKE.map((name, i) => [name, 50 + i, 1000 * i]),
      ["Too long", Number.POSITIVE_INFINITY, null],
      ["x".repeat(EXCEL_MAX_CELL_TEXT + 10), 1, 1],
    ],
  });
  spec.tables.push({ name: "PED_Test", range: { row: 0, col: 0, rows: 8, cols: 3 }, style: "TableStyleMedium2" });
  spec.formats.push({
    range: { row: 0, col: 0, rows: 1, cols: 3 },
    style: { bold: true, fill: "#DCE9F7", hAlign: "center" },
  });
  spec.conditionalFormats.push(
    { kind: "colorScale", range: { row: 1, col: 1, rows: 7, cols: 1 }, min: "#FFFFFF", max: "#1F5A96" },
    { kind: "colorScale", range: { row: 1, col: 2, rows: 7, cols: 1 }, min: "#FFFFFF", mid: "#9CC3E6", max: "#1F5A96" },
    {
      kind: "equals",
      range: { row: 1, col: 0, rows: 7, cols: 1 },
      value: 'Say "hi"',
      style: { fill: "#C9EBD7", fontColor: "#1E7B4F" },
    },
    { kind: "blank", range: { row: 1, col: 2, rows: 7, cols: 1 }, style: { italic: true } },
  );
  spec.validations.push({ range: { row: 1, col: 1, rows: 7, cols: 1 }, list: ["A", "R"], errorMessage: "Pick A or R" });
  return spec;
}

let bytes: Uint8Array;
let wb: ExcelJS.Workbook;
let ws: ExcelJS.Worksheet;
const settingsText = JSON.stringify({ version: 1, settings: { note: "y".repeat(70_000) } });

beforeAll(async () => {
  bytes = await writeWorkbook([tieringSpec(), emptySheet("issues", "Issues")], { settingsText, runAt: RUN_AT });
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const found = wb.getWorksheet("My Tiering");
  if (!found) throw new Error("no sheet");
  ws = found;
});

describe("writeWorkbook", () => {
  it("writes text that starts with = + - @ as text cells, never as formulas", async () => {
    FORMULA_LIKE.forEach((text, i) => {
      const cell = ws.getCell(i + 2, 1);
      expect({ text, type: cell.type, value: cell.value }).toEqual({
        text,
        type: ExcelJS.ValueType.String,
        value: text,
      });
    });
    const sheetXml = await (await JSZip.loadAsync(bytes)).file("xl/worksheets/sheet1.xml")?.async("string");
    expect(sheetXml).not.toMatch(/<f[ >]/);
  });

  it("applies each column's number format to the data rows, not to the header", () => {
    expect(ws.getCell("B1").numFmt).toBeUndefined();
    expect(ws.getCell("B2").numFmt).toBe("0.0");
    expect(ws.getCell("C3").numFmt).toBe("#,##0");
  });

  it("leaves a non-finite number empty, and cuts text Excel would refuse with an ellipsis", () => {
    expect(ws.getCell("B7").value).toBeNull();
    const long = String(ws.getCell("A8").value);
    expect(long).toHaveLength(EXCEL_MAX_CELL_TEXT);
    expect(long.endsWith("…")).toBe(true);
  });

  it("makes an Excel table with the spec's name, range and style", () => {
    const tables = (
      ws.getTables() as unknown as { table: { name: string; tableRef: string; style?: { theme?: string } } }[]
    ).map((t) => t.table);
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ name: "PED_Test", tableRef: "A1:C8" });
    expect(ws.getCell("A1").value).toBe("Partner");
  });

  it("styles cells, sizes columns, colours the tab and freezes panes", () => {
    expect(ws.getCell("A1").font).toMatchObject({ bold: true });
    expect(ws.getCell("B1").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFDCE9F7" } });
    expect(ws.getCell("C1").alignment).toMatchObject({ horizontal: "center" });
    expect([1, 2, 3].map((c) => ws.getColumn(c).width)).toEqual([24, 12, 12]);
    expect(ws.properties.tabColor).toEqual({ argb: "FF0F6CBD" });
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1 });
  });

  it("writes conditional formats in the spec's order, with Excel's quoting in equals rules", () => {
    const cfs = (
      ws as unknown as {
        conditionalFormattings: {
          ref: string;
          rules: { type: string; priority: number; formulae?: string[]; operator?: string; cfvo?: unknown[] }[];
        }[];
      }
    ).conditionalFormattings;
    expect(cfs.map((cf) => [cf.ref, cf.rules[0]?.type, cf.rules[0]?.priority])).toEqual([
      ["B2:B8", "colorScale", 1],
      ["C2:C8", "colorScale", 2],
      ["A2:A8", "cellIs", 3],
      ["C2:C8", "expression", 4],
    ]);
    expect(cfs[0]?.rules[0]?.cfvo).toHaveLength(2);
    expect(cfs[1]?.rules[0]?.cfvo).toHaveLength(3);
    expect(cfs[2]?.rules[0]?.formulae).toEqual(['"Say ""hi"""']);
  });

  it("writes the blank-cell rule as Excel's formula on the top-left cell, with no operator (ISO/IEC 29500 has no containsBlanks operator)", async () => {
    const cfs = (
      ws as unknown as {
        conditionalFormattings: { rules: { type: string; formulae?: string[]; operator?: string }[] }[];
      }
    ).conditionalFormattings;
    expect(cfs[3]?.rules[0]).toMatchObject({ type: "expression", formulae: ["LEN(TRIM(C2))=0"] });
    expect(cfs[3]?.rules[0]?.operator).toBeUndefined();
    const sheetXml = (await (await JSZip.loadAsync(bytes)).file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
    expect(sheetXml).toMatch(
      /<conditionalFormatting sqref="C2:C8"><cfRule type="expression" dxfId="\d+" priority="4"><formula>LEN\(TRIM\(C2\)\)=0<\/formula><\/cfRule>/,
    );
    expect(sheetXml).not.toMatch(/operator="containsBlanks"/);
  });

  it("adds the drop-down list to the range", () => {
    const validations = (
      ws as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }
    ).dataValidations.model;
    const rule = Object.entries(validations).find(([address]) => address.startsWith("B2"))?.[1];
    expect(rule).toMatchObject({ type: "list", formulae: ['"A,R"'] });
  });

  it("marks each sheet with a _PED_<key> name at its A1, quoting the sheet name", () => {
    const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
    expect(names).toEqual(
      expect.arrayContaining([
        { name: "_PED_tiering", ranges: ["'My Tiering'!$A$1"] },
        { name: "_PED_issues", ranges: ["Issues!$A$1"] },
      ]),
    );
  });

  it("stores settings longer than a cell holds across column A of the very hidden settings sheet", async () => {
    const settings = wb.getWorksheet(SETTINGS_SHEET_NAME);
    expect(settings?.state).toBe("veryHidden");
    expect(String(settings?.getCell("A4").value).length).toBeGreaterThan(0);
    expect((await readWorkbook(bytes)).storedSettings).toBe(settingsText);
  });

  it("dates the workbook with the run, and the reader sees its sheets as the add-in's own", async () => {
    expect(wb.created.toISOString()).toBe(RUN_AT);
    expect(wb.modified.toISOString()).toBe(RUN_AT);
    const { catalog } = await readWorkbook(bytes);
    expect(catalog.ownedSheets.sort()).toEqual(["Issues", "My Tiering"]);
    expect(catalog.sheets).toEqual(["My Tiering", "Issues"]);
  });
});
