import type { ChartSpec } from "../../report/sheet-spec";
import type { ResolvedSeries } from "./chart-data";
import {
  axisData,
  bubbleLook,
  categoryAxis,
  CHART_AREA,
  CHART_TEXT,
  fillLook,
  markerSizePoints,
  numRef,
  pointLabels,
  radarLook,
  scatterLook,
  seriesName,
  title,
  valueAxis,
} from "./chart-parts";

const NAMESPACES =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** Axis ids only need to be unique within a chart part. */
const CATEGORY_AXIS = 111111111;
const VALUE_AXIS = 222222222;

const CHART_TITLE_SIZE = 13;

/**
 * The c:chartSpace part (xl/charts/chartN.xml) of one chart: its title, one plot of the spec's
 * type with a series per resolved series, axes (none for pie) and a legend at the bottom.
 * @example chartXml(spec, resolveSeries(spec, "summary", specs)).includes("<c:barChart>")
 */
export function chartXml(chart: ChartSpec, series: ResolvedSeries[]): string {
  const legend = series.length > 1 || chart.type === "pie" || chart.type === "bubble" || chart.legend === true;
  // Guides (the radar's rings and sector lines) stay out of the legend.
  const hidden = series
    .map((s, i) => (s.hideInLegend ? `<c:legendEntry><c:idx val="${i}"/><c:delete val="1"/></c:legendEntry>` : ""))
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace ${NAMESPACES}>` +
    `<c:date1904 val="0"/><c:roundedCorners val="0"/><c:chart>` +
    `${title(chart.title, CHART_TITLE_SIZE, true)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${plot(chart, series)}</c:plotArea>` +
    `${legend ? `<c:legend><c:legendPos val="b"/>${hidden}<c:overlay val="0"/></c:legend>` : ""}` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="${chart.blanks === "span" ? "span" : "gap"}"/></c:chart>${CHART_AREA}${CHART_TEXT}</c:chartSpace>`
  );
}

/** The plot element(s) of the chart's type, followed by its axes. */
function plot(chart: ChartSpec, series: ResolvedSeries[]): string {
  const formatCode = series[0]?.values.formatCode;
  const xFormatCode = series[0]?.categories?.formatCode;
  const axisIds = `<c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/>`;
  switch (chart.type) {
    case "columnClustered":
    case "columnStacked":
    case "barStacked": {
      const stacked = chart.type !== "columnClustered";
      const horizontal = chart.type === "barStacked";
      return (
        `<c:barChart><c:barDir val="${horizontal ? "bar" : "col"}"/><c:grouping val="${stacked ? "stacked" : "clustered"}"/>` +
        `<c:varyColors val="0"/>${series.map((s, i) => barSeries(s, i)).join("")}` +
        `<c:gapWidth val="${stacked ? 60 : 150}"/>${stacked ? '<c:overlap val="100"/>' : ""}${axisIds}</c:barChart>` +
        categoryAxis({
          id: CATEGORY_AXIS,
          crossId: VALUE_AXIS,
          position: horizontal ? "l" : "b",
          title: chart.xAxisTitle,
        }) +
        valueAxis({
          id: VALUE_AXIS,
          crossId: CATEGORY_AXIS,
          position: horizontal ? "b" : "l",
          title: chart.yAxisTitle,
          crossBetween: "between",
          formatCode,
          majorUnit: countStep(series, stacked),
        })
      );
    }
    case "radar":
      return (
        `<c:radarChart><c:radarStyle val="marker"/><c:varyColors val="0"/>${series.map((s, i) => radarSeries(s, i)).join("")}${axisIds}</c:radarChart>` +
        categoryAxis({ id: CATEGORY_AXIS, crossId: VALUE_AXIS, position: "b", title: chart.xAxisTitle }) +
        valueAxis({
          id: VALUE_AXIS,
          crossId: CATEGORY_AXIS,
          position: "l",
          title: chart.yAxisTitle,
          crossBetween: "between",
          formatCode,
        })
      );
    case "bubble":
      // Both axes of a bubble chart are value axes: X (Fit) along the bottom, Y up the side.
      return (
        `<c:bubbleChart><c:varyColors val="0"/>${series.map((s, i) => bubbleSeries(s, i)).join("")}` +
        `<c:bubbleScale val="100"/><c:showNegBubbles val="0"/>${axisIds}</c:bubbleChart>` +
        valueAxis({
          id: CATEGORY_AXIS,
          crossId: VALUE_AXIS,
          position: "b",
          title: chart.xAxisTitle,
          crossBetween: "midCat",
          formatCode: xFormatCode,
        }) +
        valueAxis({
          id: VALUE_AXIS,
          crossId: CATEGORY_AXIS,
          position: "l",
          title: chart.yAxisTitle,
          crossBetween: "midCat",
          formatCode,
        })
      );
    case "scatter": {
      // Both axes are value axes; a fixed, hidden pair turns the plot into a picture (the radar).
      const bounds = chart.axes ? { min: chart.axes.min, max: chart.axes.max, hidden: chart.axes.hidden } : {};
      return (
        `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>${series.map((s, i) => scatterSeries(s, i)).join("")}${axisIds}</c:scatterChart>` +
        valueAxis({
          id: CATEGORY_AXIS,
          crossId: VALUE_AXIS,
          position: "b",
          title: chart.xAxisTitle,
          crossBetween: "midCat",
          formatCode: xFormatCode,
          ...bounds,
        }) +
        valueAxis({
          id: VALUE_AXIS,
          crossId: CATEGORY_AXIS,
          position: "l",
          title: chart.yAxisTitle,
          crossBetween: "midCat",
          formatCode,
          ...bounds,
        })
      );
    }
    case "line":
      return (
        `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series.map((s, i) => lineSeries(s, i)).join("")}<c:marker val="1"/>${axisIds}</c:lineChart>` +
        categoryAxis({ id: CATEGORY_AXIS, crossId: VALUE_AXIS, position: "b", title: chart.xAxisTitle }) +
        valueAxis({
          id: VALUE_AXIS,
          crossId: CATEGORY_AXIS,
          position: "l",
          title: chart.yAxisTitle,
          crossBetween: "between",
          formatCode,
          majorUnit: countStep(series, false),
        })
      );
    case "pie":
      // Slices take the theme's colours (varyColors): one series colour would make them alike.
      return `<c:pieChart><c:varyColors val="1"/>${series.map((s, i) => pieSeries(s, i)).join("")}${PIE_LABELS}<c:firstSliceAng val="0"/></c:pieChart>`;
  }
}

