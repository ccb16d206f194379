/** TableCollection, Table, TableColumnCollection, TableColumn and TableRowCollection proxies. */
import { splitSheet, type Rect } from "./address";
import { getCell, matrix, putCell, readValue, writeContents } from "./cells";
import { excelError } from "./errors";
import type { SheetModel, TableModel } from "./model";
import { arg, ClientObjectBase, CollectionBase, install, PENDING } from "./proxy";
import { RangeProxy } from "./range";
import {
  addRows,
  createTable,
  dataRect,
  headerNames,
  normalizeStyle,
  removeTable,
  setShowTotals,
  tablesOn,
  validateName,
} from "./table-model";
import { notFound, rangeOn, Worksheet } from "./worksheet";
import type { FakeWorkbook } from "./workbook";

type Scope = { wb: FakeWorkbook; sheet?: SheetModel };

function scoped(s: Scope): TableModel[] {
  return s.sheet ? tablesOn(s.wb, s.sheet) : s.wb.tables.filter((t) => !t.deleted);
}
function find(s: Scope, key: string): TableModel | undefined {
  const k = String(key).toLowerCase();
  return scoped(s).find((t) => t.name.toLowerCase() === k || t.id === key);
}
const tableProxy = (p: ClientObjectBase<unknown>, t: TableModel) =>
  new Table(p.context, `${p._path}.getItem(${arg(t.name)})`, () => t, t);

export class TableCollection extends CollectionBase<Scope, Table> {
  add(address: RangeProxy | string, hasHeaders: boolean): Table {
    return this._child(
      new Table(this.context, `${this._path}.add(${arg(address)})`, PENDING),
      "add",
      [address, hasHeaders],
      (s) => {
        let sheet: SheetModel, rect: Rect;
        if (typeof address === "string") {
          const { sheet: name } = splitSheet(address);
          const target =
            name !== undefined
              ? s.wb.sheetByName(name)
              : (s.sheet ?? s.wb.sheets.find((x) => x.id === s.wb.activeSheetId));
          if (!target || (s.sheet && target !== s.sheet))
            throw excelError("InvalidArgument", undefined, "TableCollection.add");
          sheet = target;
          rect = rangeOn(s.wb, sheet, address).rect;
        } else {
          const ref = address._resolve();
          if (!ref) throw excelError("InvalidArgument", undefined, "TableCollection.add");
          sheet = ref.sheet;
          rect = ref.rect;
        }
        return createTable(s.wb, sheet, rect, !!hasHeaders);
      },
    );
  }
  getItem(key: string): Table {
    return this._child(
      new Table(this.context, `${this._path}.getItem(${arg(key)})`, PENDING),
      "getItem",
      [key],
      (s) => find(s, key) ?? notFound(`The table '${key}' doesn't exist.`),
    );
  }
  getItemOrNullObject(key: string): Table {
    this._api("1.4", "TableCollection.getItemOrNullObject");
    return this._child(
      new Table(this.context, `${this._path}.getItemOrNullObject(${arg(key)})`, PENDING),
      "getItemOrNullObject",
      [key],
      (s) => find(s, key) ?? null,
    );
  }
  getItemAt(index: number): Table {
    return this._child(
      new Table(this.context, `${this._path}.getItemAt(${index})`, PENDING),
      "getItemAt",
      [index],
      (s) => scoped(s)[index] ?? notFound(),
    );
  }
  getCount() {
    this._api("1.4", "TableCollection.getCount");
    return this._result("getCount", [], (s) => scoped(s).length);
  }
}
install(TableCollection, {
  name: "TableCollection",
  scalars: { count: { get: (s) => scoped(s).length } },
  items: { list: scoped, make: (p, t) => tableProxy(p, t as TableModel) },
});

