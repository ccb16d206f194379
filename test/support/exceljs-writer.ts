/**
 * The writer the command line used before issue 11: ExcelJS's in-memory workbook model, charts
 * injected afterwards. Kept as the reference that the streaming writer (src/xlsx/write-workbook.ts)
 * must match sheet for sheet (test/xlsx/stream-write.test.ts). Not used by the product.
 */
import ExcelJS from "exceljs";
import { cellAddress } from "../../src/engine/ingest/addresses";
import { quoteSheetName } from "../../src/report/references";
import { ownershipName, SETTINGS_SHEET_NAME, settingsSheetValues } from "../../src/report/settings-sheet";
import {
  type CellRange,
  type ConditionalFormatSpec,
  excelValue,
  formulaText,
  rangeValues,
  type SheetSpec,
} from "../../src/report/sheet-spec";
import JSZip from "jszip";
import { argb } from "../../src/xlsx/writer/styles";
import { addChartsToPackage } from "./exceljs-writer/inject";
import { alignmentOf, dxfStyle, fillOf, fontOf } from "./exceljs-writer/styles";

export interface WriteOptions {
  /** Settings JSON stored on the hidden settings sheet. */
  settingsText: string;
  /** ISO timestamp of the run: the workbook's created/modified dates, for repeatable files. */
  runAt: string;
}

/**
 * Renders SheetSpecs into a new .xlsx workbook with ExcelJS: values, number formats, Excel
 * tables, cell styles, conditional formats, data validation, widths and frozen panes.
 * ExcelJS writes no charts; the chart specs are added to the package by `addChartsToPackage`.
 */
export async function writeWorkbookWithExcelJs(specs: SheetSpec[], options: WriteOptions): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const when = new Date(options.runAt);
  if (!Number.isNaN(when.getTime())) {
    wb.created = when;
    wb.modified = when;
  }
  wb.creator = "Partner Ecosystem Designer";
  for (const spec of specs) {
    renderSheet(wb, spec);
    wb.definedNames.add(`${quoteSheetName(spec.name)}!$A$1`, ownershipName(spec.key));
  }
  const settings = wb.addWorksheet(SETTINGS_SHEET_NAME, { state: "veryHidden" });
  settingsSheetValues(options.settingsText).forEach((row, i) => {
    settings.getCell(i + 1, 1).value = row[0] ?? null;
  });
  const buffer = await wb.xlsx.writeBuffer();
  const zip = await JSZip.loadAsync(new Uint8Array(buffer as ArrayBuffer));
  await addChartsToPackage(zip, specs);
  // ExcelJS stamps every part with the clock; the run's time makes the file repeatable, byte for byte.
  const stamp = Number.isNaN(when.getTime()) ? new Date(0) : when;
  for (const file of Object.values(zip.files)) file.date = stamp;
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

function renderSheet(wb: ExcelJS.Workbook, spec: SheetSpec): void {
  const ws = wb.addWorksheet(spec.name, {
    properties: spec.tabColor ? { tabColor: { argb: argb(spec.tabColor) } } : {},
    views: spec.freeze ? [{ state: "frozen", xSplit: spec.freeze.cols, ySplit: spec.freeze.rows }] : [],
  });
  spec.columnWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (const table of spec.tables) addTable(ws, spec, table.name, table.range, table.style);
  for (const block of spec.blocks) {
    const headerRows = block.headerRows ?? 0;
    block.values.forEach((row, i) => {
      const r = ws.getRow(block.row + i + 1);
      row.forEach((value, j) => {
        const cell = r.getCell(block.col + j + 1);
        const v = excelValue(value);
        if (v !== null) cell.value = v;
        const fmt = i >= headerRows ? block.numberFormats?.[j] : null;
        if (fmt) cell.numFmt = fmt;
      });
    });
  }
  for (const { range, style } of spec.formats) {
    const font = fontOf(style);
    const fill = fillOf(style);
    const alignment = alignmentOf(style);
    eachCell(range, (row, col) => {
      const cell = ws.getCell(row, col);
      if (font) cell.font = { ...cell.font, ...font };
      if (fill) cell.fill = fill;
      if (alignment) cell.alignment = { ...cell.alignment, ...alignment };
    });
  }
  // Priority 1 is evaluated first: rules apply in the order the report lists them.
  spec.conditionalFormats.forEach((cf, i) => ws.addConditionalFormatting(conditional(cf, i + 1)));
  for (const v of spec.validations) {
    validationsOf(ws).add(rangeAddress(v.range), {
      type: "list",
      allowBlank: true,
      formulae: [`"${v.list.join(",")}"`],
      showErrorMessage: true,
      errorStyle: "warning",
      error: v.errorMessage,
    });
  }
}

/** ExcelJS supports range-wide data validation but leaves it out of its typings. */
function validationsOf(ws: ExcelJS.Worksheet): { add(address: string, validation: ExcelJS.DataValidation): void } {
  return (ws as unknown as { dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void } })
    .dataValidations;
}

/** ExcelJS writes the table's cells itself, from the rows we pass it. */
function addTable(ws: ExcelJS.Worksheet, spec: SheetSpec, name: string, range: CellRange, style: string): void {
  const values = rangeValues(spec, range);
  const [header = [], ...rows] = values;
  ws.addTable({
    name,
    displayName: name,
    ref: cellAddress(range.row + 1, range.col + 1),
    headerRow: true,
    totalsRow: false,
    style: { theme: style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: header.map((h) => ({ name: String(h ?? ""), filterButton: true })),
    rows: rows.map((r) => r.map((v) => excelValue(v))),
  });
}

function conditional(cf: ConditionalFormatSpec, priority: number): ExcelJS.ConditionalFormattingOptions {
  const ref = rangeAddress(cf.range);
  switch (cf.kind) {
    case "colorScale":
      return {
        ref,
        rules: [
          {
            type: "colorScale",
            priority,
            cfvo: cf.mid
              ? [{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }]
              : [{ type: "min" }, { type: "max" }],
            color: (cf.mid ? [cf.min, cf.mid, cf.max] : [cf.min, cf.max]).map((c) => ({ argb: argb(c) })),
          } as ExcelJS.ColorScaleRuleType,
        ],
      };
    case "equals":
      return {
        ref,
        rules: [
          { type: "cellIs", operator: "equal", priority, formulae: [formulaText(cf.value)], style: dxfStyle(cf.style) },
        ],
      };
    case "blank":
      // Excel's own "blank cells" rule is this formula on the range's top-left cell (relative, so
      // it moves with each cell). Not ExcelJS's containsText rule with operator "containsBlanks":
      // it writes that operator verbatim, which ISO/IEC 29500's ST_ConditionalFormattingOperator
      // does not allow, and Excel then repairs the file and drops the sheet's rules.
      return {
        ref,
        rules: [
          {
            type: "expression",
            priority,
            formulae: [`LEN(TRIM(${cellAddress(cf.range.row + 1, cf.range.col + 1)}))=0`],
            style: dxfStyle(cf.style),
          },
        ],
      };
  }
}

function eachCell(range: CellRange, fn: (row: number, col: number) => void): void {
  for (let r = 0; r < range.rows; r++) for (let c = 0; c < range.cols; c++) fn(range.row + r + 1, range.col + c + 1);
}

function rangeAddress(range: CellRange): string {
  const tl = cellAddress(range.row + 1, range.col + 1);
  return range.rows === 1 && range.cols === 1
    ? tl
    : `${tl}:${cellAddress(range.row + range.rows, range.col + range.cols)}`;
}
