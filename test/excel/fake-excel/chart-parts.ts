/** Chart sub-objects: titles, legend, axes, fonts, fills and lines (recorded for inspection). */
import { excelError } from "./errors";
import { normalizeColor } from "./formats";
import type { ChartModel, TitleModel } from "./model";
import { ClientObjectBase, CollectionBase, install, PENDING, type ClassSpec, type ContextCore } from "./proxy";

type Bag = Record<string, unknown>;
type Check = (v: unknown, where: string) => unknown;

export const anyValue: Check = (v) => v;
export const color: Check = (v, w) => normalizeColor(v, w);
export const boolean: Check = (v, w) => {
  if (typeof v !== "boolean") throw excelError("InvalidArgument", undefined, w);
  return v;
};
export const number: Check = (v, w) => {
  if (typeof v !== "number" || !Number.isFinite(v)) throw excelError("InvalidArgument", undefined, w);
  return v;
};
export const oneOf =
  (list: string[]): Check =>
  (v, w) => {
    if (typeof v !== "string" || !list.includes(v)) throw excelError("InvalidArgument", undefined, w);
    return v;
  };

type ProxyCtor<T> = new (ctx: ContextCore, path: string, resolver: () => T | null) => ClientObjectBase<T>;

/** A proxy class whose scalar properties live in a bag object (the target). */
export function bagClass(
  name: string,
  keys: Record<string, Check>,
  navs: Record<string, [ProxyCtor<Bag>, string]> = {},
): ProxyCtor<Bag> {
  const cls = class extends ClientObjectBase<Bag> {};
  const spec: ClassSpec<Bag> = { name, scalars: {}, navs: {} };
  for (const [k, check] of Object.entries(keys)) {
    spec.scalars[k] = {
      get: (b) => b[k] ?? null,
      set: (b, v) => {
        b[k] = check(v, `${name}.${k}`);
      },
    };
  }
  for (const [k, [Ctor, key]] of Object.entries(navs)) {
    spec.navs![k] = {
      make: (p) =>
        p._nav(
          k,
          () =>
            new Ctor(p.context, `${p._path}.${k}`, () => {
              const b = p._resolve();
              if (b === null) return null;
              return (b[key] ??= {}) as Bag;
            }) as ClientObjectBase<unknown>,
        ),
    };
  }
  install(cls, spec);
  return cls;
}

export const ChartFont = bagClass("ChartFont", {
  bold: boolean,
  italic: boolean,
  color,
  name: anyValue,
  size: number,
  underline: anyValue,
});
export const ChartLineFormat = bagClass("ChartLineFormat", { color, lineStyle: anyValue, weight: number });
const ChartTextFormat = bagClass("ChartTitleFormat", {}, { font: [ChartFont, "font"] });
export const ChartGridlines = bagClass(
  "ChartGridlines",
  { visible: boolean },
  { format: [bagClass("ChartGridlinesFormat", {}, { line: [ChartLineFormat, "line"] }), "format"] },
);

/** ChartFill: setSolidColor / clear / getSolidColor on a bag's "fill" key. */
export class ChartFill extends ClientObjectBase<Bag> {
  setSolidColor(c: string): void {
    this._queue("setSolidColor", [c], (b) => {
      b.fill = normalizeColor(c, "ChartFill.setSolidColor");
    });
  }
  clear(): void {
    this._queue("clear", [], (b) => {
      delete b.fill;
    });
  }
  getSolidColor() {
    return this._result("getSolidColor", [], (b) => (b.fill as string | undefined) ?? "");
  }
}
install(ChartFill, { name: "ChartFill", scalars: {} });

const fillNav = (key: string) => ({
  make: (p: ClientObjectBase<Bag>) =>
    p._nav(key, () => new ChartFill(p.context, `${p._path}.${key}`, () => p._resolve())),
});

/** Title-like objects (chart title, axis titles): text + visible in TitleModel, the rest in props. */
function titleClass(name: string): ProxyCtor<TitleModel> {
  const cls = class extends ClientObjectBase<TitleModel> {};
  install(cls, {
    name,
    scalars: {
      text: {
        get: (t) => t.text,
        set: (t, v) => {
          if (typeof v !== "string") throw excelError("InvalidArgument", undefined, `${name}.text`);
          t.text = v;
          t.visible = v !== "";
        },
      },
      visible: {
        get: (t) => t.visible,
        set: (t, v) => {
          t.visible = boolean(v, `${name}.visible`) as boolean;
        },
      },
      overlay: {
        get: (t) => t.props.overlay ?? false,
        set: (t, v) => {
          t.props.overlay = boolean(v, `${name}.overlay`);
        },
      },
      position: {
        get: (t) => t.props.position ?? "Automatic",
        set: (t, v) => {
          t.props.position = v;
        },
      },
    },
    navs: {
      format: {
        make: (p) =>
          p._nav(
            "format",
            () => new ChartTextFormat(p.context, `${p._path}.format`, () => p._resolve()?.props ?? null),
          ),
      },
    },
  });
  return cls;
}
export const ChartTitle = titleClass("ChartTitle");
export const ChartAxisTitle = titleClass("ChartAxisTitle");

const ChartLegendEntry = bagClass("ChartLegendEntry", { visible: boolean });

