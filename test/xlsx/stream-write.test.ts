/**
 * The streaming writer (src/xlsx/write-workbook.ts, one path for every size) gives the user the
 * same workbook as the ExcelJS model writer it replaced (test/support/exceljs-writer.ts): every
 * sheet's cells, values, number formats, fonts, fills, alignment, widths, frozen panes, tab
 * colours, conditional formats, drop-downs, tables, the ownership names, the settings sheet and
 * the chart parts — on the bundled sample, the sample sheets, a scenario, and a generated
 * 3,000-partner portfolio whose Tiering, Radar and Issues sheets run to thousands of rows.
 */
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeWorkbook } from "../../src/engine/analyze";
import { DEFAULT_SETTINGS } from "../../src/engine/model";
import { runScenario } from "../../src/engine/scenario";
import { buildReport } from "../../src/report";
import { buildResponsibilityTemplate } from "../../src/report/responsibility-template";
import { buildRetiredSheet } from "../../src/report/retired-sheet";
import { sampleSheets } from "../../src/report/sample-sheets";
import { emptySheet, EXCEL_MAX_CELL_TEXT, type SheetSpec } from "../../src/report/sheet-spec";
import { samplePortfolio } from "../../src/sample/sample-data";
import { syntheticWorkbook } from "../../src/sample/synthetic";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { writeWorkbookWithExcelJs } from "../support/exceljs-writer";
import { workbookPicture } from "../support/workbook-picture";

const RUN_AT = "2026-01-05T09:00:00.000Z";
const OPTIONS = { settingsText: JSON.stringify({ version: 1, note: "z".repeat(70_000) }), runAt: RUN_AT };
/** Generous: ExcelJS builds and re-reads a model of thousands of rows on a loaded 2-core machine. */
const BUDGET_MS = 240_000;

async function expectSameWorkbook(specs: SheetSpec[]): Promise<void> {
  const streamed = await workbookPicture(await writeWorkbook(specs, OPTIONS));
  const reference = await workbookPicture(await writeWorkbookWithExcelJs(specs, OPTIONS));
  expect(streamed.sheets.map((s) => s.name)).toEqual(reference.sheets.map((s) => s.name));
  for (const [i, sheet] of streamed.sheets.entries()) expect(sheet).toEqual(reference.sheets[i]);
  expect(streamed.definedNames).toEqual(reference.definedNames);
  expect(streamed.created).toEqual(reference.created);
  expect(streamed.charts).toEqual(reference.charts);
  expect(streamed.drawings).toEqual(reference.drawings);
}

/** Overlapping blocks, layered formats, text Excel would take as a formula, values Excel refuses. */
function edgeSpec(): SheetSpec {
  const spec = emptySheet("tiering", "Bob's Edge");
  spec.tabColor = "#0F6CBD";
  spec.columnWidths = [24, 12, 12, 12, 30];
  spec.freeze = { rows: 2, cols: 0 };
  spec.blocks.push(
    {
      row: 1,
      col: 0,
      headerRows: 1,
      numberFormats: [null, "0.0", "#,##0", "0.0%", "@"],
      values: [
        ["Partner", "Score", "Money", "Share", "Note"],
        ["=1+1", 1.5, 1000, 0.25, "+A1"],
        ["-2", Number.NaN, Number.POSITIVE_INFINITY, null, "@SUM(A1)"],
        ["x".repeat(EXCEL_MAX_CELL_TEXT + 5), true, false, -0, " lead and trail "],
        ["line\nbreak", 1e21, 1e-7, 123456789.125, "R&D <b> \"q\" 'a' \u0001\u007f"],
      ],
    },
    // A later block over the first: its values win where not null, its nulls change nothing.
    {
      row: 3,
      col: 1,
      values: [
        [null, 7],
        [8, null],
      ],
      numberFormats: ["0.00", null],
    },
    { row: 0, col: 0, values: [["Edge cases"]] },
  );
  spec.tables.push({ name: "PED_Edge", range: { row: 1, col: 0, rows: 5, cols: 5 }, style: "TableStyleMedium2" });
  spec.formats.push(
    { range: { row: 0, col: 0, rows: 1, cols: 1 }, style: { bold: true, fontSize: 16, fontColor: "#1B3A5C" } },
    { range: { row: 1, col: 0, rows: 1, cols: 5 }, style: { bold: true, fill: "#DCE9F7", hAlign: "center" } },
    {
      range: { row: 1, col: 2, rows: 3, cols: 2 },
      style: { italic: true, fill: "#C9EBD7", wrap: true, vAlign: "center" },
    },
    // Over cells no block fills: styled, empty cells.
    { range: { row: 8, col: 6, rows: 2, cols: 2 }, style: { vAlign: "top", hAlign: "right" } },
  );
  spec.conditionalFormats.push(
    { kind: "colorScale", range: { row: 2, col: 1, rows: 4, cols: 1 }, min: "#FFFFFF", max: "#1F5A96" },
    { kind: "colorScale", range: { row: 2, col: 2, rows: 4, cols: 1 }, min: "#FFFFFF", mid: "#9CC3E6", max: "#1F5A96" },
    {
      kind: "equals",
      range: { row: 2, col: 0, rows: 4, cols: 1 },
      value: 'Say "hi"',
      style: { fill: "#C9EBD7", fontColor: "#1E7B4F", bold: true },
    },
    { kind: "blank", range: { row: 2, col: 4, rows: 4, cols: 1 }, style: { italic: true } },
  );
  spec.validations.push({
    range: { row: 2, col: 3, rows: 4, cols: 1 },
    list: ["A", "R", "C&I"],
    errorMessage: 'Pick A, R or "C&I"',
  });
  return spec;
}

