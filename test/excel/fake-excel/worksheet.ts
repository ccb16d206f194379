/** Worksheet, WorksheetCollection and WorksheetFreezePanes proxies. */
import { WorksheetProtection } from "./protection";
import { MAX_COLS, MAX_ROWS, requireRef, splitSheet, type Rect } from "./address";
import { usedRect } from "./cells";
import { excelError } from "./errors";
import { normalizeColor } from "./formats";
import type { RangeRef, SheetModel } from "./model";
import { arg, ClientObjectBase, CollectionBase, install, PENDING } from "./proxy";
import { RangeProxy } from "./range";
import { ChartCollection } from "./charts";
import { TableCollection } from "./tables";
import type { FakeWorkbook } from "./workbook";

export const WHOLE_SHEET: Rect = { r0: 0, c0: 0, rows: MAX_ROWS, cols: MAX_COLS };

/** Resolves a local or sheet-qualified address (or a defined name) against `sheet`. */
export function rangeOn(wb: FakeWorkbook, sheet: SheetModel, address: unknown): RangeRef {
  if (address === undefined || address === null || address === "") return { sheet, rect: { ...WHOLE_SHEET } };
  if (typeof address !== "string") throw excelError("InvalidArgument", undefined, "Worksheet.getRange");
  const { sheet: qual, ref } = splitSheet(address);
  if (qual !== undefined && qual.toLowerCase() !== sheet.name.toLowerCase())
    throw excelError("InvalidArgument", undefined, "Worksheet.getRange");
  const named = wb.names.find((n) => !n.deleted && n.name.toLowerCase() === ref.toLowerCase());
  if (named?.ref && named.ref.sheet === sheet) return { sheet, rect: { ...named.ref.rect } };
  return { sheet, rect: requireRef(ref) };
}

export class WorksheetCollection extends CollectionBase<FakeWorkbook, Worksheet> {
  add(name?: string): Worksheet {
    return this._child(
      new Worksheet(this.context, `${this._path}.add(${arg(name)})`, PENDING),
      "add",
      [name ?? null],
      (wb) => wb._createSheet(name),
    );
  }
  getItem(key: string): Worksheet {
    return this._child(
      new Worksheet(this.context, `${this._path}.getItem(${arg(key)})`, PENDING),
      "getItem",
      [key],
      (wb) => findSheet(wb, key) ?? notFound(`The worksheet '${key}' doesn't exist.`),
    );
  }
  getItemOrNullObject(key: string): Worksheet {
    this._api("1.4", "WorksheetCollection.getItemOrNullObject");
    return this._child(
      new Worksheet(this.context, `${this._path}.getItemOrNullObject(${arg(key)})`, PENDING),
      "getItemOrNullObject",
      [key],
      (wb) => findSheet(wb, key) ?? null,
    );
  }
  getActiveWorksheet(): Worksheet {
    return this._child(
      new Worksheet(this.context, `${this._path}.getActiveWorksheet()`, PENDING),
      "getActiveWorksheet",
      [],
      (wb) => wb.sheets.find((s) => s.id === wb.activeSheetId) ?? notFound(),
    );
  }
  getFirst(visibleOnly?: boolean): Worksheet {
    this._api("1.5", "WorksheetCollection.getFirst");
    return this._child(
      new Worksheet(this.context, `${this._path}.getFirst()`, PENDING),
      "getFirst",
      [visibleOnly ?? false],
      (wb) => wb.sheets.find((s) => !visibleOnly || s.visibility === "Visible") ?? notFound(),
    );
  }
  getLast(visibleOnly?: boolean): Worksheet {
    this._api("1.5", "WorksheetCollection.getLast");
    return this._child(
      new Worksheet(this.context, `${this._path}.getLast()`, PENDING),
      "getLast",
      [visibleOnly ?? false],
      (wb) => [...wb.sheets].reverse().find((s) => !visibleOnly || s.visibility === "Visible") ?? notFound(),
    );
  }
  getCount() {
    this._api("1.4", "WorksheetCollection.getCount");
    return this._result("getCount", [], (wb) => wb.sheets.length);
  }
}
install(WorksheetCollection, {
  name: "WorksheetCollection",
  scalars: {},
  items: {
    list: (wb) => wb.sheets,
    make: (p, s) =>
      new Worksheet(
        p.context,
        `${p._path}.getItem(${arg((s as SheetModel).name)})`,
        () => s as SheetModel,
        s as SheetModel,
      ),
  },
});

