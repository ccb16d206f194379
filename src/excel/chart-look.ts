import type { ChartSeriesSpec, ChartSpec } from "../report/sheet-spec";

/** Marker sizes Excel accepts (ChartPoint.markerSize throws InvalidArgument outside 2–72). */
const clampMarker = (size: number) => Math.min(72, Math.max(2, Math.round(size)));

/**
 * How a scatter or line series is drawn: markers only (the radar's partners), lines only (its
 * rings and sector lines), or both (the evolution lines); per-point marker sizes (ExcelApi 1.7
 * ChartPoint.markerSize: a scatter cannot size points from cells, so the report fixes them) and
 * per-point labels with fixed text (ChartDataLabel.text is ExcelApi 1.8: without it, no labels).
 * https://learn.microsoft.com/javascript/api/excel/excel.chartpoint
 */
export function applySeriesLook(
  series: Excel.ChartSeries,
  s: ChartSeriesSpec,
  type: ChartSpec["type"],
  canValidate: boolean,
): void {
  if (type !== "scatter" && type !== "line") return;
  const draw = s.draw ?? (type === "scatter" ? "markers" : "linesAndMarkers");
  if (draw === "lines") {
    series.markerStyle = "None";
    series.format.line.lineStyle = "Continuous";
    series.format.line.weight = 0.75;
    if (s.color) series.format.line.color = s.color;
  } else {
    series.markerStyle = "Circle";
    if (s.color) {
      series.markerBackgroundColor = s.color;
      series.markerForegroundColor = "#FFFFFF";
    }
    if (draw === "markers") series.format.line.lineStyle = "None";
    else if (s.color) series.format.line.color = s.color;
  }
  s.markerSizes?.forEach((size, i) => {
    series.points.getItemAt(i).markerSize = clampMarker(size);
  });
  // canValidate: ExcelApi 1.8 is there (RenderContext); label text needs it.
  if (canValidate) {
    s.pointLabels?.forEach((text, i) => {
      const point = series.points.getItemAt(i);
      point.hasDataLabel = true;
      point.dataLabel.text = text;
      point.dataLabel.position = "Right";
    });
  }
}

/** Per-point operations a chart's series queue (sizes and labels): each is a request entry. */
export function chartPointOperations(spec: ChartSpec): number {
  return spec.series.reduce((n, s) => n + (s.markerSizes?.length ?? 0) + 3 * (s.pointLabels?.length ?? 0), 0);
}

/**
 * Chart-wide settings beyond type, title and series: fixed and hidden axes (the radar is a
 * picture: its x and y have no meaning of their own), lines spanning empty cells
 * (displayBlanksAs, ExcelApi 1.8), legend entries hidden for guide series (ExcelApi 1.7).
 */
export function applyChartLook(chart: Excel.Chart, spec: ChartSpec, canValidate: boolean): void {
  if (spec.axes) {
    for (const axis of [chart.axes.categoryAxis, chart.axes.valueAxis]) {
      axis.minimum = spec.axes.min;
      axis.maximum = spec.axes.max;
      if (spec.axes.hidden) {
        axis.visible = false;
        axis.majorGridlines.visible = false;
      }
    }
  }
  if (canValidate && spec.blanks === "span") chart.displayBlanksAs = "Interplotted"; // sic: Excel.ChartDisplayBlanksAs spells it so
  if (spec.legend) chart.legend.visible = true;
  spec.series.forEach((s, i) => {
    if (s.hideInLegend) chart.legend.legendEntries.getItemAt(i).visible = false;
  });
}
