/** The Range proxy: addresses, values/formulas/numberFormat/text, navigation and clearing. */
import {
  formatAddress,
  formatRef,
  intersect,
  isEntireColumn,
  isEntireRow,
  MAX_COLS,
  MAX_ROWS,
  type Rect,
} from "./address";
import {
  cellsIn,
  clearContents,
  getCell,
  unbounded,
  matrix,
  readFormula,
  readText,
  readValue,
  readValueType,
  usedRect,
  writeContents,
  writeNumberFormat,
} from "./cells";
import { ConditionalFormatCollection } from "./conditional-formats";
import { excelError } from "./errors";
import { applyNumberFormat, clearFormats, effectiveNumberFormat } from "./formats";
import { cellKey, DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, type RangeRef, type SheetModel } from "./model";
import { arg, ClientObjectBase, install, PENDING } from "./proxy";
import { RangeFormat } from "./range-format";
import { deleteCells } from "./shift";
import { normalizeHeaders, tablesOn } from "./table-model";
import { DataValidation } from "./validation";
import { checkedRect, rangeOn, Worksheet } from "./worksheet";
import type { FakeWorkbook } from "./workbook";

type Derive = (r: RangeRef) => RangeRef | null;

export function colLeft(sheet: SheetModel, c: number): number {
  let x = 0;
  for (let i = 0; i < c; i++) x += sheet.colWidths.get(i) ?? DEFAULT_COLUMN_WIDTH;
  return x;
}
export function rowTop(sheet: SheetModel, r: number): number {
  let y = 0;
  for (const [i, h] of sheet.rowHeights) if (i < r) y += h - DEFAULT_ROW_HEIGHT;
  return y + r * DEFAULT_ROW_HEIGHT;
}

/** After a write, Excel keeps table headers unique non-empty text. */
export function afterWrite(wb: FakeWorkbook, ref: RangeRef): void {
  for (const t of tablesOn(wb, ref.sheet)) {
    if (intersect({ ...t.rect, rows: 1 }, ref.rect)) normalizeHeaders(t);
  }
}

