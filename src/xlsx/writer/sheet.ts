/**
 * One worksheet part written row by row from its SheetSpec: no cell objects, no workbook model.
 * A cell's value is the last block's non-null value there; its look is the block column's number
 * format (data rows) with every format over it laid on in order — what the earlier ExcelJS writer
 * produced cell by cell (test/xlsx/stream-write.test.ts compares the two).
 */
import { cellAddress } from "../../engine/ingest/addresses";
import {
  type Block,
  type CellRange,
  type CellValue,
  type ConditionalFormatSpec,
  excelValue,
  formulaText,
  type SheetSpec,
} from "../../report/sheet-spec";
import { argb, type CellLook, overlay, type StyleBook } from "./styles";
import { columnLetters, xmlText } from "./text";
import type { PartWriter } from "./zip";

/** Strings go to the shared-string table once each. */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];
  count = 0;

  id(text: string): number {
    this.count++;
    let id = this.index.get(text);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(text);
      this.index.set(text, id);
    }
    return id;
  }

  get unique(): number {
    return this.list.length;
  }

  /** The xl/sharedStrings.xml part, written in pieces. */
  writeTo(out: PartWriter, textElement: (text: string) => string): void {
    out.write(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
        `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.count}" uniqueCount="${this.list.length}">`,
    );
    for (const text of this.list) out.write(`<si>${textElement(text)}</si>`);
    out.write("</sst>");
  }
}

export interface SheetParts {
  /** Relationship ids of the sheet's tables, in spec order. */
  tableIds: string[];
  /** Relationship id of the sheet's drawing, when it has charts. */
  drawingId?: string;
}

