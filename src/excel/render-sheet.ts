import type {
  CellRange,
  CellStyle,
  ChartRange,
  ChartSpec,
  ConditionalFormatSpec,
  OutputSheetKey,
  SheetSpec,
} from "../report/sheet-spec";
import { formulaText } from "../report/sheet-spec";
import { type Batch, REQUEST_BUDGET_BYTES, rowChunksPaced, VALUES_WRITE_BYTES } from "./batch";
import { cellInputsPaced } from "./cell-input";
import { applyChartLook, applySeriesLook, chartPointOperations } from "./chart-look";

/** What rendering a sheet needs to know beyond its spec. */
export interface RenderContext {
  batch: Batch;
  /** The worksheet of every output sheet of this run, for charts that read another sheet. */
  sheets: Map<OutputSheetKey, Excel.Worksheet>;
  /** Table names as they will be in the workbook (free names when the wanted one is taken). */
  tableName: (wanted: string) => string;
  /**
   * Data validation needs ExcelApi 1.8; without it the template has no drop-downs. (Point label
   * text and lines spanning blanks need 1.8 too.)
   */
  canValidate: boolean;
  /** False when the caller freezes panes itself, in a later step (writeReport). */
  freeze?: boolean;
}

/** A column-width write in Office.js's request: two ObjectPaths, their actions, the SetProperty (measured ~280). */
const COLUMN_WIDTH_WRITE_BYTES = 320;

/** Office.js measures column width in points; a character of the default font is about 6. */
const POINTS_PER_CHARACTER = 6;

/**
 * Queues everything a SheetSpec holds onto a (new or cleared) worksheet: values in chunked
 * whole-range writes, number formats per column, tables, styles, conditional formats,
 * charts, validation, widths and frozen panes. Syncs only through the batch's budget.
 * @returns what must be queued after the next sync: each chart's series, built once the
 *   chart's default series are known (see addChart).
 */
export async function renderSheet(ws: Excel.Worksheet, spec: SheetSpec, ctx: RenderContext): Promise<(() => void)[]> {
  for (const block of spec.blocks) {
    // Paced: a 100,000-row block takes longer to prepare than a browser's long task (issue 11).
    const values = await cellInputsPaced(block.values);
    const cols = values[0]?.length ?? 0;
    if (cols === 0) continue;
    for (const chunk of await rowChunksPaced(values, REQUEST_BUDGET_BYTES / 2)) {
      await ctx.batch.reserve(chunk.bytes + VALUES_WRITE_BYTES);
      ws.getRangeByIndexes(block.row + chunk.start, block.col, chunk.end - chunk.start, cols).values = values.slice(
        chunk.start,
        chunk.end,
      );
    }
    const headerRows = block.headerRows ?? 0;
    const bodyRows = values.length - headerRows;
    block.numberFormats?.forEach((fmt, j) => {
      if (!fmt || bodyRows <= 0) return;
      // A 1×1 array is applied to every cell of the range (office-js-docs-pr#5400).
      ws.getRangeByIndexes(block.row + headerRows, block.col + j, bodyRows, 1).numberFormat = [[fmt]];
      ctx.batch.note(100);
    });
  }
  for (const table of spec.tables) {
    const t = ws.tables.add(rangeOf(ws, table.range), true);
    t.name = ctx.tableName(table.name);
    t.style = table.style;
    ctx.batch.note();
  }
  for (const { range, style } of spec.formats) applyStyle(rangeOf(ws, range).format, style);
  ctx.batch.note(spec.formats.length * 150);
  for (const cf of spec.conditionalFormats) addConditionalFormat(rangeOf(ws, cf.range), cf);
  ctx.batch.note(spec.conditionalFormats.length * 250);
  const finish = spec.charts.map((chart) => addChart(ws, spec.key, chart, ctx));
  ctx.batch.note(spec.charts.length * 1500);
  // Per-point marker sizes and labels (the radar): one request operation each.
  ctx.batch.note(spec.charts.reduce((n, c) => n + chartPointOperations(c), 0) * 200);
  if (ctx.canValidate) {
    for (const v of spec.validations) {
      const range = rangeOf(ws, v.range);
      range.dataValidation.rule = { list: { inCellDropDown: true, source: v.list.join(",") } };
      range.dataValidation.errorAlert = {
        message: v.errorMessage,
        showAlert: true,
        style: "Warning",
        title: "Not a listed value",
      };
    }
  }
  // One write per run of equal widths: a write per column cost about 500 bytes each in
  // Office.js's request, 8 MB for the 16,380-party template (issue 10).
  for (const run of widthRuns(spec.columnWidths)) {
    await ctx.batch.reserve(COLUMN_WIDTH_WRITE_BYTES);
    ws.getRangeByIndexes(0, run.col, 1, run.count).format.columnWidth = run.points;
  }
  if (spec.freeze && ctx.freeze !== false) {
    const { rows, cols } = spec.freeze;
    if (cols > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, Math.max(rows, 1), cols));
    else if (rows > 0) ws.freezePanes.freezeRows(rows);
  }
  if (spec.tabColor) ws.tabColor = spec.tabColor;
  return finish;
}