function findSheet(wb: FakeWorkbook, key: string): SheetModel | undefined {
  return wb.sheetByName(String(key)) ?? wb.sheets.find((s) => s.id === key);
}

export function notFound(msg?: string): never {
  throw excelError("ItemNotFound", msg);
}

export class Worksheet extends ClientObjectBase<SheetModel> {
  getRange(address?: string): RangeProxy {
    return this._child(
      new RangeProxy(this.context, `${this._path}.getRange(${arg(address ?? "")})`, PENDING),
      "getRange",
      [address ?? null],
      (s) => rangeOn(this.context._wb, s, address),
    );
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    this._api("1.7", "Worksheet.getRangeByIndexes");
    const args = [startRow, startColumn, rowCount, columnCount];
    return this._child(
      new RangeProxy(this.context, `${this._path}.getRangeByIndexes(${args.join(",")})`, PENDING),
      "getRangeByIndexes",
      args,
      (s) => ({ sheet: s, rect: checkedRect(startRow, startColumn, rowCount, columnCount) }),
    );
  }
  getCell(row: number, column: number): RangeProxy {
    return this._child(
      new RangeProxy(this.context, `${this._path}.getCell(${row},${column})`, PENDING),
      "getCell",
      [row, column],
      (s) => ({ sheet: s, rect: checkedRect(row, column, 1, 1) }),
    );
  }
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return this._child(
      new RangeProxy(this.context, `${this._path}.getUsedRange(${valuesOnly ? "true" : ""})`, PENDING),
      "getUsedRange",
      [valuesOnly ?? false],
      (s) => ({ sheet: s, rect: usedRect(s, !!valuesOnly) ?? { r0: 0, c0: 0, rows: 1, cols: 1 } }),
    );
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    this._api("1.4", "Worksheet.getUsedRangeOrNullObject");
    return this._child(
      new RangeProxy(this.context, `${this._path}.getUsedRangeOrNullObject(${valuesOnly ? "true" : ""})`, PENDING),
      "getUsedRangeOrNullObject",
      [valuesOnly ?? false],
      (s) => {
        const rect = usedRect(s, !!valuesOnly);
        return rect ? { sheet: s, rect } : null;
      },
    );
  }
  delete(): void {
    this._queue("delete", [], (s) => this.context._wb._deleteSheet(s));
  }
  activate(): void {
    this._queue("activate", [], (s) => this.context._wb._activate(s));
  }
}
install(Worksheet, {
  name: "Worksheet",
  scalars: {
    name: {
      get: (s) => s.name,
      set: (s, v, p) => {
        const wb: FakeWorkbook = p.context._wb;
        wb._validateSheetName(v, s);
        s.name = v;
      },
    },
    id: { get: (s) => s.id },
    position: { get: (s, p) => p.context._wb.sheets.indexOf(s), set: (s, v, p) => p.context._wb._setPosition(s, v) },
    visibility: { get: (s) => s.visibility, set: (s, v, p) => p.context._wb._setVisibility(s, v) },
    tabColor: {
      api: "1.7",
      get: (s) => s.tabColor,
      set: (s, v) => {
        s.tabColor = v === "" || v === null ? "" : normalizeColor(v, "Worksheet.tabColor");
      },
    },
    showGridlines: {
      api: "1.8",
      get: (s) => s.showGridlines,
      set: (s, v) => {
        s.showGridlines = bool(v, "Worksheet.showGridlines");
      },
    },
    showHeadings: {
      api: "1.8",
      get: (s) => s.showHeadings,
      set: (s, v) => {
        s.showHeadings = bool(v, "Worksheet.showHeadings");
      },
    },
    standardWidth: { api: "1.7", get: () => 8.43 },
    standardHeight: { api: "1.7", get: () => 15 },
  },
  navs: {
    tables: {
      make: (p) =>
        p._nav(
          "tables",
          () =>
            new TableCollection(p.context, `${p._path}.tables`, () => {
              const s = p._resolve();
              return s === null ? null : { wb: p.context._wb, sheet: s };
            }),
        ),
    },
    charts: {
      make: (p) => p._nav("charts", () => new ChartCollection(p.context, `${p._path}.charts`, () => p._resolve())),
    },
    freezePanes: {
      api: "1.7",
      make: (p) =>
        p._nav("freezePanes", () => new WorksheetFreezePanes(p.context, `${p._path}.freezePanes`, () => p._resolve())),
    },
    protection: {
      api: "1.2",
      make: (p) =>
        p._nav("protection", () => new WorksheetProtection(p.context, `${p._path}.protection`, () => p._resolve())),
    },
  },
});

