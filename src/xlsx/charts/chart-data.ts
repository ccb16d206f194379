import { columnLetters } from "../../engine/ingest/addresses";
import { quoteSheetName } from "../../report/references";
import {
  blockRange,
  type CellRange,
  type CellValue,
  type ChartRange,
  type ChartSeriesSpec,
  type ChartSpec,
  excelValue,
  type OutputSheetKey,
  type SheetSpec,
} from "../../report/sheet-spec";

/** A chart data range as the chart part needs it: the formula, and the values it holds now. */
export interface SeriesData {
  /** "'Sheet Name'!$A$2:$A$5" */
  formula: string;
  /** One value per cell of the range, in reading order (null = empty cell). */
  cells: CellValue[];
  /** The number format of the range's cells, so cached values and axis labels match the sheet. */
  formatCode: string;
}

/** A series with every range resolved against the workbook's sheets. */
export interface ResolvedSeries {
  name: string;
  color?: string;
  values: SeriesData;
  categories?: SeriesData;
  sizes?: SeriesData;
  draw?: ChartSeriesSpec["draw"];
  markerSizes?: number[];
  pointLabels?: string[];
  hideInLegend?: boolean;
}

/**
 * The series of a chart with formulas on the actual sheet names and the cached values the
 * specs put in those cells, so viewers that do not recalculate still draw the chart. A series
 * whose range names a sheet that is not in this workbook is left out.
 * @example resolveSeries(chart, "summary", specs)[0]?.values.formula === "'Summary'!$B$5:$B$8"
 */
export function resolveSeries(chart: ChartSpec, owner: OutputSheetKey, specs: SheetSpec[]): ResolvedSeries[] {
  const resolved: ResolvedSeries[] = [];
  for (const s of chart.series) {
    const data = (r: ChartRange | undefined): SeriesData | null | undefined => {
      if (!r) return undefined;
      const sheet = specs.find((spec) => spec.key === (r.sheet ?? owner));
      return sheet ? seriesData(sheet, r.range) : null;
    };
    const values = data(s.values);
    const categories = data(s.categories);
    const sizes = data(s.sizes);
    if (!values || categories === null || sizes === null) continue;
    resolved.push({
      name: s.name,
      values,
      ...(s.color ? { color: s.color } : {}),
      ...(categories ? { categories } : {}),
      ...(sizes ? { sizes } : {}),
      ...(s.draw ? { draw: s.draw } : {}),
      ...(s.markerSizes ? { markerSizes: s.markerSizes } : {}),
      ...(s.pointLabels ? { pointLabels: s.pointLabels } : {}),
      ...(s.hideInLegend ? { hideInLegend: true } : {}),
    });
  }
  return resolved;
}

/**
 * `rangeValues(sheet, range).flat().map(excelValue)` made in one array: a chart of a million
 * points reads a column of a million rows, which rangeValues would hold as a million one-cell rows.
 */
export function rangeCells(sheet: Pick<SheetSpec, "blocks">, range: CellRange): CellValue[] {
  const cols = range.cols;
  const cells = new Array<CellValue>(Math.max(0, range.rows) * Math.max(0, cols)).fill(null);
  for (const block of sheet.blocks) {
    const b = blockRange(block);
    const r0 = Math.max(b.row, range.row);
    const r1 = Math.min(b.row + b.rows, range.row + range.rows);
    const c0 = Math.max(b.col, range.col);
    const c1 = Math.min(b.col + b.cols, range.col + range.cols);
    for (let i = r0; i < r1; i++) {
      const row = block.values[i - b.row];
      const at = (i - range.row) * cols - range.col;
      for (let j = c0; j < c1; j++) cells[at + j] = row?.[j - b.col] ?? null;
    }
  }
  for (let k = 0; k < cells.length; k++) cells[k] = excelValue(cells[k] as CellValue);
  return cells;
}

function seriesData(sheet: SheetSpec, range: CellRange): SeriesData {
  const tl = absolute(range.row + 1, range.col + 1);
  const br = absolute(range.row + range.rows, range.col + range.cols);
  const single = range.rows === 1 && range.cols === 1;
  return {
    formula: `${quoteSheetName(sheet.name)}!${single ? tl : `${tl}:${br}`}`,
    cells: rangeCells(sheet, range),
    formatCode: formatIn(sheet, range) ?? "General",
  };
}

/** "$B$5" from 1-based row and column. */
function absolute(row: number, col: number): string {
  return `$${columnLetters(col)}$${row}`;
}

/** The number format a block gives the range's first cell, if any (header rows have none). */
function formatIn(sheet: SheetSpec, range: CellRange): string | null {
  let format: string | null = null;
  for (const block of sheet.blocks) {
    const b = blockRange(block);
    const i = range.row - b.row;
    const j = range.col - b.col;
    if (i < 0 || j < 0 || i >= b.rows || j >= b.cols) continue;
    format = i >= (block.headerRows ?? 0) ? (block.numberFormats?.[j] ?? null) : null;
  }
  return format;
}
