/** ChartCollection, Chart, ChartSeriesCollection and ChartSeries proxies. */
import {
  ChartAxes,
  ChartDataLabels,
  ChartFormatBag,
  ChartLegend,
  ChartTitle,
  anyValue,
  boolean,
  number,
} from "./chart-parts";
import { checkChartType, checkSeriesBy, autoSeries, createChart, positionChart } from "./chart-model";
import { ChartPointsCollection } from "./charts-points";
import { excelError } from "./errors";
import type { ChartModel, RangeRef, SeriesModel, SheetModel } from "./model";
import { arg, ClientObjectBase, CollectionBase, install, PENDING } from "./proxy";
import type { RangeProxy } from "./range";
import { notFound, rangeOn, Worksheet } from "./worksheet";

const live = (s: SheetModel) => s.charts.filter((c) => !c.deleted);
const findChart = (s: SheetModel, key: string) =>
  live(s).find((c) => c.name.toLowerCase() === String(key).toLowerCase() || c.id === key);

function rangeArg(p: ClientObjectBase<unknown>, r: RangeProxy | string, sheet: SheetModel, where: string): RangeRef {
  const ref = typeof r === "string" ? rangeOn(p.context._wb, sheet, r) : r._resolve();
  if (!ref) throw excelError("InvalidArgument", undefined, where);
  return ref;
}

export class ChartCollection extends CollectionBase<SheetModel, Chart> {
  add(type: string, sourceData: RangeProxy, seriesBy?: string): Chart {
    return this._child(
      new Chart(this.context, `${this._path}.add(${arg(type)})`, PENDING),
      "add",
      [type, sourceData, seriesBy ?? "Auto"],
      (s) => {
        const t = checkChartType(type, "ChartCollection.add");
        const src = rangeArg(this, sourceData, s, "ChartCollection.add");
        return createChart(this.context._wb, s, t, src, checkSeriesBy(seriesBy));
      },
    );
  }
  getItem(name: string): Chart {
    return this._child(
      new Chart(this.context, `${this._path}.getItem(${arg(name)})`, PENDING),
      "getItem",
      [name],
      (s) => findChart(s, name) ?? notFound(`The chart '${name}' doesn't exist.`),
    );
  }
  getItemOrNullObject(name: string): Chart {
    return this._child(
      new Chart(this.context, `${this._path}.getItemOrNullObject(${arg(name)})`, PENDING),
      "getItemOrNullObject",
      [name],
      (s) => findChart(s, name) ?? null,
    );
  }
  getItemAt(index: number): Chart {
    return this._child(
      new Chart(this.context, `${this._path}.getItemAt(${index})`, PENDING),
      "getItemAt",
      [index],
      (s) => live(s)[index] ?? notFound(),
    );
  }
  getCount() {
    return this._result("getCount", [], (s) => live(s).length);
  }
}
install(ChartCollection, {
  name: "ChartCollection",
  scalars: { count: { get: (s) => live(s).length } },
  items: {
    list: live,
    make: (p, c) =>
      new Chart(
        p.context,
        `${p._path}.getItem(${arg((c as ChartModel).name)})`,
        () => c as ChartModel,
        c as ChartModel,
      ),
  },
});

