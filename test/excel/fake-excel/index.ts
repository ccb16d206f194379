/**
 * An in-memory Excel workbook behind the Excel JavaScript API (ExcelApi ≤ 1.8), for unit tests and
 * browser end-to-end tests. No Node APIs: it is also bundled for Chromium. See README.md.
 */
import { createExcelNamespace } from "./excel-namespace";
import { createOfficeNamespace, type OfficeNamespaceOptions } from "./office";
import type { FakeWorkbook } from "./workbook";

export { FakeWorkbook, type CellInput, type SyncStats } from "./workbook";
export { createRequestContext, createExcelNamespace } from "./excel-namespace";
export { createOfficeNamespace, type OfficeNamespaceOptions, type OfficeTheme } from "./office";
export { FakeExcelError } from "./errors";
export { FakeRequestContext } from "./context";
export { ExcelEnums } from "./enums";
export type { CellSnapshot, SheetSnapshot } from "./snapshot";

/** Sets globalThis.Excel and globalThis.Office to fakes over `wb`; returns a function that restores them. */
export function installFakeOffice(wb: FakeWorkbook, opts: OfficeNamespaceOptions = {}): () => void {
  const g = globalThis as Record<string, unknown>;
  const before = { Excel: g.Excel, Office: g.Office };
  g.Excel = createExcelNamespace(wb);
  g.Office = createOfficeNamespace({ workbook: wb, ...opts });
  return () => {
    g.Excel = before.Excel;
    g.Office = before.Office;
  };
}