/** Column widths in points, one entry per run of adjacent columns of the same width. */
export function widthRuns(widths: (number | undefined)[]): { col: number; count: number; points: number }[] {
  const runs: { col: number; count: number; points: number }[] = [];
  for (let col = 0; col < widths.length; col++) {
    const chars = widths[col];
    if (chars === undefined || !(chars > 0)) continue;
    const points = Math.round(chars * POINTS_PER_CHARACTER);
    const last = runs[runs.length - 1];
    if (last && last.col + last.count === col && last.points === points) last.count++;
    else runs.push({ col, count: 1, points });
  }
  return runs;
}

function rangeOf(ws: Excel.Worksheet, r: CellRange): Excel.Range {
  return ws.getRangeByIndexes(r.row, r.col, r.rows, r.cols);
}

function applyStyle(format: Excel.RangeFormat, style: CellStyle): void {
  applyConditionalStyle(format, style);
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.hAlign)
    format.horizontalAlignment = style.hAlign === "center" ? "Center" : style.hAlign === "right" ? "Right" : "Left";
  if (style.vAlign)
    format.verticalAlignment = style.vAlign === "center" ? "Center" : style.vAlign === "top" ? "Top" : "Bottom";
}

/** The part of a style a conditional format can carry: fill and font colour, bold, italic. */
function applyConditionalStyle(
  format: { fill: { color: string }; font: { color: string; bold: boolean; italic: boolean } },
  style: CellStyle,
): void {
  if (style.fill) format.fill.color = style.fill;
  if (style.fontColor) format.font.color = style.fontColor;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
}

function addConditionalFormat(range: Excel.Range, cf: ConditionalFormatSpec): void {
  switch (cf.kind) {
    case "colorScale": {
      const f = range.conditionalFormats.add("ColorScale");
      f.colorScale.criteria = {
        minimum: { type: "LowestValue", color: cf.min },
        ...(cf.mid ? { midpoint: { formula: "50", type: "Percentile", color: cf.mid } } : {}),
        maximum: { type: "HighestValue", color: cf.max },
      };
      return;
    }
    case "equals": {
      const f = range.conditionalFormats.add("CellValue");
      applyConditionalStyle(f.cellValue.format, cf.style);
      f.cellValue.rule = { formula1: `=${formulaText(cf.value)}`, operator: "EqualTo" };
      return;
    }
    case "blank": {
      const f = range.conditionalFormats.add("PresetCriteria");
      applyConditionalStyle(f.preset.format, cf.style);
      f.preset.rule = { criterion: "Blanks" };
      return;
    }
  }
}

/** Office.js chart type names (the string values of Excel.ChartType). */
const CHART_TYPES: Record<ChartSpec["type"], `${Excel.ChartType}`> = {
  columnClustered: "ColumnClustered",
  columnStacked: "ColumnStacked",
  barStacked: "BarStacked",
  bubble: "Bubble",
  radar: "Radar",
  pie: "Pie",
  // Markers only: each series' own line (the radar's rings and sector lines) is set per series.
  scatter: "XYScatter",
  line: "LineMarkers",
};

/**
 * Native charts with explicit series (ExcelApi 1.7 series.add / setValues / setXAxisValues /
 * setBubbleSizes), so a chart shows exactly the ranges the report names, even across sheets.
 * As in Microsoft's bubble chart sample (OfficeDev/office-js-snippets,
 * samples/excel/10-chart/chart-bubble-chart.yaml): the chart is made over filled data, its
 * default series are removed and every series is added with `series.add`. How many default
 * series Excel made (none over blank cells) is known after a sync, so the chart is made now and
 * its series by the returned function, queued after the next sync.
 */
function addChart(ws: Excel.Worksheet, key: OutputSheetKey, spec: ChartSpec, ctx: RenderContext): () => void {
  const first = spec.series[0];
  if (!first) return () => undefined;
  const rangeFor = (r: ChartRange): Excel.Range => rangeOf(ctx.sheets.get(r.sheet ?? key) ?? ws, r.range);
  const chart = ws.charts.add(CHART_TYPES[spec.type], rangeFor(first.values), "Columns");
  chart.name = spec.name;
  chart.title.text = spec.title;
  const a = spec.anchor;
  chart.setPosition(
    ws.getRangeByIndexes(a.row, a.col, 1, 1),
    ws.getRangeByIndexes(a.row + a.rows - 1, a.col + a.cols - 1, 1, 1),
  );
  chart.legend.position = "Bottom";
  if (spec.xAxisTitle) chart.axes.categoryAxis.title.text = spec.xAxisTitle;
  if (spec.yAxisTitle) chart.axes.valueAxis.title.text = spec.yAxisTitle;
  const defaults = chart.series.load("items/name");
  return () => {
    for (const s of defaults.items) s.delete();
    for (const s of spec.series) {
      const series = chart.series.add(s.name);
      series.setValues(rangeFor(s.values));
      if (s.categories) series.setXAxisValues(rangeFor(s.categories));
      if (s.sizes) series.setBubbleSizes(rangeFor(s.sizes));
      // Scatter and line series are coloured by their markers and lines (applySeriesLook).
      if (s.color && spec.type !== "scatter" && spec.type !== "line") series.format.fill.setSolidColor(s.color);
      applySeriesLook(series, s, spec.type, ctx.canValidate);
    }
    applyChartLook(chart, spec, ctx.canValidate);
  };
}