export class Chart extends ClientObjectBase<ChartModel> {
  setPosition(startCell: RangeProxy | string, endCell?: RangeProxy | string): void {
    this._queue("setPosition", [startCell, endCell ?? null], (c) => {
      const start = rangeArg(this, startCell, c.sheet, "Chart.setPosition");
      positionChart(
        c,
        start,
        endCell === undefined || endCell === null ? undefined : rangeArg(this, endCell, c.sheet, "Chart.setPosition"),
      );
    });
  }
  setData(sourceData: RangeProxy, seriesBy?: string): void {
    this._queue("setData", [sourceData, seriesBy ?? "Auto"], (c) => {
      const src = rangeArg(this, sourceData, c.sheet, "Chart.setData");
      const { series, by } = autoSeries(c.type, src, checkSeriesBy(seriesBy));
      c.source = src;
      c.series = series;
      c.seriesBy = by;
    });
  }
  delete(): void {
    this._queue("delete", [], (c) => {
      c.deleted = true;
      c.sheet.charts = c.sheet.charts.filter((x) => x !== c);
    });
  }
  activate(): void {
    this._queue("activate", [], () => undefined);
  }
}
const dim = (k: "top" | "left" | "width" | "height") => ({
  get: (c: ChartModel) => c[k],
  set: (c: ChartModel, v: unknown) => {
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0)
      throw excelError("InvalidArgument", undefined, `Chart.${k}`);
    c[k] = v;
  },
});
const chartProp = (k: string, check: (v: unknown, w: string) => unknown) => ({
  get: (c: ChartModel) => c.props[k] ?? null,
  set: (c: ChartModel, v: unknown) => {
    c.props[k] = check(v, `Chart.${k}`);
  },
});
install(Chart, {
  name: "Chart",
  scalars: {
    id: { get: (c) => c.id },
    name: {
      get: (c) => c.name,
      set: (c, v) => {
        if (typeof v !== "string" || !v) throw excelError("InvalidArgument", undefined, "Chart.name");
        c.name = v;
      },
    },
    chartType: {
      get: (c) => c.type,
      set: (c, v) => {
        c.type = checkChartType(v, "Chart.chartType");
      },
    },
    top: dim("top"),
    left: dim("left"),
    width: dim("width"),
    height: dim("height"),
    plotBy: {
      get: (c) => c.seriesBy,
      set: (c, v) => {
        c.seriesBy = checkSeriesBy(v);
      },
    },
    style: chartProp("style", number),
    showAllFieldButtons: chartProp("showAllFieldButtons", boolean),
    displayBlanksAs: chartProp("displayBlanksAs", anyValue),
  },
  navs: {
    title: {
      make: (p) =>
        p._nav("title", () => new ChartTitle(p.context, `${p._path}.title`, () => p._resolve()?.title ?? null)),
    },
    legend: {
      make: (p) =>
        p._nav("legend", () => new ChartLegend(p.context, `${p._path}.legend`, () => p._resolve()?.legend ?? null)),
    },
    axes: { make: (p) => p._nav("axes", () => new ChartAxes(p.context, `${p._path}.axes`, () => p._resolve())) },
    series: {
      make: (p) =>
        p._nav("series", () => new ChartSeriesCollection(p.context, `${p._path}.series`, () => p._resolve())),
    },
    format: {
      make: (p) =>
        p._nav(
          "format",
          () =>
            new ChartFormatBag(p.context, `${p._path}.format`, () => {
              const c = p._resolve();
              return c === null ? null : ((c.props.format ??= {}) as Record<string, unknown>);
            }),
        ),
    },
    dataLabels: {
      make: (p) =>
        p._nav(
          "dataLabels",
          () =>
            new ChartDataLabels(p.context, `${p._path}.dataLabels`, () => {
              const c = p._resolve();
              return c === null ? null : ((c.props.dataLabels ??= {}) as Record<string, unknown>);
            }),
        ),
    },
    worksheet: {
      make: (p) =>
        p._nav("worksheet", () => new Worksheet(p.context, `${p._path}.worksheet`, () => p._resolve()?.sheet ?? null)),
    },
  },
});

const liveSeries = (c: ChartModel) => c.series.filter((s) => !s.deleted);

