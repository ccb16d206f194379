/** Conditional formats (ExcelApi 1.6): recorded per sheet with their range, rule and format. */
import { intersect } from "./address";
import { excelError } from "./errors";
import { normalizeColor } from "./formats";
import type { ConditionalFormatModel, ConditionalFormatStyle, RangeRef } from "./model";
import { ClientObjectBase, CollectionBase, install, PENDING, type ContextCore } from "./proxy";
import { notFound } from "./worksheet";

const TYPES = [
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue",
];
const CRITERION_TYPES = ["LowestValue", "HighestValue", "Number", "Percent", "Formula", "Percentile"];
const CELL_OPS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqual",
  "LessThanOrEqual",
];
const TEXT_OPS = ["Contains", "NotContains", "BeginsWith", "EndsWith"];

const invalid = (where: string, why?: string) => excelError("InvalidArgument", why, where);
const onSheet = (r: RangeRef) =>
  r.sheet.conditionalFormats
    .filter((f) => !f.deleted && intersect(f.rect, r.rect))
    .sort((a, b) => a.priority - b.priority);

export class ConditionalFormatCollection extends CollectionBase<RangeRef, ConditionalFormat> {
  add(type: string): ConditionalFormat {
    return this._child(
      new ConditionalFormat(this.context, `${this._path}.add(${JSON.stringify(type)})`, PENDING),
      "add",
      [type],
      (r) => {
        if (!TYPES.includes(type))
          throw invalid("ConditionalFormatCollection.add", `Unknown conditional format type '${type}'.`);
        for (const f of r.sheet.conditionalFormats) f.priority++;
        const cf: ConditionalFormatModel = {
          id: String(++this.context._wb._seq.cf),
          type,
          rect: { ...r.rect },
          priority: 0,
          stopIfTrue: false,
          format: {},
          props: {},
          deleted: false,
        };
        r.sheet.conditionalFormats.push(cf);
        return cf;
      },
    );
  }
  getItem(id: string): ConditionalFormat {
    return this._child(
      new ConditionalFormat(this.context, `${this._path}.getItem(${JSON.stringify(id)})`, PENDING),
      "getItem",
      [id],
      (r) => onSheet(r).find((f) => f.id === id) ?? notFound(),
    );
  }
  getItemAt(index: number): ConditionalFormat {
    return this._child(
      new ConditionalFormat(this.context, `${this._path}.getItemAt(${index})`, PENDING),
      "getItemAt",
      [index],
      (r) => onSheet(r)[index] ?? notFound(),
    );
  }
  getCount() {
    return this._result("getCount", [], (r) => onSheet(r).length);
  }
  clearAll(): void {
    this._queue("clearAll", [], (r) => {
      for (const f of onSheet(r)) f.deleted = true;
      r.sheet.conditionalFormats = r.sheet.conditionalFormats.filter((f) => !f.deleted);
    });
  }
}
install(ConditionalFormatCollection, {
  name: "ConditionalFormatCollection",
  scalars: {},
  items: {
    list: onSheet,
    make: (p, f) =>
      new ConditionalFormat(
        p.context,
        `${p._path}.getItem(${JSON.stringify((f as ConditionalFormatModel).id)})`,
        () => f as ConditionalFormatModel,
        f as ConditionalFormatModel,
      ),
  },
});

/** A typed sub-object (cf.cellValue etc.): errors at sync when the format is of another type. */
function sub<C extends ClientObjectBase<ConditionalFormatModel>>(
  name: string,
  type: string,
  Ctor: new (ctx: ContextCore, path: string, resolver: () => ConditionalFormatModel | null) => C,
  orNull: boolean,
) {
  return {
    api: "1.6",
    make: (p: ClientObjectBase<ConditionalFormatModel>) =>
      p._nav(
        name,
        () =>
          new Ctor(p.context, `${p._path}.${name}`, () => {
            const f = p._resolve();
            if (f === null || f.type === type) return f;
            if (orNull) return null;
            throw excelError(
              "InvalidOperation",
              `The conditional format is of type ${f.type}, not ${type}.`,
              `ConditionalFormat.${name}`,
            );
          }),
      ),
  };
}