export function bool(v: unknown, where: string): boolean {
  if (typeof v !== "boolean") throw excelError("InvalidArgument", undefined, where);
  return v;
}

export function checkedRect(r0: number, c0: number, rows: number, cols: number): Rect {
  const ints = [r0, c0, rows, cols].every((x) => Number.isInteger(x));
  if (!ints || r0 < 0 || c0 < 0 || rows < 1 || cols < 1 || r0 + rows > MAX_ROWS || c0 + cols > MAX_COLS) {
    throw excelError("InvalidArgument", undefined, "Range");
  }
  return { r0, c0, rows, cols };
}

export class WorksheetFreezePanes extends ClientObjectBase<SheetModel> {
  freezeRows(count = 1): void {
    this._queue("freezeRows", [count], (s) => {
      s.freeze = { rows: count0(count, MAX_ROWS), columns: 0 };
    });
  }
  freezeColumns(count = 1): void {
    this._queue("freezeColumns", [count], (s) => {
      s.freeze = { rows: 0, columns: count0(count, MAX_COLS) };
    });
  }
  freezeAt(frozenRange: RangeProxy | string): void {
    this._queue("freezeAt", [frozenRange], (s) => {
      const ref = typeof frozenRange === "string" ? rangeOn(this.context._wb, s, frozenRange) : frozenRange._resolve();
      if (!ref || ref.sheet !== s) throw excelError("InvalidArgument", undefined, "WorksheetFreezePanes.freezeAt");
      const r = ref.rect;
      const rows = r.r0 + r.rows,
        columns = r.c0 + r.cols;
      s.freeze =
        r.cols === MAX_COLS ? { rows, columns: 0 } : r.rows === MAX_ROWS ? { rows: 0, columns } : { rows, columns };
    });
  }
  unfreeze(): void {
    this._queue("unfreeze", [], (s) => {
      s.freeze = { rows: 0, columns: 0 };
    });
  }
  getLocationOrNullObject(): RangeProxy {
    return this._child(
      new RangeProxy(this.context, `${this._path}.getLocationOrNullObject()`, PENDING),
      "getLocationOrNullObject",
      [],
      (s) =>
        s.freeze.rows || s.freeze.columns
          ? {
              sheet: s,
              rect: { r0: 0, c0: 0, rows: s.freeze.rows || MAX_ROWS, cols: s.freeze.columns || MAX_COLS },
            }
          : null,
    );
  }
}
install(WorksheetFreezePanes, { name: "WorksheetFreezePanes", scalars: {} });

function count0(n: unknown, max: number): number {
  if (typeof n !== "number" || !Number.isInteger(n) || n < 0 || n >= max)
    throw excelError("InvalidArgument", undefined, "WorksheetFreezePanes");
  return n;
}
