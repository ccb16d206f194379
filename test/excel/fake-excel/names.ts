/** Named items (ExcelApi 1.4): range references follow renamed sheets and become #REF! when deleted. */
import { formatAddress, parseRef, splitSheet } from "./address";
import { excelError } from "./errors";
import type { NameModel, RangeRef } from "./model";
import { arg, ClientObjectBase, CollectionBase, install, PENDING } from "./proxy";
import { RangeProxy } from "./range";
import { validateName } from "./table-model";
import { notFound, Worksheet } from "./worksheet";
import { nameFormula, type FakeWorkbook } from "./workbook";

const live = (wb: FakeWorkbook) => wb.names.filter((n) => !n.deleted);
const find = (wb: FakeWorkbook, name: string) =>
  live(wb).find((n) => n.name.toLowerCase() === String(name).toLowerCase());

/** Interprets a reference given to names.add / NamedItem.formula. */
function parseReference(wb: FakeWorkbook, reference: unknown, where: string): Pick<NameModel, "ref" | "formula"> {
  if (reference instanceof RangeProxy) {
    const ref = reference._resolve();
    if (!ref) throw excelError("InvalidArgument", undefined, where);
    return { ref: { sheet: ref.sheet, rect: { ...ref.rect } } };
  }
  if (typeof reference === "number" || typeof reference === "boolean")
    return { formula: `=${String(reference).toUpperCase()}` };
  if (typeof reference !== "string" || reference.trim() === "") throw excelError("InvalidArgument", undefined, where);
  const body = reference.trim().replace(/^=/, "");
  const { sheet, ref } = splitSheet(body);
  if (sheet !== undefined) {
    const target = wb.sheetByName(sheet);
    const rect = parseRef(ref);
    if (target && rect) return { ref: { sheet: target, rect } };
    if (!target && rect) throw excelError("InvalidArgument", `The sheet '${sheet}' doesn't exist.`, where);
  }
  return { formula: `=${body}` };
}

function nameType(n: NameModel): string {
  if (n.ref) return "Range";
  const body = (n.formula ?? "").replace(/^=/, "");
  if (body.startsWith("#REF!") || /^#[A-Z/0!?]+$/.test(body)) return "Error";
  if (/^(TRUE|FALSE)$/i.test(body)) return "Boolean";
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(body)) return Number.isInteger(Number(body)) ? "Integer" : "Double";
  if (/^".*"$/.test(body)) return "String";
  return "String";
}

function nameValue(n: NameModel): unknown {
  if (n.ref) return formatAddress(n.ref.sheet.name, n.ref.rect, true);
  const body = (n.formula ?? "").replace(/^=/, "");
  const t = nameType(n);
  if (t === "Error") return "#REF!";
  if (t === "Boolean") return body.toUpperCase() === "TRUE";
  if (t === "Integer" || t === "Double") return Number(body);
  return body.replace(/^"(.*)"$/, "$1");
}

export class NamedItemCollection extends CollectionBase<FakeWorkbook, NamedItem> {
  add(name: string, reference: RangeProxy | string, comment?: string): NamedItem {
    this._api("1.4", "NamedItemCollection.add");
    return this._child(
      new NamedItem(this.context, `${this._path}.add(${arg(name)})`, PENDING),
      "add",
      [name, reference, comment ?? ""],
      (wb) => {
        validateName(wb, name, "NamedItemCollection.add");
        const n: NameModel = {
          name,
          comment: comment ?? "",
          visible: true,
          deleted: false,
          ...parseReference(wb, reference, "NamedItemCollection.add"),
        };
        wb.names.push(n);
        return n;
      },
    );
  }
  getItem(name: string): NamedItem {
    return this._child(
      new NamedItem(this.context, `${this._path}.getItem(${arg(name)})`, PENDING),
      "getItem",
      [name],
      (wb) => find(wb, name) ?? notFound(`The name '${name}' doesn't exist.`),
    );
  }
  getItemOrNullObject(name: string): NamedItem {
    this._api("1.4", "NamedItemCollection.getItemOrNullObject");
    return this._child(
      new NamedItem(this.context, `${this._path}.getItemOrNullObject(${arg(name)})`, PENDING),
      "getItemOrNullObject",
      [name],
      (wb) => find(wb, name) ?? null,
    );
  }
  getCount() {
    this._api("1.4", "NamedItemCollection.getCount");
    return this._result("getCount", [], (wb) => live(wb).length);
  }
}
install(NamedItemCollection, {
  name: "NamedItemCollection",
  scalars: {},
  items: {
    list: live,
    make: (p, n) =>
      new NamedItem(
        p.context,
        `${p._path}.getItem(${arg((n as NameModel).name)})`,
        () => n as NameModel,
        n as NameModel,
      ),
  },
});

export class NamedItem extends ClientObjectBase<NameModel> {
  private range(name: string, orNull: boolean): RangeProxy {
    return this._child(
      new RangeProxy(this.context, `${this._path}.${name}()`, PENDING),
      name,
      [],
      (n): RangeRef | null => {
        if (n.ref && !n.ref.sheet.deleted) return { sheet: n.ref.sheet, rect: { ...n.ref.rect } };
        if (orNull) return null;
        throw excelError("InvalidReference", undefined, `NamedItem.${name}`);
      },
    );
  }
  getRange(): RangeProxy {
    return this.range("getRange", false);
  }
  getRangeOrNullObject(): RangeProxy {
    this._api("1.4", "NamedItem.getRangeOrNullObject");
    return this.range("getRangeOrNullObject", true);
  }
  delete(): void {
    this._api("1.4", "NamedItem.delete");
    this._queue("delete", [], (n) => {
      n.deleted = true;
      const wb = this.context._wb;
      wb.names.splice(wb.names.indexOf(n), 1);
    });
  }
}
install(NamedItem, {
  name: "NamedItem",
  scalars: {
    name: { get: (n) => n.name },
    type: { get: nameType },
    value: { get: nameValue },
    scope: { get: () => "Workbook" },
    formula: {
      get: nameFormula,
      set: (n, v, p) => {
        const parsed = parseReference(p.context._wb, v, "NamedItem.formula");
        delete n.ref;
        delete n.formula;
        Object.assign(n, parsed);
      },
    },
    visible: {
      get: (n) => n.visible,
      set: (n, v) => {
        if (typeof v !== "boolean") throw excelError("InvalidArgument", undefined, "NamedItem.visible");
        n.visible = v;
      },
    },
    comment: {
      get: (n) => n.comment,
      set: (n, v) => {
        n.comment = String(v ?? "");
      },
    },
  },
  navs: {
    worksheetOrNullObject: {
      make: (p) =>
        p._nav(
          "worksheetOrNullObject",
          () =>
            new Worksheet(p.context, `${p._path}.worksheetOrNullObject`, () => {
              const n = p._resolve();
              return n?.ref && !n.ref.sheet.deleted ? n.ref.sheet : null;
            }),
        ),
    },
  },
});
