/** RangeFormat, RangeFill, RangeFont, RangeBorderCollection and RangeBorder. */
import { MAX_ROWS, type Rect } from "./address";
import { cellsIn, readText } from "./cells";
import { excelError } from "./errors";
import { applyFormat, FORMAT_DEFAULTS, normalizeColor, uniformFormat } from "./formats";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, type CellFormat, type RangeRef } from "./model";
import { ClientObjectBase, CollectionBase, install, PENDING, type ClassSpec } from "./proxy";

const H_ALIGN = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];
const V_ALIGN = ["Top", "Center", "Bottom", "Justify", "Distributed"];
const UNDERLINE = ["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"];
const BORDER_SIDES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
];
const LINE_STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];
const WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"];

function oneOf(list: string[], v: unknown, where: string): string {
  if (typeof v !== "string" || !list.includes(v)) throw excelError("InvalidArgument", undefined, where);
  return v;
}
function num(v: unknown, where: string, min = 0, max = Infinity): number {
  if (typeof v !== "number" || !Number.isFinite(v) || v < min || v > max)
    throw excelError("InvalidArgument", undefined, where);
  return v;
}
function bool(v: unknown, where: string): boolean {
  if (typeof v !== "boolean") throw excelError("InvalidArgument", undefined, where);
  return v;
}

/** A scalar backed by one CellFormat key: reads the uniform value, writes a patch. */
function fmtProp<K extends keyof CellFormat>(key: K, dflt: CellFormat[K], check: (v: unknown) => CellFormat[K]) {
  return {
    get: (r: RangeRef) => uniformFormat(r.sheet, r.rect, (f) => f[key], dflt),
    set: (r: RangeRef, v: unknown) => applyFormat(r.sheet, r.rect, { [key]: check(v) } as CellFormat),
  };
}

function columns(rect: Rect): number[] {
  const out: number[] = [];
  for (let c = rect.c0; c < rect.c0 + rect.cols; c++) out.push(c);
  return out;
}

function uniformSize(m: Map<number, number>, from: number, count: number, dflt: number): number | null {
  const first = m.get(from) ?? dflt;
  for (let i = from; i < from + count; i++) if ((m.get(i) ?? dflt) !== first) return null;
  return first;
}

/** Approximate autofit: Calibri 11 is about 7 px per character plus 5 px padding; 0.75 pt per px. */
function autofit(r: RangeRef): void {
  const widths = new Map<number, number>();
  const cells = cellsIn(r.sheet, r.rect);
  for (const [row, col] of cells) {
    const text = readText(r.sheet, row, col);
    if (text) widths.set(col, Math.max(widths.get(col) ?? 0, (text.length * 7 + 5) * 0.75));
  }
  for (const [c, w] of widths) r.sheet.colWidths.set(c, Math.round(Math.min(w, 1789.5) * 4) / 4);
}

export class RangeFormat extends ClientObjectBase<RangeRef> {
  autofitColumns(): void {
    this._api("1.2", "RangeFormat.autofitColumns");
    this._queue("autofitColumns", [], (r) => {
      autofit(r);
      this.context._wb.recorded.push({ op: "autofitColumns", target: this._path });
    });
  }
  autofitRows(): void {
    this._api("1.2", "RangeFormat.autofitRows");
    this._queue("autofitRows", [], () => {
      this.context._wb.recorded.push({ op: "autofitRows", target: this._path });
    });
  }
}
install(RangeFormat, {
  name: "RangeFormat",
  scalars: {
    columnWidth: {
      api: "1.2",
      get: (r) => uniformSize(r.sheet.colWidths, r.rect.c0, r.rect.cols, DEFAULT_COLUMN_WIDTH),
      set: (r, v) => {
        const w = num(v, "RangeFormat.columnWidth", 0, 1789.5);
        for (const c of columns(r.rect)) r.sheet.colWidths.set(c, w);
      },
    },
    rowHeight: {
      api: "1.2",
      get: (r) => uniformSize(r.sheet.rowHeights, r.rect.r0, r.rect.rows, DEFAULT_ROW_HEIGHT),
      set: (r, v) => {
        const h = num(v, "RangeFormat.rowHeight", 0, 409);
        for (let i = r.rect.r0; i < r.rect.r0 + Math.min(r.rect.rows, MAX_ROWS); i++) r.sheet.rowHeights.set(i, h);
      },
    },
    wrapText: fmtProp("wrapText", FORMAT_DEFAULTS.wrapText, (v) => bool(v, "RangeFormat.wrapText")),
    horizontalAlignment: fmtProp("horizontalAlignment", FORMAT_DEFAULTS.horizontalAlignment, (v) =>
      oneOf(H_ALIGN, v, "RangeFormat.horizontalAlignment"),
    ),
    verticalAlignment: fmtProp("verticalAlignment", FORMAT_DEFAULTS.verticalAlignment, (v) =>
      oneOf(V_ALIGN, v, "RangeFormat.verticalAlignment"),
    ),
    textOrientation: {
      api: "1.7",
      ...fmtProp("textOrientation", 0, (v) => num(v, "RangeFormat.textOrientation", -90, 180)),
    },
    indentLevel: { api: "1.9", ...fmtProp("indentLevel", 0, (v) => num(v, "RangeFormat.indentLevel", 0, 250)) },
  },
  navs: {
    fill: { make: (p) => p._nav("fill", () => new RangeFill(p.context, `${p._path}.fill`, () => p._resolve())) },
    font: { make: (p) => p._nav("font", () => new RangeFont(p.context, `${p._path}.font`, () => p._resolve())) },
    borders: {
      make: (p) =>
        p._nav("borders", () => new RangeBorderCollection(p.context, `${p._path}.borders`, () => p._resolve())),
    },
  },
});