export class ConditionalFormat extends ClientObjectBase<ConditionalFormatModel> {
  delete(): void {
    this._queue("delete", [], (f) => {
      f.deleted = true;
    });
  }
}

export class ColorScaleConditionalFormat extends ClientObjectBase<ConditionalFormatModel> {}
install(ColorScaleConditionalFormat, {
  name: "ColorScaleConditionalFormat",
  scalars: {
    criteria: {
      get: (f) => f.criteria ?? {},
      set: (f, v) => {
        f.criteria = checkCriteria(v);
      },
    },
    threeColorScale: { get: (f) => !!(f.criteria as { midpoint?: unknown } | undefined)?.midpoint },
  },
});

function checkCriteria(v: unknown): unknown {
  if (!v || typeof v !== "object") throw invalid("ColorScaleConditionalFormat.criteria");
  const c = v as Record<string, unknown>;
  if (!c.minimum || !c.maximum)
    throw invalid("ColorScaleConditionalFormat.criteria", "A color scale needs a minimum and a maximum.");
  const out: Record<string, unknown> = {};
  for (const key of ["minimum", "midpoint", "maximum"]) {
    const x = c[key] as Record<string, unknown> | undefined | null;
    if (!x) continue;
    if (typeof x.type !== "string" || !CRITERION_TYPES.includes(x.type))
      throw invalid("ColorScaleConditionalFormat.criteria", `Invalid criterion type for ${key}.`);
    const needsFormula = x.type !== "LowestValue" && x.type !== "HighestValue";
    if (needsFormula && (x.formula === undefined || x.formula === null || x.formula === "")) {
      throw invalid("ColorScaleConditionalFormat.criteria", `The ${key} criterion needs a formula.`);
    }
    const entry: Record<string, unknown> = { type: x.type };
    if (x.formula !== undefined && x.formula !== null) entry.formula = String(x.formula);
    if (x.color !== undefined && x.color !== null)
      entry.color = normalizeColor(x.color, "ColorScaleConditionalFormat.criteria");
    out[key] = entry;
  }
  return out;
}

function checkCellValueRule(v: unknown): Record<string, unknown> {
  const r = v as Record<string, unknown> | null;
  if (!r || typeof r.operator !== "string" || !CELL_OPS.includes(r.operator))
    throw invalid("CellValueConditionalFormat.rule", "Invalid operator.");
  if (r.formula1 === undefined || r.formula1 === null || r.formula1 === "")
    throw invalid("CellValueConditionalFormat.rule", "formula1 is required.");
  const between = r.operator === "Between" || r.operator === "NotBetween";
  if (between && (r.formula2 === undefined || r.formula2 === null || r.formula2 === ""))
    throw invalid("CellValueConditionalFormat.rule", "formula2 is required.");
  const out: Record<string, unknown> = { formula1: String(r.formula1), operator: r.operator };
  if (r.formula2 !== undefined && r.formula2 !== null) out.formula2 = String(r.formula2);
  return out;
}

function checkTextRule(v: unknown): Record<string, unknown> {
  const r = v as Record<string, unknown> | null;
  if (!r || typeof r.operator !== "string" || !TEXT_OPS.includes(r.operator))
    throw invalid("TextConditionalFormat.rule", "Invalid operator.");
  if (typeof r.text !== "string") throw invalid("TextConditionalFormat.rule", "text is required.");
  return { operator: r.operator, text: r.text };
}

const formatNav = {
  make: (p: ClientObjectBase<ConditionalFormatModel>) =>
    p._nav("format", () => new ConditionalRangeFormat(p.context, `${p._path}.format`, () => p._resolve())),
};

