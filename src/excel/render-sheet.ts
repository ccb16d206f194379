import type {
  CellRange,
  CellStyle,
  ChartRange,
  ChartSpec,
  ConditionalFormatSpec,
  OutputSheetKey,
  SheetSpec,
} from "../report/sheet-spec";
import { type Batch, REQUEST_BUDGET_BYTES, rowChunks } from "./batch";
import { cellInputs } from "./cell-input";

/** What rendering a sheet needs to know beyond its spec. */
export interface RenderContext {
  batch: Batch;
  /** The worksheet of every output sheet of this run, for charts that read another sheet. */
  sheets: Map<OutputSheetKey, Excel.Worksheet>;
  /** Table names as they will be in the workbook (free names when the wanted one is taken). */
  tableName: (wanted: string) => string;
  /** Data validation needs ExcelApi 1.8; without it the template has no drop-downs. */
  canValidate: boolean;
}

/** Office.js measures column width in points; a character of the default font is about 6. */
const POINTS_PER_CHARACTER = 6;

/**
 * Queues everything a SheetSpec holds onto a (new or cleared) worksheet: values in chunked
 * whole-range writes, number formats per column, tables, styles, conditional formats,
 * charts, validation, widths and frozen panes. Syncs only through the batch's budget.
 */
export async function renderSheet(ws: Excel.Worksheet, spec: SheetSpec, ctx: RenderContext): Promise<void> {
  for (const block of spec.blocks) {
    const values = cellInputs(block.values);
    const cols = values[0]?.length ?? 0;
    if (cols === 0) continue;
    for (const chunk of rowChunks(values, REQUEST_BUDGET_BYTES / 2)) {
      await ctx.batch.reserve(chunk.bytes + 100);
      ws.getRangeByIndexes(block.row + chunk.start, block.col, chunk.end - chunk.start, cols).values = values.slice(chunk.start, chunk.end);
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
  for (const chart of spec.charts) addChart(ws, spec.key, chart, ctx);
  ctx.batch.note(spec.charts.length * 600);
  if (ctx.canValidate) {
    for (const v of spec.validations) {
      const range = rangeOf(ws, v.range);
      range.dataValidation.rule = { list: { inCellDropDown: true, source: v.list.join(",") } };
      range.dataValidation.errorAlert = { message: v.errorMessage, showAlert: true, style: "Warning", title: "Not a listed value" };
    }
  }
  spec.columnWidths.forEach((chars, col) => {
    ws.getRangeByIndexes(0, col, 1, 1).format.columnWidth = Math.round(chars * POINTS_PER_CHARACTER);
  });
  if (spec.freeze) {
    const { rows, cols } = spec.freeze;
    if (cols > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, Math.max(rows, 1), cols));
    else if (rows > 0) ws.freezePanes.freezeRows(rows);
  }
  if (spec.tabColor) ws.tabColor = spec.tabColor;
}

function rangeOf(ws: Excel.Worksheet, r: CellRange): Excel.Range {
  return ws.getRangeByIndexes(r.row, r.col, r.rows, r.cols);
}

function applyStyle(format: Excel.RangeFormat, style: CellStyle): void {
  applyConditionalStyle(format, style);
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.hAlign) format.horizontalAlignment = style.hAlign === "center" ? "Center" : style.hAlign === "right" ? "Right" : "Left";
  if (style.vAlign) format.verticalAlignment = style.vAlign === "center" ? "Center" : style.vAlign === "top" ? "Top" : "Bottom";
}

/** The part of a style a conditional format can carry: fill and font colour, bold, italic. */
function applyConditionalStyle(format: { fill: { color: string }; font: { color: string; bold: boolean; italic: boolean } }, style: CellStyle): void {
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
      f.cellValue.rule = { formula1: `="${cf.value.replace(/"/g, '""')}"`, operator: "EqualTo" };
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
};

/**
 * Native charts with explicit series (ExcelApi 1.7 series.add / setValues / setXAxisValues /
 * setBubbleSizes), so a chart shows exactly the ranges the report names, even across sheets.
 */
function addChart(ws: Excel.Worksheet, key: OutputSheetKey, spec: ChartSpec, ctx: RenderContext): void {
  const first = spec.series[0];
  if (!first) return;
  const rangeFor = (r: ChartRange): Excel.Range => rangeOf(ctx.sheets.get(r.sheet ?? key) ?? ws, r.range);
  const chart = ws.charts.add(CHART_TYPES[spec.type], rangeFor(first.values), "Columns");
  chart.name = spec.name;
  chart.title.text = spec.title;
  const a = spec.anchor;
  chart.setPosition(ws.getRangeByIndexes(a.row, a.col, 1, 1), ws.getRangeByIndexes(a.row + a.rows - 1, a.col + a.cols - 1, 1, 1));
  chart.legend.position = "Bottom";
  spec.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    series.name = s.name;
    series.setValues(rangeFor(s.values));
    if (s.categories) series.setXAxisValues(rangeFor(s.categories));
    if (s.sizes) series.setBubbleSizes(rangeFor(s.sizes));
    if (s.color) series.format.fill.setSolidColor(s.color);
  });
  if (spec.xAxisTitle) chart.axes.categoryAxis.title.text = spec.xAxisTitle;
  if (spec.yAxisTitle) chart.axes.valueAxis.title.text = spec.yAxisTitle;
}