export class RangeProxy extends ClientObjectBase<RangeRef> {
  private derived(name: string, args: unknown[], derive: Derive): RangeProxy {
    return this._child(
      new RangeProxy(this.context, `${this._path}.${name}(${args.map(arg).join(",")})`, PENDING),
      name,
      args,
      derive,
    );
  }
  getCell(row: number, column: number): RangeProxy {
    return this.derived("getCell", [row, column], (r) => at(r, r.rect.r0 + row, r.rect.c0 + column, 1, 1));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this.derived("getOffsetRange", [rowOffset, columnOffset], (r) =>
      at(r, r.rect.r0 + rowOffset, r.rect.c0 + columnOffset, r.rect.rows, r.rect.cols),
    );
  }
  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    this._api("1.2", "Range.getResizedRange");
    return this.derived("getResizedRange", [deltaRows, deltaColumns], (r) =>
      at(r, r.rect.r0, r.rect.c0, r.rect.rows + deltaRows, r.rect.cols + deltaColumns),
    );
  }
  getEntireColumn(): RangeProxy {
    return this.derived("getEntireColumn", [], (r) => ({ sheet: r.sheet, rect: { ...r.rect, r0: 0, rows: MAX_ROWS } }));
  }
  getEntireRow(): RangeProxy {
    return this.derived("getEntireRow", [], (r) => ({ sheet: r.sheet, rect: { ...r.rect, c0: 0, cols: MAX_COLS } }));
  }
  getRow(row: number): RangeProxy {
    return this.derived("getRow", [row], (r) => within(r, r.rect.r0 + row, r.rect.c0, 1, r.rect.cols));
  }
  getColumn(column: number): RangeProxy {
    return this.derived("getColumn", [column], (r) => within(r, r.rect.r0, r.rect.c0 + column, r.rect.rows, 1));
  }
  getLastCell(): RangeProxy {
    return this.derived("getLastCell", [], (r) =>
      at(r, r.rect.r0 + r.rect.rows - 1, r.rect.c0 + r.rect.cols - 1, 1, 1),
    );
  }
  getLastRow(): RangeProxy {
    return this.derived("getLastRow", [], (r) => at(r, r.rect.r0 + r.rect.rows - 1, r.rect.c0, 1, r.rect.cols));
  }
  getLastColumn(): RangeProxy {
    return this.derived("getLastColumn", [], (r) => at(r, r.rect.r0, r.rect.c0 + r.rect.cols - 1, r.rect.rows, 1));
  }
  getIntersection(anotherRange: RangeProxy | string): RangeProxy {
    return this.derived("getIntersection", [anotherRange], (r) => {
      const x = intersect(r.rect, otherRect(this, r, anotherRange));
      if (!x) throw excelError("InvalidArgument", "The ranges don't intersect.", "Range.getIntersection");
      return { sheet: r.sheet, rect: x };
    });
  }
  getIntersectionOrNullObject(anotherRange: RangeProxy | string): RangeProxy {
    this._api("1.4", "Range.getIntersectionOrNullObject");
    return this.derived("getIntersectionOrNullObject", [anotherRange], (r) => {
      const x = intersect(r.rect, otherRect(this, r, anotherRange));
      return x ? { sheet: r.sheet, rect: x } : null;
    });
  }
  getBoundingRect(anotherRange: RangeProxy | string): RangeProxy {
    return this.derived("getBoundingRect", [anotherRange], (r) => {
      const o = otherRect(this, r, anotherRange);
      const r0 = Math.min(r.rect.r0, o.r0),
        c0 = Math.min(r.rect.c0, o.c0);
      const r1 = Math.max(r.rect.r0 + r.rect.rows, o.r0 + o.rows),
        c1 = Math.max(r.rect.c0 + r.rect.cols, o.c0 + o.cols);
      return { sheet: r.sheet, rect: { r0, c0, rows: r1 - r0, cols: c1 - c0 } };
    });
  }
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return this.derived("getUsedRange", [valuesOnly ?? false], (r) => {
      const used = usedRect(r.sheet, !!valuesOnly);
      const x = used && intersect(used, r.rect);
      if (!x) throw excelError("ItemNotFound", "The range has no used cells.", "Range.getUsedRange");
      return { sheet: r.sheet, rect: x };
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    this._api("1.4", "Range.getUsedRangeOrNullObject");
    return this.derived("getUsedRangeOrNullObject", [valuesOnly ?? false], (r) => {
      const used = usedRect(r.sheet, !!valuesOnly);
      const x = used && intersect(used, r.rect);
      return x ? { sheet: r.sheet, rect: x } : null;
    });
  }
  clear(applyTo: string = "All"): void {
    this._queue("clear", [applyTo], (r) => {
      const wb = this.context._wb;
      if (applyTo === "All" || applyTo === "Contents" || applyTo === "ResetContents") clearContents(r.sheet, r.rect);
      if (applyTo === "All" || applyTo === "Formats") {
        clearFormats(r.sheet, r.rect);
        for (const f of r.sheet.conditionalFormats)
          if (!f.deleted && intersect(f.rect, r.rect) && containsRect(r.rect, f.rect)) f.deleted = true;
        r.sheet.conditionalFormats = r.sheet.conditionalFormats.filter((f) => !f.deleted);
      }
      if (applyTo === "Hyperlinks" || applyTo === "RemoveHyperlinks") {
        for (const [, , cell] of cellsIn(r.sheet, r.rect)) delete cell.hyperlink;
      }
      if (!["All", "Contents", "Formats", "Hyperlinks", "RemoveHyperlinks", "ResetContents"].includes(applyTo)) {
        throw excelError("InvalidArgument", undefined, "Range.clear");
      }
      afterWrite(wb, r);
    });
  }
  delete(shift: string): void {
    this._queue("delete", [shift], (r) => {
      if (shift !== "Up" && shift !== "Left") throw excelError("InvalidArgument", undefined, "Range.delete");
      deleteCells(r.sheet, r.rect, shift);
    });
  }
  select(): void {
    this._queue("select", [], (r) => {
      const wb = this.context._wb;
      wb._activate(r.sheet);
      wb.selection = { sheet: r.sheet.name, address: formatRef(r.rect) };
    });
  }
  track(): this {
    return this;
  }
  untrack(): this {
    return this;
  }
}

function containsRect(outer: Rect, inner: Rect): boolean {
  const x = intersect(outer, inner);
  return !!x && x.rows === inner.rows && x.cols === inner.cols;
}

function at(r: RangeRef, r0: number, c0: number, rows: number, cols: number): RangeRef {
  return { sheet: r.sheet, rect: checkedRect(r0, c0, rows, cols) };
}

function within(r: RangeRef, r0: number, c0: number, rows: number, cols: number): RangeRef {
  const x = at(r, r0, c0, rows, cols);
  if (
    !intersect(x.rect, r.rect) ||
    x.rect.r0 + rows > r.rect.r0 + r.rect.rows ||
    x.rect.c0 + cols > r.rect.c0 + r.rect.cols
  ) {
    throw excelError("InvalidArgument", undefined, "Range");
  }
  return x;
}