export class ChartSeriesCollection extends CollectionBase<ChartModel, ChartSeries> {
  add(name?: string, index?: number): ChartSeries {
    this._api("1.7", "ChartSeriesCollection.add");
    return this._child(
      new ChartSeries(this.context, `${this._path}.add(${arg(name ?? "")})`, PENDING),
      "add",
      [name ?? null, index ?? null],
      (c) => {
        const s: SeriesModel = { name: name ?? `Series${liveSeries(c).length + 1}`, props: {}, deleted: false };
        const at = index === undefined || index === null ? c.series.length : index;
        c.series.splice(at, 0, s);
        return s;
      },
    );
  }
  getItemAt(index: number): ChartSeries {
    return this._child(
      new ChartSeries(this.context, `${this._path}.getItemAt(${index})`, PENDING),
      "getItemAt",
      [index],
      (c) => liveSeries(c)[index] ?? notFound(),
    );
  }
  getCount() {
    return this._result("getCount", [], (c) => liveSeries(c).length);
  }
}
install(ChartSeriesCollection, {
  name: "ChartSeriesCollection",
  scalars: { count: { get: (c) => liveSeries(c).length } },
  items: {
    list: liveSeries,
    make: (p, s) => new ChartSeries(p.context, `${p._path}.item`, () => s as SeriesModel, s as SeriesModel),
  },
});

function oneDimensional(ref: RangeRef, where: string): RangeRef {
  if (ref.rect.rows !== 1 && ref.rect.cols !== 1)
    throw excelError("InvalidArgument", "The range must be a single row or column.", where);
  return ref;
}

export class ChartSeries extends ClientObjectBase<SeriesModel> {
  private setRange(name: string, key: "values" | "xValues" | "bubbleSizes", source: RangeProxy): void {
    this._api("1.7", `ChartSeries.${name}`);
    this._queue(name, [source], (s) => {
      const ref = typeof source === "string" ? null : source._resolve();
      if (!ref) throw excelError("InvalidArgument", undefined, `ChartSeries.${name}`);
      s[key] = oneDimensional(ref, `ChartSeries.${name}`);
    });
  }
  setValues(sourceData: RangeProxy): void {
    this.setRange("setValues", "values", sourceData);
  }
  setXAxisValues(sourceData: RangeProxy): void {
    this.setRange("setXAxisValues", "xValues", sourceData);
  }
  setBubbleSizes(sourceData: RangeProxy): void {
    this.setRange("setBubbleSizes", "bubbleSizes", sourceData);
  }
  delete(): void {
    this._api("1.7", "ChartSeries.delete");
    this._queue("delete", [], (s) => {
      s.deleted = true;
    });
  }
}
const seriesProp = (k: string, check: (v: unknown, w: string) => unknown) => ({
  get: (s: SeriesModel) => s.props[k] ?? null,
  set: (s: SeriesModel, v: unknown) => {
    s.props[k] = check(v, `ChartSeries.${k}`);
  },
});
install(ChartSeries, {
  name: "ChartSeries",
  scalars: {
    name: {
      get: (s) => s.name,
      set: (s, v) => {
        if (typeof v !== "string") throw excelError("InvalidArgument", undefined, "ChartSeries.name");
        s.name = v;
      },
    },
    chartType: seriesProp("chartType", (v, w) => checkChartType(v, w)),
    hasDataLabels: seriesProp("hasDataLabels", boolean),
    markerStyle: seriesProp("markerStyle", anyValue),
    markerSize: seriesProp("markerSize", number),
    markerBackgroundColor: seriesProp("markerBackgroundColor", anyValue),
    markerForegroundColor: seriesProp("markerForegroundColor", anyValue),
    smooth: seriesProp("smooth", boolean),
    gapWidth: seriesProp("gapWidth", number),
    overlap: seriesProp("overlap", number),
    plotOrder: seriesProp("plotOrder", number),
    axisGroup: seriesProp("axisGroup", anyValue),
    bubbleScale: seriesProp("bubbleScale", number),
  },
  navs: {
    format: {
      make: (p) =>
        p._nav("format", () => new ChartFormatBag(p.context, `${p._path}.format`, () => p._resolve()?.props ?? null)),
    },
    dataLabels: {
      make: (p) =>
        p._nav(
          "dataLabels",
          () =>
            new ChartDataLabels(p.context, `${p._path}.dataLabels`, () => {
              const s = p._resolve();
              return s === null ? null : ((s.props.dataLabels ??= {}) as Record<string, unknown>);
            }),
        ),
    },
    points: {
      make: (p) =>
        p._nav("points", () => new ChartPointsCollection(p.context, `${p._path}.points`, () => p._resolve())),
    },
  },
});