const HEAD =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ` +
  `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`;

/** A rectangle of rows [from, to) that applies to some columns. */
interface Layer {
  from: number;
  to: number;
  col: number;
  cols: number;
  apply: (look: CellLook) => CellLook;
}

/** Writes the worksheet part of one spec. */
export function writeSheet(
  spec: SheetSpec,
  parts: SheetParts,
  styles: StyleBook,
  strings: SharedStrings,
  out: PartWriter,
): void {
  let head = HEAD;
  if (spec.tabColor) head += `<sheetPr><tabColor rgb="${argb(spec.tabColor)}"/></sheetPr>`;
  head += `<dimension ref="${dimension(spec)}"/>`;
  if (spec.freeze) head += `<sheetViews>${frozenView(spec.freeze)}</sheetViews>`;
  head += `<sheetFormatPr defaultRowHeight="15"/>`;
  head += columns(spec.columnWidths);
  out.write(`${head}<sheetData>`);
  writeRows(spec, styles, strings, out);
  let tail = "</sheetData>";
  // Priority 1 is evaluated first: rules apply in the order the report lists them.
  spec.conditionalFormats.forEach((cf, i) => {
    tail += conditionalFormat(cf, i + 1, styles);
  });
  if (spec.validations.length > 0) {
    tail += `<dataValidations count="${spec.validations.length}">`;
    for (const v of spec.validations) {
      tail +=
        `<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorStyle="warning" ` +
        `error="${xmlText(v.errorMessage)}" sqref="${rangeAddress(v.range)}">` +
        `<formula1>${xmlText(`"${v.list.join(",")}"`)}</formula1></dataValidation>`;
    }
    tail += "</dataValidations>";
  }
  tail += `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`;
  if (parts.drawingId) tail += `<drawing r:id="${parts.drawingId}"/>`;
  if (parts.tableIds.length > 0)
    tail += `<tableParts count="${parts.tableIds.length}">${parts.tableIds.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`;
  out.write(`${tail}</worksheet>`);
}

/** The rows of sheetData, each written as soon as it is known. */
function writeRows(spec: SheetSpec, styles: StyleBook, strings: SharedStrings, out: PartWriter): void {
  const blocks = spec.blocks.filter((b) => b.values.length > 0 && (b.values[0]?.length ?? 0) > 0);
  const layers = layersOf(spec);
  let lastRow = 0;
  for (const b of blocks) lastRow = Math.max(lastRow, b.row + b.values.length);
  for (const l of layers) lastRow = Math.max(lastRow, l.to);
  const blockStarts = [...blocks].sort((a, b) => a.row - b.row);
  const layerStarts = layers.map((l, i) => ({ l, i })).sort((a, b) => a.l.from - b.l.from);
  const order = new Map(blocks.map((b, i) => [b, i]));

  let active: Block[] = [];
  let activeLayers: number[] = [];
  let nextBlock = 0;
  let nextLayer = 0;
  let looks: RowLooks = { lo: 0, hi: -1, xf: new Int32Array(0) };
  const lookCache = new Map<string, RowLooks>();
  const values: (CellValue | undefined)[] = [];

  for (let r = 0; r < lastRow; r++) {
    // Blocks and layers that start here join; those that ended leave.
    let changed = false;
    if (active.some((b) => b.row + b.values.length <= r)) active = active.filter((b) => b.row + b.values.length > r);
    while (nextBlock < blockStarts.length && (blockStarts[nextBlock] as Block).row <= r) {
      const b = blockStarts[nextBlock++] as Block;
      if (b.row + b.values.length > r) {
        active.push(b);
        active.sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0));
      }
    }
    if (activeLayers.some((i) => (layers[i] as Layer).to <= r)) {
      activeLayers = activeLayers.filter((i) => (layers[i] as Layer).to > r);
      changed = true;
    }
    while (nextLayer < layerStarts.length && (layerStarts[nextLayer]?.l.from ?? Infinity) <= r) {
      const { l, i } = layerStarts[nextLayer++] as { l: Layer; i: number };
      if (l.to > r) {
        activeLayers.push(i);
        changed = true;
      }
    }
    if (changed) {
      activeLayers.sort((a, b) => a - b);
      const key = activeLayers.join(",");
      let cached = lookCache.get(key);
      if (cached === undefined) {
        cached = rowLooks(
          activeLayers.map((i) => layers[i] as Layer),
          styles,
        );
        lookCache.set(key, cached);
      }
      looks = cached;
    }
    if (active.length === 0 && looks.hi < looks.lo) continue;

    // Each block lays its non-null values over the earlier ones'.
    let lo = looks.lo;
    let hi = looks.hi;
    for (const b of active) {
      const row = b.values[r - b.row] ?? [];
      for (let j = 0; j < row.length; j++) {
        const v = row[j];
        if (v === null || v === undefined) continue;
        const c = b.col + j;
        values[c] = v;
        if (hi < lo) lo = hi = c;
        else if (c < lo) lo = c;
        else if (c > hi) hi = c;
      }
    }
    if (hi < lo) continue;
    const rowNumber = r + 1;
    let xml = `<row r="${rowNumber}">`;
    for (let c = lo; c <= hi; c++) {
      const raw = values[c];
      const xf = c >= looks.lo && c <= looks.hi ? (looks.xf[c - looks.lo] ?? 0) : 0;
      if (raw === undefined && xf === 0) continue;
      values[c] = undefined;
      const v = raw === undefined ? null : excelValue(raw);
      const ref = columnLetters(c + 1) + rowNumber;
      const s = xf === 0 ? "" : ` s="${xf}"`;
      if (v === null) xml += `<c r="${ref}"${s}/>`;
      else if (typeof v === "number") xml += `<c r="${ref}"${s}><v>${v}</v></c>`;
      else if (typeof v === "boolean") xml += `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
      else xml += `<c r="${ref}"${s} t="s"><v>${strings.id(v)}</v></c>`;
    }
    out.write(`${xml}</row>`);
  }
}

/** Per column of a row, its cellXfs index, for one set of active layers. */
interface RowLooks {
  lo: number;
  hi: number;
  xf: Int32Array;
}

function rowLooks(layers: Layer[], styles: StyleBook): RowLooks {
  if (layers.length === 0) return { lo: 0, hi: -1, xf: new Int32Array(0) };
  const lo = Math.min(...layers.map((l) => l.col));
  const hi = Math.max(...layers.map((l) => l.col + l.cols - 1));
  const xf = new Int32Array(hi - lo + 1);
  for (let c = lo; c <= hi; c++) {
    let look: CellLook = {};
    for (const l of layers) if (c >= l.col && c < l.col + l.cols) look = l.apply(look);
    xf[c - lo] = styles.xf(look);
  }
  return { lo, hi, xf };
}

/**
 * The number formats of the blocks' data rows, then the formats, in the order the writer lays
 * them on (a later number format wins; a format merges into the font and alignment).
 */
function layersOf(spec: SheetSpec): Layer[] {
  const layers: Layer[] = [];
  for (const b of spec.blocks) {
    const from = b.row + (b.headerRows ?? 0);
    const to = b.row + b.values.length;
    if (to <= from) continue;
    const width = b.values[0]?.length ?? 0;
    b.numberFormats?.forEach((fmt, j) => {
      if (!fmt || j >= width) return;
      layers.push({ from, to, col: b.col + j, cols: 1, apply: (look) => ({ ...look, numFmt: fmt }) });
    });
  }
  for (const { range, style } of spec.formats) {
    if (range.rows <= 0 || range.cols <= 0) continue;
    layers.push({
      from: range.row,
      to: range.row + range.rows,
      col: range.col,
      cols: range.cols,
      apply: (look) => overlay(look, style),
    });
  }
  return layers;
}