/**
 * A step of 1 for small counts (at most 10 in the tallest column or stacked bar): viewers
 * otherwise put gridlines at 0.5 and an integer format shows "0, 1, 1, 2".
 */
function countStep(series: ResolvedSeries[], stacked: boolean): number | undefined {
  const values = series.map((s) => s.values.cells.map((v) => (typeof v === "number" ? v : 0)));
  if (values.some((vs) => vs.some((v) => !Number.isInteger(v) || v < 0))) return undefined;
  // Loops, not Math.max(...): a series of a million points would overflow the stack.
  const length = values.reduce((n, vs) => Math.max(n, vs.length), 0);
  let tallest = 0;
  for (let i = 0; i < length; i++)
    tallest = Math.max(
      tallest,
      values.map((vs) => vs[i] ?? 0).reduce((a, v) => (stacked ? a + v : Math.max(a, v)), 0),
    );
  return tallest <= 10 ? 1 : undefined;
}

function head(s: ResolvedSeries, i: number): string {
  return `<c:idx val="${i}"/><c:order val="${i}"/>${seriesName(s.name)}`;
}

function barSeries(s: ResolvedSeries, i: number): string {
  return (
    `<c:ser>${head(s, i)}${s.color ? fillLook(s.color) : ""}<c:invertIfNegative val="0"/>` +
    `${s.categories ? `<c:cat>${axisData(s.categories)}</c:cat>` : ""}<c:val>${numRef(s.values)}</c:val></c:ser>`
  );
}

function radarSeries(s: ResolvedSeries, i: number): string {
  return (
    `<c:ser>${head(s, i)}${s.color ? radarLook(s.color) : ""}` +
    `${s.categories ? `<c:cat>${axisData(s.categories)}</c:cat>` : ""}<c:val>${numRef(s.values)}</c:val></c:ser>`
  );
}

function bubbleSeries(s: ResolvedSeries, i: number): string {
  return (
    `<c:ser>${head(s, i)}${s.color ? bubbleLook(s.color) : ""}<c:invertIfNegative val="0"/>` +
    `${s.categories ? `<c:xVal>${axisData(s.categories)}</c:xVal>` : ""}<c:yVal>${numRef(s.values)}</c:yVal>` +
    `${s.sizes ? `<c:bubbleSize>${numRef(s.sizes)}</c:bubbleSize>` : ""}<c:bubble3D val="0"/></c:ser>`
  );
}

function scatterSeries(s: ResolvedSeries, i: number): string {
  return (
    `<c:ser>${head(s, i)}${scatterLook(s.color ?? "605E5C", s.draw ?? "markers")}${markerSizePoints(s.markerSizes, s.color ?? "605E5C")}${pointLabels(s.pointLabels)}` +
    `${s.categories ? `<c:xVal>${axisData(s.categories)}</c:xVal>` : ""}<c:yVal>${numRef(s.values)}</c:yVal><c:smooth val="0"/></c:ser>`
  );
}

function lineSeries(s: ResolvedSeries, i: number): string {
  return (
    `<c:ser>${head(s, i)}${scatterLook(s.color ?? "605E5C", s.draw ?? "linesAndMarkers")}${pointLabels(s.pointLabels)}` +
    `${s.categories ? `<c:cat>${axisData(s.categories)}</c:cat>` : ""}<c:val>${numRef(s.values)}</c:val><c:smooth val="0"/></c:ser>`
  );
}

function pieSeries(s: ResolvedSeries, i: number): string {
  return `<c:ser>${head(s, i)}${s.categories ? `<c:cat>${axisData(s.categories)}</c:cat>` : ""}<c:val>${numRef(s.values)}</c:val></c:ser>`;
}

/** Percentages on the slices: a pie's legend alone does not say how big each part is. */
const PIE_LABELS =
  '<c:dLbls><c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/><c:showSerName val="0"/>' +
  '<c:showPercent val="1"/><c:showBubbleSize val="0"/><c:showLeaderLines val="1"/></c:dLbls>';