export class RangeFill extends ClientObjectBase<RangeRef> {
  clear(): void {
    this._queue("clear", [], (r) => applyFormat(r.sheet, r.rect, { fill: undefined }));
  }
}
install(RangeFill, {
  name: "RangeFill",
  scalars: {
    color: {
      get: (r) => uniformFormat(r.sheet, r.rect, (f) => f.fill, FORMAT_DEFAULTS.fill),
      set: (r, v) =>
        applyFormat(r.sheet, r.rect, {
          fill: v === "" || v === null ? undefined : normalizeColor(v, "RangeFill.color"),
        }),
    },
  },
});

export class RangeFont extends ClientObjectBase<RangeRef> {}
install(RangeFont, {
  name: "RangeFont",
  scalars: {
    bold: fmtProp("bold", false, (v) => bool(v, "RangeFont.bold")),
    italic: fmtProp("italic", false, (v) => bool(v, "RangeFont.italic")),
    strikethrough: fmtProp("strikethrough", false, (v) => bool(v, "RangeFont.strikethrough")),
    underline: fmtProp("underline", "None", (v) => oneOf(UNDERLINE, v, "RangeFont.underline")),
    color: fmtProp("fontColor", FORMAT_DEFAULTS.fontColor, (v) => normalizeColor(v, "RangeFont.color")),
    size: fmtProp("fontSize", FORMAT_DEFAULTS.fontSize, (v) => num(v, "RangeFont.size", 1, 409)),
    name: fmtProp("fontName", FORMAT_DEFAULTS.fontName, (v) => {
      if (typeof v !== "string" || !v.trim()) throw excelError("InvalidArgument", undefined, "RangeFont.name");
      return v;
    }),
  },
});

type BorderTarget = { ref: RangeRef; side: string };

/** The cells whose border `side` describes the range's border on that side. */
function edgeRect(t: BorderTarget): Rect {
  const r = t.ref.rect;
  switch (t.side) {
    case "EdgeTop":
      return { ...r, rows: 1 };
    case "EdgeBottom":
      return { ...r, r0: r.r0 + r.rows - 1, rows: 1 };
    case "EdgeLeft":
      return { ...r, cols: 1 };
    case "EdgeRight":
      return { ...r, c0: r.c0 + r.cols - 1, cols: 1 };
    default:
      return r;
  }
}

export class RangeBorderCollection extends CollectionBase<RangeRef, RangeBorder> {
  getItem(index: string): RangeBorder {
    return this._child(
      new RangeBorder(this.context, `${this._path}.getItem(${JSON.stringify(index)})`, PENDING),
      "getItem",
      [index],
      (ref) => ({
        ref,
        side: oneOf(BORDER_SIDES, index, "RangeBorderCollection.getItem"),
      }),
    );
  }
  getItemAt(index: number): RangeBorder {
    return this._child(
      new RangeBorder(this.context, `${this._path}.getItemAt(${index})`, PENDING),
      "getItemAt",
      [index],
      (ref) => {
        const side = BORDER_SIDES[index];
        if (side === undefined) throw excelError("InvalidArgument", undefined, "RangeBorderCollection.getItemAt");
        return { ref, side };
      },
    );
  }
}
const BORDER_COLLECTION_SPEC: ClassSpec<RangeRef> = {
  name: "RangeBorderCollection",
  scalars: { count: { get: () => BORDER_SIDES.length } },
  items: {
    list: (ref) => BORDER_SIDES.map((side) => ({ ref, side })),
    make: (p, t) =>
      new RangeBorder(
        p.context,
        `${p._path}.getItem(${JSON.stringify((t as BorderTarget).side)})`,
        () => t as BorderTarget,
        t as BorderTarget,
      ),
  },
};
install(RangeBorderCollection, BORDER_COLLECTION_SPEC);

function borderProp(key: "style" | "color" | "weight", dflt: string, check: (v: unknown) => string) {
  return {
    get: (t: BorderTarget) => uniformFormat(t.ref.sheet, edgeRect(t), (f) => f.borders?.[t.side]?.[key], dflt),
    set: (t: BorderTarget, v: unknown) =>
      applyFormat(t.ref.sheet, edgeRect(t), { borders: { [t.side]: { [key]: check(v) } } }),
  };
}

export class RangeBorder extends ClientObjectBase<BorderTarget> {}
install(RangeBorder, {
  name: "RangeBorder",
  scalars: {
    sideIndex: { get: (t) => t.side },
    style: borderProp("style", "None", (v) => oneOf(LINE_STYLES, v, "RangeBorder.style")),
    color: borderProp("color", "#000000", (v) => normalizeColor(v, "RangeBorder.color")),
    weight: borderProp("weight", "Thin", (v) => oneOf(WEIGHTS, v, "RangeBorder.weight")),
  },
});