/** The used range: every block and format. */
function dimension(spec: SheetSpec): string {
  const ranges: CellRange[] = [
    ...spec.blocks.map((b) => ({ row: b.row, col: b.col, rows: b.values.length, cols: b.values[0]?.length ?? 0 })),
    ...spec.formats.map((f) => f.range),
  ].filter((r) => r.rows > 0 && r.cols > 0);
  if (ranges.length === 0) return "A1";
  let [top, left, bottom, right] = [Infinity, Infinity, 0, 0];
  for (const r of ranges) {
    top = Math.min(top, r.row);
    left = Math.min(left, r.col);
    bottom = Math.max(bottom, r.row + r.rows);
    right = Math.max(right, r.col + r.cols);
  }
  return rangeAddress({ row: top, col: left, rows: bottom - top, cols: right - left });
}

/** ExcelJS's frozen view: the pane's split, the first scrolling cell, and the active pane. */
function frozenView(freeze: { rows: number; cols: number }): string {
  const pane = freeze.cols && freeze.rows ? "bottomRight" : freeze.cols ? "topRight" : "bottomLeft";
  const x = freeze.cols ? ` xSplit="${freeze.cols}"` : "";
  const y = freeze.rows ? ` ySplit="${freeze.rows}"` : "";
  return (
    `<sheetView workbookViewId="0"><pane${x}${y} topLeftCell="${cellAddress(freeze.rows + 1, freeze.cols + 1)}" ` +
    `activePane="${pane}" state="frozen"/><selection pane="${pane}"/></sheetView>`
  );
}

/**
 * ExcelJS's default column width: a column of exactly this width was left at the sheet's
 * default by the earlier writer, and still is, so the columns look as they did.
 */
const DEFAULT_WIDTH = 9;

/** Column widths, one `<col>` per run of equal widths. */
function columns(widths: number[]): string {
  let xml = "";
  for (let i = 0; i < widths.length;) {
    let j = i;
    while (j + 1 < widths.length && widths[j + 1] === widths[i]) j++;
    if (widths[i] !== DEFAULT_WIDTH) xml += `<col min="${i + 1}" max="${j + 1}" width="${widths[i]}" customWidth="1"/>`;
    i = j + 1;
  }
  return xml ? `<cols>${xml}</cols>` : "";
}

function conditionalFormat(cf: ConditionalFormatSpec, priority: number, styles: StyleBook): string {
  const ref = rangeAddress(cf.range);
  let rule: string;
  switch (cf.kind) {
    case "colorScale": {
      const cfvo = cf.mid
        ? '<cfvo type="min"/><cfvo type="percentile" val="50"/><cfvo type="max"/>'
        : '<cfvo type="min"/><cfvo type="max"/>';
      const colors = (cf.mid ? [cf.min, cf.mid, cf.max] : [cf.min, cf.max])
        .map((c) => `<color rgb="${argb(c)}"/>`)
        .join("");
      rule = `<cfRule type="colorScale" priority="${priority}"><colorScale>${cfvo}${colors}</colorScale></cfRule>`;
      break;
    }
    case "equals":
      rule =
        `<cfRule type="cellIs" dxfId="${styles.dxf(cf.style)}" priority="${priority}" operator="equal">` +
        `<formula>${xmlText(formulaText(cf.value))}</formula></cfRule>`;
      break;
    case "blank":
      // Excel's own "blank cells" rule: this formula on the range's top-left cell (relative, so
      // it moves with each cell). ISO/IEC 29500's ST_ConditionalFormattingOperator has no
      // "containsBlanks" operator; Excel repairs a file that uses one and drops the sheet's rules.
      rule =
        `<cfRule type="expression" dxfId="${styles.dxf(cf.style)}" priority="${priority}">` +
        `<formula>LEN(TRIM(${cellAddress(cf.range.row + 1, cf.range.col + 1)}))=0</formula></cfRule>`;
      break;
  }
  return `<conditionalFormatting sqref="${ref}">${rule}</conditionalFormatting>`;
}

export function rangeAddress(range: CellRange): string {
  const tl = cellAddress(range.row + 1, range.col + 1);
  return range.rows === 1 && range.cols === 1
    ? tl
    : `${tl}:${cellAddress(range.row + range.rows, range.col + range.cols)}`;
}
