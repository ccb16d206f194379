/**
 * One worksheet part written row by row from its SheetSpec: no cell objects, no workbook model.
 * This module writes what surrounds the rows (view, columns, rules, validations, parts); the rows
 * are sheet-rows.ts, the shared strings shared-strings.ts — together what the earlier ExcelJS
 * writer produced cell by cell (test/xlsx/stream-write.test.ts compares the two).
 */
import { cellAddress } from "../../engine/ingest/addresses";
import { type CellRange, type ConditionalFormatSpec, formulaText, type SheetSpec } from "../../report/sheet-spec";
import type { SharedStrings } from "./shared-strings";
import { writeRows } from "./sheet-rows";
import { argb, type StyleBook } from "./styles";
import { xmlText } from "./text";
import type { PartWriter } from "./zip";

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

/** Writes the worksheet part of one spec. */
export async function writeSheet(
  spec: SheetSpec,
  parts: SheetParts,
  styles: StyleBook,
  strings: SharedStrings,
  out: PartWriter,
): Promise<void> {
  let head = HEAD;
  if (spec.tabColor) head += `<sheetPr><tabColor rgb="${argb(spec.tabColor)}"/></sheetPr>`;
  head += `<dimension ref="${dimension(spec)}"/>`;
  if (spec.freeze) head += `<sheetViews>${frozenView(spec.freeze)}</sheetViews>`;
  head += `<sheetFormatPr defaultRowHeight="15"/>`;
  head += columns(spec.columnWidths);
  out.write(`${head}<sheetData>`);
  await writeRows(spec, styles, strings, out);
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