export class Table extends ClientObjectBase<TableModel> {
  private rangeOf(name: string, rect: (t: TableModel) => Rect): RangeProxy {
    return this._child(new RangeProxy(this.context, `${this._path}.${name}()`, PENDING), name, [], (t) => ({
      sheet: t.sheet,
      rect: rect(t),
    }));
  }
  getRange(): RangeProxy {
    return this.rangeOf("getRange", (t) => t.rect);
  }
  getHeaderRowRange(): RangeProxy {
    return this.rangeOf("getHeaderRowRange", (t) => ({ ...t.rect, rows: 1 }));
  }
  getDataBodyRange(): RangeProxy {
    return this.rangeOf("getDataBodyRange", dataRect);
  }
  getTotalRowRange(): RangeProxy {
    return this.rangeOf("getTotalRowRange", (t) => {
      if (!t.showTotals) throw excelError("InvalidOperation", "The table has no total row.", "Table.getTotalRowRange");
      return { ...t.rect, r0: t.rect.r0 + t.rect.rows - 1, rows: 1 };
    });
  }
  delete(): void {
    this._queue("delete", [], (t) => removeTable(this.context._wb, t, false));
  }
  convertToRange(): RangeProxy {
    return this._child(
      new RangeProxy(this.context, `${this._path}.convertToRange()`, PENDING),
      "convertToRange",
      [],
      (t) => {
        removeTable(this.context._wb, t, true);
        return { sheet: t.sheet, rect: t.rect };
      },
    );
  }
  clearFilters(): void {
    this._queue("clearFilters", [], () => undefined);
  }
}
const flag = (key: string) => ({
  get: (t: TableModel) => t.props[key],
  set: (t: TableModel, v: unknown) => {
    if (typeof v !== "boolean") throw excelError("InvalidArgument", undefined, `Table.${key}`);
    t.props[key] = v;
  },
});
install(Table, {
  name: "Table",
  scalars: {
    id: { get: (t) => t.id },
    name: {
      get: (t) => t.name,
      set: (t, v, p) => {
        validateName(p.context._wb, v, "Table.name", t);
        t.name = v;
      },
    },
    style: {
      get: (t) => t.style,
      set: (t, v) => {
        t.style = normalizeStyle(v);
      },
    },
    showTotals: { get: (t) => t.showTotals, set: (t, v) => setShowTotals(t, v) },
    showHeaders: {
      get: (t) => t.showHeaders,
      set: (t, v) => {
        if (typeof v !== "boolean") throw excelError("InvalidArgument", undefined, "Table.showHeaders");
        t.showHeaders = v;
      },
    },
    showBandedRows: flag("showBandedRows"),
    showBandedColumns: flag("showBandedColumns"),
    showFilterButton: flag("showFilterButton"),
    highlightFirstColumn: flag("highlightFirstColumn"),
    highlightLastColumn: flag("highlightLastColumn"),
  },
  navs: {
    columns: {
      make: (p) =>
        p._nav("columns", () => new TableColumnCollection(p.context, `${p._path}.columns`, () => p._resolve())),
    },
    rows: {
      make: (p) => p._nav("rows", () => new TableRowCollection(p.context, `${p._path}.rows`, () => p._resolve())),
    },
    worksheet: {
      api: "1.2",
      make: (p) =>
        p._nav("worksheet", () => new Worksheet(p.context, `${p._path}.worksheet`, () => p._resolve()?.sheet ?? null)),
    },
  },
});

type ColTarget = { table: TableModel; index: number };
const colRect = (c: ColTarget): Rect => ({ ...c.table.rect, c0: c.table.rect.c0 + c.index, cols: 1 });
const columnsOf = (t: TableModel): ColTarget[] => headerNames(t).map((_n, index) => ({ table: t, index }));
const colProxy = (p: ClientObjectBase<unknown>, c: ColTarget) =>
  new TableColumn(p.context, `${p._path}.getItemAt(${c.index})`, () => c, c);

