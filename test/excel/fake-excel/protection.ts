/**
 * Worksheet and workbook protection (ExcelApi 1.2 / 1.7), and what it refuses: on a protected
 * sheet every change fails with AccessDenied; with the workbook's structure protected, adding,
 * deleting, hiding, moving or renaming sheets fails with AccessDenied. Nothing before the
 * refused operation is undone (as in Excel).
 */
import { excelError } from "./errors";
import { ClientObjectBase, install, type Op } from "./proxy";
import type { SheetModel } from "./model";
import type { FakeWorkbook } from "./workbook";

export class WorksheetProtection extends ClientObjectBase<SheetModel> {
  protect(): void {
    this._queue("protect", [], (s) => {
      s.protected = true;
    });
  }
  unprotect(): void {
    this._queue("unprotect", [], (s) => {
      s.protected = false;
    });
  }
}
install(WorksheetProtection, {
  name: "WorksheetProtection",
  scalars: { protected: { api: "1.2", get: (s) => s.protected === true } },
});

export class WorkbookProtection extends ClientObjectBase<FakeWorkbook> {
  protect(): void {
    this._api("1.7", "WorkbookProtection.protect");
    this._queue("protect", [], (wb) => {
      wb.structureProtected = true;
    });
  }
  unprotect(): void {
    this._api("1.7", "WorkbookProtection.unprotect");
    this._queue("unprotect", [], (wb) => {
      wb.structureProtected = false;
    });
  }
}
install(WorkbookProtection, {
  name: "WorkbookProtection",
  scalars: { protected: { api: "1.7", get: (wb) => wb.structureProtected } },
});

/** Method names that only read or navigate (they change nothing in the document). */
const READS = /^(get|load$|activate$|select$|protect$|unprotect$)/;
/** Worksheet members that change the workbook's structure. */
const STRUCTURE = new Set(["delete", "visibility", "position", "name"]);

function sheetOf(target: unknown): SheetModel | null {
  if (typeof target !== "object" || target === null) return null;
  const t = target as { sheet?: unknown; cells?: unknown };
  if (t.cells instanceof Map) return target as SheetModel;
  if (typeof t.sheet === "object" && t.sheet !== null && (t.sheet as { cells?: unknown }).cells instanceof Map)
    return t.sheet as SheetModel;
  return null;
}

/** Throws AccessDenied when protection refuses `op` (called just before it runs). */
export function checkProtection(wb: FakeWorkbook, op: Op): void {
  const className = op.obj._className;
  const changes = op.kind === "set" || (op.kind !== "load" && !READS.test(op.name));
  if (!changes) return;
  if (wb.structureProtected) {
    if (className === "WorksheetCollection" && op.name === "add")
      throw accessDenied("The workbook's structure is protected: sheets can't be added.", op);
    if (className === "Worksheet" && STRUCTURE.has(op.name))
      throw accessDenied("The workbook's structure is protected.", op);
  }
  if (className === "WorksheetProtection" || className === "WorkbookProtection") return;
  let target: unknown;
  try {
    target = op.obj._peek() ?? op.obj._resolve();
  } catch {
    return; // the operation itself reports a missing object
  }
  const sheet = sheetOf(target);
  if (sheet?.protected) throw accessDenied(`The sheet '${sheet.name}' is protected.`, op);
}

function accessDenied(message: string, op: Op) {
  return excelError("AccessDenied", message, `${op.obj._className}.${op.name}`);
}
