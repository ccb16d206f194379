/**
 * Chart points: ChartPointsCollection / ChartPoint / ChartDataLabel (per-point marker sizes and
 * label text, as the partnership radar writes them). Legend entries are in chart-parts.ts.
 */
import { anyValue, bagClass, boolean, color, number, oneOf } from "./chart-parts";
import { excelError } from "./errors";
import type { SeriesModel } from "./model";
import { type ClientObjectBase, CollectionBase, install, PENDING } from "./proxy";
import { notFound } from "./worksheet";

type Bag = Record<string, unknown>;

/** Excel.ChartMarkerStyle values. */
const MARKER_STYLES = [
  "Invalid",
  "Automatic",
  "None",
  "Square",
  "Diamond",
  "Triangle",
  "X",
  "Star",
  "Dot",
  "Dash",
  "Circle",
  "Plus",
  "Picture",
];

/** ChartPoint.markerSize: "The supported size range is 2 to 72 … InvalidArgument error if it's set with a size outside" (Excel docs). */
const markerSize = (v: unknown, w: string) => {
  const n = number(v, w) as number;
  if (n < 2 || n > 72) throw excelError("InvalidArgument", undefined, w);
  return n;
};
const text = (v: unknown, w: string) => {
  if (typeof v !== "string") throw excelError("InvalidArgument", undefined, w);
  return v;
};

export const ChartDataLabel = bagClass("ChartDataLabel", {
  text,
  position: anyValue,
  showValue: boolean,
  showCategoryName: boolean,
  showSeriesName: boolean,
  showLegendKey: boolean,
  numberFormat: anyValue,
});

export const ChartPoint = bagClass(
  "ChartPoint",
  {
    markerSize,
    markerStyle: oneOf(MARKER_STYLES),
    markerBackgroundColor: color,
    markerForegroundColor: color,
    hasDataLabel: boolean,
  },
  { dataLabel: [ChartDataLabel, "dataLabel"] },
);

/** A series has as many points as its values range has cells (none before setValues). */
const pointCount = (s: SeriesModel) => (s.values ? s.values.rect.rows * s.values.rect.cols : 0);
const pointsOf = (s: SeriesModel) => (s.props.points ??= {}) as Record<number, Bag>;

export class ChartPointsCollection extends CollectionBase<SeriesModel, ClientObjectBase<Bag>> {
  getItemAt(index: number): ClientObjectBase<Bag> {
    return this._child(
      new ChartPoint(this.context, `${this._path}.getItemAt(${index})`, PENDING),
      "getItemAt",
      [index],
      (s) => {
        if (!Number.isInteger(index) || index < 0 || index >= pointCount(s)) return notFound();
        return (pointsOf(s)[index] ??= {});
      },
    );
  }
  getCount() {
    return this._result("getCount", [], (s) => pointCount(s));
  }
}
install(ChartPointsCollection, { name: "ChartPointsCollection", scalars: { count: { get: (s) => pointCount(s) } } });