export class TableColumnCollection extends CollectionBase<TableModel, TableColumn> {
  getItem(key: string | number): TableColumn {
    return this._child(
      new TableColumn(this.context, `${this._path}.getItem(${arg(key)})`, PENDING),
      "getItem",
      [key],
      (t) => findColumn(t, key) ?? notFound(`The column '${key}' doesn't exist.`),
    );
  }
  getItemOrNullObject(key: string | number): TableColumn {
    return this._child(
      new TableColumn(this.context, `${this._path}.getItemOrNullObject(${arg(key)})`, PENDING),
      "getItemOrNullObject",
      [key],
      (t) => findColumn(t, key) ?? null,
    );
  }
  getItemAt(index: number): TableColumn {
    return this._child(
      new TableColumn(this.context, `${this._path}.getItemAt(${index})`, PENDING),
      "getItemAt",
      [index],
      (t) => columnsOf(t)[index] ?? notFound(),
    );
  }
  getCount() {
    return this._result("getCount", [], (t) => t.rect.cols);
  }
}
function findColumn(t: TableModel, key: string | number): ColTarget | undefined {
  const names = headerNames(t);
  const i = names.findIndex(
    (n, idx) => n.toLowerCase() === String(key).toLowerCase() || String(idx + 1) === String(key),
  );
  return i < 0 ? undefined : { table: t, index: i };
}
install(TableColumnCollection, {
  name: "TableColumnCollection",
  scalars: { count: { get: (t) => t.rect.cols } },
  items: { list: columnsOf, make: (p, c) => colProxy(p, c as ColTarget) },
});

export class TableColumn extends ClientObjectBase<ColTarget> {
  getRange(): RangeProxy {
    return this.col("getRange", colRect);
  }
  getHeaderRowRange(): RangeProxy {
    return this.col("getHeaderRowRange", (c) => ({ ...colRect(c), rows: 1 }));
  }
  getDataBodyRange(): RangeProxy {
    return this.col("getDataBodyRange", (c) => ({ ...dataRect(c.table), c0: c.table.rect.c0 + c.index, cols: 1 }));
  }
  private col(name: string, rect: (c: ColTarget) => Rect): RangeProxy {
    return this._child(new RangeProxy(this.context, `${this._path}.${name}()`, PENDING), name, [], (c) => ({
      sheet: c.table.sheet,
      rect: rect(c),
    }));
  }
}
install(TableColumn, {
  name: "TableColumn",
  scalars: {
    id: { get: (c) => c.index + 1 },
    index: { get: (c) => c.index },
    name: {
      get: (c) => headerNames(c.table)[c.index],
      set: (c, v) => {
        if (typeof v !== "string" || !v) throw excelError("InvalidArgument", undefined, "TableColumn.name");
        if (headerNames(c.table).some((n, i) => i !== c.index && n.toLowerCase() === v.toLowerCase())) {
          throw excelError("InvalidArgument", "A table column with this name already exists.", "TableColumn.name");
        }
        putCell(c.table.sheet, c.table.rect.r0, c.table.rect.c0 + c.index, { value: v });
      },
    },
    values: { get: (c) => matrix(colRect(c), (r, col) => readValue(getCell(c.table.sheet, r, col))) },
  },
});

export class TableRowCollection extends CollectionBase<TableModel, never> {
  add(index?: number | null, values?: unknown[][] | boolean | string | number): void {
    this._queue("add", [index ?? null, values ?? null], (t) => {
      const rows = Array.isArray(values) ? values.length : 1;
      if (Array.isArray(values) && values.some((r) => !Array.isArray(r) || r.length !== t.rect.cols)) {
        throw excelError(
          "InvalidArgument",
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
          "TableRowCollection.add",
        );
      }
      const rect = addRows(t, index, rows);
      if (values !== undefined && values !== null) writeContents(t.sheet, rect, values, "values");
    });
  }
  getCount() {
    return this._result("getCount", [], (t) => dataRect(t).rows);
  }
}
install(TableRowCollection, { name: "TableRowCollection", scalars: { count: { get: (t) => dataRect(t).rows } } });