export class CellValueConditionalFormat extends ClientObjectBase<ConditionalFormatModel> {}
install(CellValueConditionalFormat, {
  name: "CellValueConditionalFormat",
  scalars: {
    rule: {
      get: (f) => f.rule ?? {},
      set: (f, v) => {
        f.rule = checkCellValueRule(v);
      },
    },
  },
  navs: { format: formatNav },
});

export class TextConditionalFormat extends ClientObjectBase<ConditionalFormatModel> {}
install(TextConditionalFormat, {
  name: "TextConditionalFormat",
  scalars: {
    rule: {
      get: (f) => f.rule ?? {},
      set: (f, v) => {
        f.rule = checkTextRule(v);
      },
    },
  },
  navs: { format: formatNav },
});

export class CustomConditionalFormat extends ClientObjectBase<ConditionalFormatModel> {}
install(CustomConditionalFormat, {
  name: "CustomConditionalFormat",
  scalars: {},
  navs: {
    format: formatNav,
    rule: {
      make: (p) => p._nav("rule", () => new ConditionalFormatRule(p.context, `${p._path}.rule`, () => p._resolve())),
    },
  },
});

const formulaProp = {
  get: (f: ConditionalFormatModel) => f.rule?.formula ?? "",
  set: (f: ConditionalFormatModel, v: unknown) => {
    if (typeof v !== "string" || v === "") throw invalid("ConditionalFormatRule.formula");
    f.rule = { formula: v };
  },
};
export class ConditionalFormatRule extends ClientObjectBase<ConditionalFormatModel> {}
install(ConditionalFormatRule, {
  name: "ConditionalFormatRule",
  scalars: { formula: formulaProp, formulaLocal: formulaProp },
});

/** Data bars, icon sets, top/bottom and presets: every property written is recorded in `props`. */
const recorded = (keys: string[]) =>
  Object.fromEntries(
    keys.map((k) => [
      k,
      {
        get: (f: ConditionalFormatModel) => f.props[k] ?? null,
        set: (f: ConditionalFormatModel, v: unknown) => {
          f.props[k] = k.toLowerCase().includes("color") ? normalizeColor(v, k) : v;
        },
      },
    ]),
  );
export class DataBarConditionalFormat extends ClientObjectBase<ConditionalFormatModel> {}
install(DataBarConditionalFormat, {
  name: "DataBarConditionalFormat",
  scalars: recorded(["axisColor", "axisFormat", "barDirection", "lowerBoundRule", "showDataBarOnly", "upperBoundRule"]),
});
/** Preset criteria and top/bottom: a rule (recorded as given) and a format. */
export class RuleAndFormatConditionalFormat extends ClientObjectBase<ConditionalFormatModel> {}
install(RuleAndFormatConditionalFormat, {
  name: "PresetCriteriaConditionalFormat",
  scalars: {
    rule: {
      get: (f) => f.rule ?? {},
      set: (f, v) => {
        if (!v || typeof v !== "object") throw invalid("ConditionalFormat.rule");
        f.rule = v as Record<string, unknown>;
      },
    },
  },
  navs: { format: formatNav },
});
export class IconSetConditionalFormat extends ClientObjectBase<ConditionalFormatModel> {}
install(IconSetConditionalFormat, {
  name: "IconSetConditionalFormat",
  scalars: recorded(["criteria", "reverseIconOrder", "showIconOnly", "style"]),
});