describe("the streaming writer writes the same sheets as the ExcelJS model writer it replaced", () => {
  it("on hand-made edge cases: overlapping blocks, layered formats, formula-like and over-long text", async () => {
    await expectSameWorkbook([edgeSpec(), emptySheet("issues", "Issues")]);
  });

  it(
    "on the bundled sample's full report, with a snapshot and a scenario",
    async () => {
      const sample = await readWorkbook(readFileSync(join(__dirname, "..", "..", "assets", "sample-partners.xlsx")));
      const analysis = analyzeWorkbook(sample.input, DEFAULT_SETTINGS, { runAt: RUN_AT });
      const data = samplePortfolio();
      const scenario = runScenario(
        analysis.portfolio,
        DEFAULT_SETTINGS,
        { remove: [String(data.partners[0]?.[0])], add: [String(data.candidates[0]?.[0])] },
        analysis,
      );
      await expectSameWorkbook(buildReport(analysis, { saveSnapshot: true, scenario }));
    },
    BUDGET_MS,
  );

  it(
    "on the sample sheets, the responsibility template and the retired sheets",
    async () => {
      const data = samplePortfolio();
      await expectSameWorkbook(sampleSheets(data).map((s) => s.spec));
      await expectSameWorkbook([
        buildResponsibilityTemplate(data.partners.map((p) => String(p[0]))),
        buildRetiredSheet("candidates"),
      ]);
    },
    BUDGET_MS,
  );

  it(
    "on a generated 3,000-partner portfolio (sheets of thousands of rows)",
    async () => {
      const analysis = analyzeWorkbook(syntheticWorkbook({ partners: 3000, capabilities: 60 }), DEFAULT_SETTINGS, {
        runAt: RUN_AT,
      });
      const specs = buildReport(analysis, { saveSnapshot: true });
      expect(Math.max(...specs.map((s) => s.blocks.reduce((n, b) => n + b.values.length, 0)))).toBeGreaterThan(3000);
      await expectSameWorkbook(specs);
    },
    BUDGET_MS,
  );

  it("writes the same bytes for the same specs and run, and a zip whose every part passes its CRC-32", async () => {
    const specs = [edgeSpec(), emptySheet("issues", "Issues")];
    const first = await writeWorkbook(specs, OPTIONS);
    const second = await writeWorkbook(specs, OPTIONS);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    const zip = await JSZip.loadAsync(first, { checkCRC32: true });
    const texts = await Promise.all(Object.values(zip.files).map((f) => f.async("string")));
    expect(texts.every((t) => t.startsWith("<?xml") || t.startsWith("<"))).toBe(true);
    expect(Object.values(zip.files).every((f) => f.date.toISOString() === "2026-01-05T09:00:00.000Z")).toBe(true);
  });
});