function otherRect(self: RangeProxy, r: RangeRef, other: RangeProxy | string): Rect {
  if (typeof other === "string") {
    return rangeOn(self.context._wb, r.sheet, other).rect;
  }
  const o = other._resolve();
  if (!o || o.sheet !== r.sheet) throw excelError("InvalidArgument", undefined, "Range");
  return o.rect;
}

/**
 * Cell-level reads: a rows×cols matrix, or null for an unbounded range (as Excel returns) and,
 * in web mode, for a range of more than 5 million cells (Excel on the web returns null values there).
 */
const matrixOf =
  <T>(f: (sheet: SheetModel, r: number, c: number) => T) =>
  (ref: RangeRef, p: { context: { _wb: { webMode: boolean; webNullValuesCells: number } } }) =>
    unbounded(ref.rect) || (p.context._wb.webMode && ref.rect.rows * ref.rect.cols > p.context._wb.webNullValuesCells)
      ? null
      : matrix(ref.rect, (r, c) => f(ref.sheet, r, c));

install(RangeProxy, {
  name: "Range",
  scalars: {
    address: { get: (r) => formatAddress(r.sheet.name, r.rect) },
    addressLocal: { get: (r) => formatAddress(r.sheet.name, r.rect) },
    cellCount: { get: (r) => r.rect.rows * r.rect.cols },
    rowCount: { get: (r) => r.rect.rows },
    columnCount: { get: (r) => r.rect.cols },
    rowIndex: { get: (r) => r.rect.r0 },
    columnIndex: { get: (r) => r.rect.c0 },
    isEntireColumn: { api: "1.7", get: (r) => isEntireColumn(r.rect) },
    isEntireRow: { api: "1.7", get: (r) => isEntireRow(r.rect) },
    values: {
      get: matrixOf((s, r, c) => readValue(getCell(s, r, c))),
      set: (r, v, p) => {
        writeContents(r.sheet, r.rect, v, "values");
        afterWrite(p.context._wb, r);
      },
    },
    formulas: {
      get: matrixOf((s, r, c) => readFormula(getCell(s, r, c))),
      set: (r, v, p) => {
        writeContents(r.sheet, r.rect, v, "formulas");
        afterWrite(p.context._wb, r);
      },
    },
    formulasLocal: {
      get: matrixOf((s, r, c) => readFormula(getCell(s, r, c))),
      set: (r, v, p) => {
        writeContents(r.sheet, r.rect, v, "formulasLocal");
        afterWrite(p.context._wb, r);
      },
    },
    numberFormat: {
      get: matrixOf(effectiveNumberFormat),
      set: (r, v) => writeNumberFormat(r.rect, v, (rect, nf) => applyNumberFormat(r.sheet, rect, nf)),
    },
    text: { get: matrixOf(readText) },
    valueTypes: { get: matrixOf((s, r, c) => readValueType(getCell(s, r, c))) },
    hyperlink: {
      api: "1.7",
      get: (r) => getCell(r.sheet, r.rect.r0, r.rect.c0)?.hyperlink ?? null,
      set: (r, v) => {
        const k = cellKey(r.rect.r0, r.rect.c0);
        const cell = r.sheet.cells.get(k) ?? { value: null };
        cell.hyperlink = v;
        r.sheet.cells.set(k, cell);
      },
    },
    left: { get: (r) => colLeft(r.sheet, r.rect.c0) },
    top: { get: (r) => rowTop(r.sheet, r.rect.r0) },
    width: { get: (r) => colLeft(r.sheet, r.rect.c0 + r.rect.cols) - colLeft(r.sheet, r.rect.c0) },
    height: { get: (r) => rowTop(r.sheet, r.rect.r0 + r.rect.rows) - rowTop(r.sheet, r.rect.r0) },
  },
  navs: {
    format: {
      make: (p) => p._nav("format", () => new RangeFormat(p.context, `${p._path}.format`, () => p._resolve())),
    },
    conditionalFormats: {
      api: "1.6",
      make: (p) =>
        p._nav(
          "conditionalFormats",
          () => new ConditionalFormatCollection(p.context, `${p._path}.conditionalFormats`, () => p._resolve()),
        ),
    },
    dataValidation: {
      api: "1.8",
      make: (p) =>
        p._nav("dataValidation", () => new DataValidation(p.context, `${p._path}.dataValidation`, () => p._resolve())),
    },
    worksheet: {
      make: (p) =>
        p._nav("worksheet", () => new Worksheet(p.context, `${p._path}.worksheet`, () => p._resolve()?.sheet ?? null)),
    },
  },
});
