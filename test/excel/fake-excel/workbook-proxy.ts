/** Workbook, Application, SettingCollection and Setting proxies. */
import { excelError } from "./errors";
import { NamedItemCollection } from "./names";
import { WorkbookProtection } from "./protection";
import { arg, ClientObjectBase, CollectionBase, install, PENDING } from "./proxy";
import { RangeProxy } from "./range";
import { TableCollection } from "./tables";
import { WorksheetCollection } from "./worksheet";
import { requireRef } from "./address";
import type { FakeWorkbook } from "./workbook";

function selectedRange(wb: FakeWorkbook) {
  const sheet =
    (wb.selection && wb.sheetByName(wb.selection.sheet)) || wb.sheets.find((s) => s.id === wb.activeSheetId);
  if (!sheet) throw excelError("ItemNotFound");
  const rect =
    wb.selection && wb.selection.sheet === sheet.name
      ? requireRef(wb.selection.address)
      : { r0: 0, c0: 0, rows: 1, cols: 1 };
  return { sheet, rect };
}

export class WorkbookProxy extends ClientObjectBase<FakeWorkbook> {
  getSelectedRange(): RangeProxy {
    return this._child(
      new RangeProxy(this.context, `${this._path}.getSelectedRange()`, PENDING),
      "getSelectedRange",
      [],
      selectedRange,
    );
  }
  getActiveCell(): RangeProxy {
    this._api("1.7", "Workbook.getActiveCell");
    return this._child(
      new RangeProxy(this.context, `${this._path}.getActiveCell()`, PENDING),
      "getActiveCell",
      [],
      (wb) => {
        const r = selectedRange(wb);
        return { sheet: r.sheet, rect: { r0: r.rect.r0, c0: r.rect.c0, rows: 1, cols: 1 } };
      },
    );
  }
}
install(WorkbookProxy, {
  name: "Workbook",
  scalars: { name: { api: "1.7", get: () => "Book1.xlsx" } },
  navs: {
    worksheets: {
      make: (p) =>
        p._nav("worksheets", () => new WorksheetCollection(p.context, `${p._path}.worksheets`, () => p._resolve())),
    },
    tables: {
      make: (p) =>
        p._nav(
          "tables",
          () =>
            new TableCollection(p.context, `${p._path}.tables`, () => {
              const wb = p._resolve();
              return wb === null ? null : { wb };
            }),
        ),
    },
    names: {
      make: (p) => p._nav("names", () => new NamedItemCollection(p.context, `${p._path}.names`, () => p._resolve())),
    },
    application: {
      make: (p) =>
        p._nav("application", () => new ApplicationProxy(p.context, `${p._path}.application`, () => p._resolve())),
    },
    protection: {
      api: "1.7",
      make: (p) =>
        p._nav("protection", () => new WorkbookProtection(p.context, `${p._path}.protection`, () => p._resolve())),
    },
    settings: {
      api: "1.4",
      make: (p) =>
        p._nav("settings", () => new SettingCollection(p.context, `${p._path}.settings`, () => p._resolve())),
    },
  },
});

export class ApplicationProxy extends ClientObjectBase<FakeWorkbook> {
  private record(op: string): void {
    this._queue(op, [], (wb) => {
      wb.recorded.push({ op });
    });
  }
  suspendApiCalculationUntilNextSync(): void {
    this._api("1.6", "Application.suspendApiCalculationUntilNextSync");
    this.record("suspendApiCalculationUntilNextSync");
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.record("suspendScreenUpdatingUntilNextSync");
  }
  calculate(_calculationType?: string): void {
    this.record("calculate");
  }
}
install(ApplicationProxy, {
  name: "Application",
  scalars: {
    calculationMode: {
      get: (wb) => wb.calculationMode,
      set: (wb, v) => {
        if (v !== "Automatic" && v !== "AutomaticExceptTables" && v !== "Manual")
          throw excelError("InvalidArgument", undefined, "Application.calculationMode");
        wb.calculationMode = v;
      },
    },
  },
});

type SettingTarget = { wb: FakeWorkbook; key: string };

export class SettingCollection extends CollectionBase<FakeWorkbook, Setting> {
  add(key: string, value: unknown): Setting {
    return this._child(
      new Setting(this.context, `${this._path}.getItem(${arg(key)})`, PENDING),
      "add",
      [key, value],
      (wb) => {
        if (typeof key !== "string" || !key) throw excelError("InvalidArgument", undefined, "SettingCollection.add");
        wb.settings.set(key, JSON.parse(JSON.stringify(value ?? null)));
        return { wb, key };
      },
    );
  }
  getItem(key: string): Setting {
    return this._child(
      new Setting(this.context, `${this._path}.getItem(${arg(key)})`, PENDING),
      "getItem",
      [key],
      (wb) => (wb.settings.has(key) ? { wb, key } : excelErrorThrow(key)),
    );
  }
  getItemOrNullObject(key: string): Setting {
    return this._child(
      new Setting(this.context, `${this._path}.getItemOrNullObject(${arg(key)})`, PENDING),
      "getItemOrNullObject",
      [key],
      (wb) => (wb.settings.has(key) ? { wb, key } : null),
    );
  }
  getCount() {
    return this._result("getCount", [], (wb) => wb.settings.size);
  }
}
function excelErrorThrow(key: string): never {
  throw excelError("ItemNotFound", `The setting '${key}' doesn't exist.`);
}
install(SettingCollection, {
  name: "SettingCollection",
  scalars: {},
  items: {
    list: (wb) => [...wb.settings.keys()].map((key) => ({ wb, key })),
    make: (p, t) =>
      new Setting(
        p.context,
        `${p._path}.getItem(${arg((t as SettingTarget).key)})`,
        () => t as SettingTarget,
        t as SettingTarget,
      ),
  },
});

export class Setting extends ClientObjectBase<SettingTarget> {
  delete(): void {
    this._queue("delete", [], (t) => {
      t.wb.settings.delete(t.key);
    });
  }
}
install(Setting, {
  name: "Setting",
  scalars: {
    key: { get: (t) => t.key },
    value: {
      get: (t) => t.wb.settings.get(t.key) ?? null,
      set: (t, v) => {
        t.wb.settings.set(t.key, JSON.parse(JSON.stringify(v ?? null)));
      },
    },
  },
});
