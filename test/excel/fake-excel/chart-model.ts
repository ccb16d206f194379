/** Chart rules: chart types, series created from a source range, default layout and positions. */
import { formatRef } from "./address";
import { excelError } from "./errors";
import { getCell } from "./cells";
import type { ChartModel, RangeRef, SeriesModel, SheetModel, TitleModel } from "./model";
import { colLeft, rowTop } from "./range";
import type { FakeWorkbook } from "./workbook";
import { CHART_TYPES } from "./enums";

export function checkChartType(type: unknown, where: string): string {
  if (typeof type !== "string" || type === "Invalid" || !CHART_TYPES.includes(type)) {
    throw excelError("InvalidArgument", `Unknown chart type '${String(type)}'.`, where);
  }
  return type;
}

export function checkSeriesBy(v: unknown): string {
  if (v === undefined || v === null) return "Auto";
  if (v !== "Auto" && v !== "Columns" && v !== "Rows")
    throw excelError("InvalidArgument", undefined, "ChartCollection.add");
  return v;
}

const title = (text: string, visible: boolean): TitleModel => ({ text, visible, props: {} });
const newSeries = (name: string): SeriesModel => ({ name, props: {}, deleted: false });

/** Builds series the way Excel does for a source block: header row/column become names/categories. */
export function autoSeries(type: string, src: RangeRef, seriesBy: string): { series: SeriesModel[]; by: string } {
  const { sheet, rect } = src;
  const by = seriesBy === "Auto" ? (rect.cols > rect.rows ? "Rows" : "Columns") : seriesBy;
  const lines = by === "Columns" ? rect.cols : rect.rows;
  const points = by === "Columns" ? rect.rows : rect.cols;
  // cell(line, point) in series orientation
  const at = (line: number, point: number) =>
    by === "Columns"
      ? getCell(sheet, rect.r0 + point, rect.c0 + line)
      : getCell(sheet, rect.r0 + line, rect.c0 + point);
  const isText = (line: number, point: number) => typeof at(line, point)?.value === "string";
  const isEmpty = (line: number, point: number) => (at(line, point)?.value ?? null) === null;
  const cornerEmpty = isEmpty(0, 0);
  let headerPoint = false;
  for (let l = 0; l < lines; l++) if (isText(l, 0) && (l > 0 || lines === 1)) headerPoint = true;
  if (cornerEmpty && lines > 1 && points > 1) headerPoint = true;
  let labelLine = false;
  if (lines > 1) for (let p = headerPoint ? 1 : 0; p < points; p++) if (isText(0, p)) labelLine = true;
  if (cornerEmpty && headerPoint && lines > 1) labelLine = true;
  const xy = type.startsWith("XYScatter") || type.startsWith("Bubble");
  if (xy && lines > 1) labelLine = true;
  const slice = (line: number, from: number, to: number): RangeRef =>
    by === "Columns"
      ? { sheet, rect: { r0: rect.r0 + from, c0: rect.c0 + line, rows: to - from, cols: 1 } }
      : { sheet, rect: { r0: rect.r0 + line, c0: rect.c0 + from, rows: 1, cols: to - from } };
  const p0 = headerPoint ? 1 : 0;
  const categories = labelLine && points > p0 ? slice(0, p0, points) : undefined;
  const series: SeriesModel[] = [];
  // Over cells that are all blank, Excel makes a chart with no series at all.
  let blank = true;
  for (let l = 0; l < lines && blank; l++) for (let q = 0; q < points && blank; q++) if (!isEmpty(l, q)) blank = false;
  if (blank) return { series, by };
  const step = type.startsWith("Bubble") ? 2 : 1;
  // Excel always makes at least one series: a lone column is its values (no categories, no sizes).
  const first = labelLine && lines > 1 ? 1 : 0;
  for (let l = first; l < lines; l += step) {
    const name = headerPoint ? String(at(l, 0)?.value ?? "") : `Series${series.length + 1}`;
    const s = newSeries(name);
    if (points > p0) s.values = slice(l, p0, points);
    if (categories && first === 1) s.xValues = categories;
    if (step === 2 && l + 1 < lines && points > p0) s.bubbleSizes = slice(l + 1, p0, points);
    series.push(s);
  }
  return { series, by };
}

export function createChart(
  wb: FakeWorkbook,
  sheet: SheetModel,
  type: string,
  src: RangeRef,
  seriesBy: string,
): ChartModel {
  const { series, by } = autoSeries(type, src, seriesBy);
  const n = ++sheet.shapeCounter;
  const single = series.length === 1;
  const chart: ChartModel = {
    id: `{${String(++wb._seq.chart).padStart(8, "0")}-CHART-0000-0000-000000000000}`,
    name: `Chart ${n}`,
    type,
    sheet,
    source: src,
    seriesBy: by,
    title: title(single ? (series[0]?.name ?? "") : "Chart Title", true),
    legend: { position: "Bottom", visible: !single || type.includes("Pie") || type.includes("Doughnut"), props: {} },
    axes: {
      category: title("Axis Title", false),
      value: title("Axis Title", false),
      categoryProps: {},
      valueProps: {},
    },
    top: 0,
    left: 0,
    width: 360,
    height: 216,
    series,
    props: {},
    deleted: false,
  };
  sheet.charts.push(chart);
  return chart;
}

/** Chart.setPosition: top-left at startCell, bottom-right at endCell (when given). */
export function positionChart(chart: ChartModel, start: RangeRef, end?: RangeRef): void {
  if (start.sheet !== chart.sheet || (end && end.sheet !== chart.sheet)) {
    throw excelError("InvalidArgument", "The position must be on the chart's worksheet.", "Chart.setPosition");
  }
  const s = start.rect;
  chart.left = colLeft(chart.sheet, s.c0);
  chart.top = rowTop(chart.sheet, s.r0);
  if (end) {
    const e = end.rect;
    chart.width = Math.max(0, colLeft(chart.sheet, e.c0 + e.cols) - chart.left);
    chart.height = Math.max(0, rowTop(chart.sheet, e.r0 + e.rows) - chart.top);
  }
  chart.position = { startCell: refLocal(start) };
  if (end) chart.position.endCell = refLocal(end);
}

function refLocal(r: RangeRef): string {
  return formatRef(r.rect);
}