/** Legend entries by index (ExcelApi 1.7), kept in the legend's props. */
export class ChartLegendEntryCollection extends CollectionBase<Bag, ClientObjectBase<Bag>> {
  getItemAt(index: number): ClientObjectBase<Bag> {
    this._api("1.7", "ChartLegendEntryCollection.getItemAt");
    return this._child(
      new ChartLegendEntry(this.context, `${this._path}.getItemAt(${index})`, PENDING),
      "getItemAt",
      [index],
      (entries) => {
        if (!Number.isInteger(index) || index < 0)
          throw excelError("ItemNotFound", undefined, "ChartLegendEntryCollection.getItemAt");
        return (entries[index] ??= {}) as Bag;
      },
    );
  }
}
install(ChartLegendEntryCollection, { name: "ChartLegendEntryCollection", scalars: {} });

type LegendTarget = ChartModel["legend"];
export class ChartLegend extends ClientObjectBase<LegendTarget> {}
install(ChartLegend, {
  name: "ChartLegend",
  scalars: {
    position: {
      get: (l) => l.position,
      set: (l, v) => {
        l.position = oneOf(["Top", "Bottom", "Left", "Right", "Corner", "Custom"])(v, "ChartLegend.position") as string;
      },
    },
    visible: {
      get: (l) => l.visible,
      set: (l, v) => {
        l.visible = boolean(v, "ChartLegend.visible") as boolean;
      },
    },
    overlay: {
      get: (l) => l.props.overlay ?? false,
      set: (l, v) => {
        l.props.overlay = boolean(v, "ChartLegend.overlay");
      },
    },
  },
  navs: {
    format: {
      make: (p) =>
        p._nav("format", () => new ChartTextFormat(p.context, `${p._path}.format`, () => p._resolve()?.props ?? null)),
    },
    legendEntries: {
      make: (p) =>
        p._nav(
          "legendEntries",
          () =>
            new ChartLegendEntryCollection(p.context, `${p._path}.legendEntries`, () => {
              const l = p._resolve();
              return l === null ? null : ((l.props.entries ??= {}) as Bag);
            }),
        ),
    },
  },
});

type AxisTarget = { title: TitleModel; props: Bag };
const AXIS_KEYS: Record<string, Check> = {
  minimum: anyValue,
  maximum: anyValue,
  majorUnit: anyValue,
  minorUnit: anyValue,
  numberFormat: anyValue,
  visible: boolean,
  displayUnit: anyValue,
  reversePlotOrder: boolean,
  tickLabelPosition: anyValue,
  categoryType: anyValue,
  logBase: anyValue,
};
export class ChartAxis extends ClientObjectBase<AxisTarget> {}
const axisSpec: ClassSpec<AxisTarget> = { name: "ChartAxis", scalars: {}, navs: {} };
for (const [k, check] of Object.entries(AXIS_KEYS)) {
  axisSpec.scalars[k] = {
    get: (a) => a.props[k] ?? null,
    set: (a, v) => {
      a.props[k] = check(v, `ChartAxis.${k}`);
    },
  };
}
axisSpec.navs = {
  title: {
    make: (p) =>
      p._nav("title", () => new ChartAxisTitle(p.context, `${p._path}.title`, () => p._resolve()?.title ?? null)),
  },
  majorGridlines: {
    make: (p) =>
      p._nav(
        "majorGridlines",
        () =>
          new ChartGridlines(p.context, `${p._path}.majorGridlines`, () => {
            const a = p._resolve();
            return a === null ? null : ((a.props.majorGridlines ??= {}) as Bag);
          }),
      ),
  },
  format: {
    make: (p) =>
      p._nav("format", () => new ChartTextFormat(p.context, `${p._path}.format`, () => p._resolve()?.props ?? null)),
  },
};
install(ChartAxis, axisSpec);

export class ChartAxes extends ClientObjectBase<ChartModel> {}
install(ChartAxes, {
  name: "ChartAxes",
  scalars: {},
  navs: {
    categoryAxis: {
      make: (p) =>
        p._nav(
          "categoryAxis",
          () =>
            new ChartAxis(p.context, `${p._path}.categoryAxis`, () => {
              const c = p._resolve();
              return c === null ? null : { title: c.axes.category, props: c.axes.categoryProps };
            }),
        ),
    },
    valueAxis: {
      make: (p) =>
        p._nav(
          "valueAxis",
          () =>
            new ChartAxis(p.context, `${p._path}.valueAxis`, () => {
              const c = p._resolve();
              return c === null ? null : { title: c.axes.value, props: c.axes.valueProps };
            }),
        ),
    },
  },
});

/** Series and chart-area formats: fill (ChartFill), line and font, stored in a bag. */
export class ChartFormatBag extends ClientObjectBase<Bag> {}
install(ChartFormatBag, {
  name: "ChartSeriesFormat",
  scalars: {},
  navs: {
    fill: fillNav("fill"),
    line: {
      make: (p) =>
        p._nav(
          "line",
          () =>
            new ChartLineFormat(p.context, `${p._path}.line`, () => {
              const b = p._resolve();
              return b === null ? null : ((b.line ??= {}) as Bag);
            }),
        ),
    },
    font: {
      make: (p) =>
        p._nav(
          "font",
          () =>
            new ChartFont(p.context, `${p._path}.font`, () => {
              const b = p._resolve();
              return b === null ? null : ((b.font ??= {}) as Bag);
            }),
        ),
    },
  },
});

export const ChartDataLabels = bagClass(
  "ChartDataLabels",
  {
    showValue: boolean,
    showCategoryName: boolean,
    showSeriesName: boolean,
    showPercentage: boolean,
    showLegendKey: boolean,
    position: anyValue,
    numberFormat: anyValue,
    separator: anyValue,
  },
  { format: [bagClass("ChartDataLabelFormat", {}, { font: [ChartFont, "font"] }), "format"] },
);