install(ConditionalFormat, {
  name: "ConditionalFormat",
  scalars: {
    id: { get: (f) => f.id },
    type: { get: (f) => f.type },
    priority: {
      get: (f) => f.priority,
      set: (f, v) => {
        if (typeof v !== "number" || v < 0) throw invalid("ConditionalFormat.priority");
        f.priority = v;
      },
    },
    stopIfTrue: {
      get: (f) => f.stopIfTrue,
      set: (f, v) => {
        if (typeof v !== "boolean") throw invalid("ConditionalFormat.stopIfTrue");
        f.stopIfTrue = v;
      },
    },
  },
  navs: {
    colorScale: sub("colorScale", "ColorScale", ColorScaleConditionalFormat, false),
    colorScaleOrNullObject: sub("colorScaleOrNullObject", "ColorScale", ColorScaleConditionalFormat, true),
    cellValue: sub("cellValue", "CellValue", CellValueConditionalFormat, false),
    cellValueOrNullObject: sub("cellValueOrNullObject", "CellValue", CellValueConditionalFormat, true),
    custom: sub("custom", "Custom", CustomConditionalFormat, false),
    customOrNullObject: sub("customOrNullObject", "Custom", CustomConditionalFormat, true),
    textComparison: sub("textComparison", "ContainsText", TextConditionalFormat, false),
    textComparisonOrNullObject: sub("textComparisonOrNullObject", "ContainsText", TextConditionalFormat, true),
    dataBar: sub("dataBar", "DataBar", DataBarConditionalFormat, false),
    iconSet: sub("iconSet", "IconSet", IconSetConditionalFormat, false),
    topBottom: sub("topBottom", "TopBottom", RuleAndFormatConditionalFormat, false),
    preset: sub("preset", "PresetCriteria", RuleAndFormatConditionalFormat, false),
  },
});

type StyleKey = keyof ConditionalFormatStyle;
const styleProp = (key: StyleKey, check: (v: unknown) => unknown) => ({
  get: (f: ConditionalFormatModel) => f.format[key] ?? null,
  set: (f: ConditionalFormatModel, v: unknown) => {
    if (v === null || v === "") delete f.format[key];
    else (f.format as Record<string, unknown>)[key] = check(v);
  },
});
const boolCheck = (where: string) => (v: unknown) => {
  if (typeof v !== "boolean") throw invalid(where);
  return v;
};

export class ConditionalRangeFormat extends ClientObjectBase<ConditionalFormatModel> {
  clearFormat(): void {
    this._queue("clearFormat", [], (f) => {
      f.format = {};
    });
  }
}
install(ConditionalRangeFormat, {
  name: "ConditionalRangeFormat",
  scalars: { numberFormat: styleProp("numberFormat", (v) => String(v)) },
  navs: {
    fill: {
      make: (p) => p._nav("fill", () => new ConditionalRangeFill(p.context, `${p._path}.fill`, () => p._resolve())),
    },
    font: {
      make: (p) => p._nav("font", () => new ConditionalRangeFont(p.context, `${p._path}.font`, () => p._resolve())),
    },
  },
});
export class ConditionalRangeFill extends ClientObjectBase<ConditionalFormatModel> {
  clear(): void {
    this._queue("clear", [], (f) => {
      delete f.format.fill;
    });
  }
}
install(ConditionalRangeFill, {
  name: "ConditionalRangeFill",
  scalars: { color: styleProp("fill", (v) => normalizeColor(v, "ConditionalRangeFill.color")) },
});
export class ConditionalRangeFont extends ClientObjectBase<ConditionalFormatModel> {
  clear(): void {
    this._queue("clear", [], (f) => {
      for (const k of ["fontColor", "bold", "italic", "underline", "strikethrough"] as const) delete f.format[k];
    });
  }
}
install(ConditionalRangeFont, {
  name: "ConditionalRangeFont",
  scalars: {
    color: styleProp("fontColor", (v) => normalizeColor(v, "ConditionalRangeFont.color")),
    bold: styleProp("bold", boolCheck("ConditionalRangeFont.bold")),
    italic: styleProp("italic", boolCheck("ConditionalRangeFont.italic")),
    strikethrough: styleProp("strikethrough", boolCheck("ConditionalRangeFont.strikethrough")),
    underline: styleProp("underline", (v) => String(v)),
  },
});
