/**
 * Writes a report's output sheets into the workbook through Office.js (writeReport); the steps it
 * runs in order live beside it: write-order, write-failure, append-history, store-settings and
 * finishing-touches.
 */
import { buildRetiredSheet } from "../report/retired-sheet";
import { ownershipName, SETTINGS_SHEET_NAME } from "../report/settings-sheet";
import type { OutputSheetKey, SheetSpec } from "../report/sheet-spec";
import { HISTORY_TABLE } from "../report/history-sheet";
import { appendRows } from "./append-history";
import { Batch } from "./batch";
import { finishingTouches } from "./finishing-touches";
import type { WriteProgress, WrittenSheet } from "./gateway";
import { renderSheet } from "./render-sheet";
import { planSheets, retiredSheets, type SheetTarget, tableNamer } from "./sheet-plan";
import { storeSettings } from "./store-settings";
import { checkProtection, partialWriteError } from "./write-failure";
import { writeOrder } from "./write-order";
import { loadWorkbookLayout } from "./workbook-layout";

export interface WriteReportOptions {
  settingsText: string;
  /** ExcelApi 1.8: data validation drop-downs. */
  canValidate: boolean;
  onProgress?: (p: WriteProgress) => void;
}

export interface WriteReportResult {
  sheets: WrittenSheet[];
  syncs: number;
  largestRequestBytes: number;
}

/**
 * Writes the output sheets: the user's sheets are never touched; the add-in's own are
 * rewritten in place (so the user's references to them keep working); the settings are stored
 * on the hidden settings sheet. A whole analysis (one that writes the Summary) retires a
 * Candidates or Responsibilities sheet of ours it no longer writes: the sheet stays, with a note
 * instead of stale results (see retiredSheets).
 *
 * Safe against a failure part-way (issue 10): protection is checked before anything changes;
 * each sheet is cleared in the same request that rewrites it, so a failed request leaves the
 * sheet with the previous run, never blank; a failure throws ReportWriteError naming the sheets
 * that hold the new run and those that still hold the previous one. Sheets whose charts read
 * other sheets are written after them (Summary's bubble chart reads Tiering). Tier History only
 * gets this run's rows appended when nothing earlier changed (HISTORY cap in history-sheet.ts).
 * Frozen panes come last, in their own step whose failure does not fail the write.
 *
 * Round trips: one to read the workbook's layout, one to check protection and find old charts,
 * one per sheet, one for the settings and one for the panes — independent of the number of rows
 * until one sheet outgrows a request, when its rows are split across requests under the budget.
 */
export async function writeReport(
  context: Excel.RequestContext,
  specs: SheetSpec[],
  options: WriteReportOptions,
): Promise<WriteReportResult> {
  const batch = new Batch(context);
  const wb = context.workbook;
  const { catalog, marks, tables, definedNames, settingsMissing } = await loadWorkbookLayout(context, () =>
    batch.sync(),
  );
  const existing = catalog.sheets;
  // A sheet of ours whose input table is gone gets a note, not stale results (README: Output sheets).
  const sheetsToWrite = [...specs, ...retiredSheets(specs, existing, marks).map(buildRetiredSheet)];
  const plan = planSheets(sheetsToWrite, existing, marks);
  const targetOf = new Map(plan.targets.map((t) => [t.key, t]));
  const tablesOn = (sheet: string) =>
    tables.items.filter((t) => t.worksheet.name.toLowerCase() === sheet.toLowerCase());
  const reused = plan.targets.filter((t) => t.reuse);
  // Tables and defined names share one namespace in Excel: a user's name "PED_Tiering" made
  // adding our table of that name fail the whole write.
  const takenTables = new Set([
    ...tables.items
      .filter((t) => !reused.some((r) => r.name.toLowerCase() === t.worksheet.name.toLowerCase()))
      .map((t) => t.name.toLowerCase()),
    ...definedNames,
  ]);

  // Before anything changes: protection, old charts, the history table's size, the active sheet.
  const structure = wb.protection.load("protected");
  const protections = new Map<string, Excel.WorksheetProtection>();
  const chartLists = new Map<string, Excel.ChartCollection>();
  for (const t of reused) {
    const ws = wb.worksheets.getItem(t.name);
    protections.set(t.name, ws.protection.load("protected"));
    chartLists.set(t.name, ws.charts.load("items/name"));
  }
  const settingsSheet = settingsMissing ? null : wb.worksheets.getItem(SETTINGS_SHEET_NAME);
  const settingsProtection = settingsSheet?.protection.load("protected");
  const historySpec = sheetsToWrite.find((s) => s.key === "history");
  const historyTarget = targetOf.get("history");
  const historyTable =
    historySpec?.appendAfter && historyTarget?.reuse
      ? tablesOn(historyTarget.name).find((t) => t.name.toLowerCase().startsWith(HISTORY_TABLE.toLowerCase()))
      : undefined;
  const historyBody = historyTable?.getDataBodyRange().load("rowCount,columnCount");
  // (A workbook always has a visible sheet; the in-memory one used by tests may have none.)
  const active = existing.length > 0 ? wb.worksheets.getActiveWorksheet().load("name") : null;
  await batch.sync();
  checkProtection(
    structure.protected,
    [...protections].map(([name, p]) => ({ name, protected: p.protected })),
    {
      addsSheets: plan.targets.some((t) => !t.reuse) || settingsMissing,
      settingsProtected: settingsProtection?.protected === true,
    },
  );
  // Append to Tier History only when its table holds exactly the rows this run kept.
  const appendHistory =
    historyTable !== undefined &&
    historyBody !== undefined &&
    historySpec?.appendAfter !== undefined &&
    historyBody.rowCount === historySpec.appendAfter.keptRows &&
    historyBody.columnCount === (historySpec.blocks[0]?.values[0]?.length ?? -1);
  if (appendHistory && historyTable) takenTables.add(historyTable.name.toLowerCase());

  const tableName = tableNamer(takenTables);
  // Filled as sheets are written; writeOrder puts a chart's source sheets first.
  const sheets = new Map<OutputSheetKey, Excel.Worksheet>();
  for (const name of plan.release) wb.names.getItem(name).delete();

  const order = writeOrder(sheetsToWrite);
  const updated: string[] = [];
  let current: string | null = null;
  let syncsBefore = 0;
  let finishCharts: (() => void)[] = [];
  try {
    for (const [done, spec] of order.entries()) {
      const target = targetOf.get(spec.key);
      if (!target) continue;
      current = target.name;
      syncsBefore = batch.syncs;
      for (const f of finishCharts) f();
      let ws: Excel.Worksheet;
      if (target.reuse) {
        ws = wb.worksheets.getItem(target.name);
      } else {
        ws = wb.worksheets.add(target.name);
        wb.names.add(ownershipName(target.key), ws.getRange("A1"), target.name);
      }
      sheets.set(target.key, ws);
      if (spec.key === "history" && appendHistory && historyTable) {
        finishCharts = await appendRows(ws, historyTable, spec, batch, options.canValidate);
      } else {
        // Cleared in the same request that rewrites it: a failed request leaves the previous run.
        if (target.reuse) {
          for (const chart of chartLists.get(target.name)?.items ?? []) chart.delete();
          for (const table of tablesOn(target.name)) table.delete();
          clearSheet(ws, options.canValidate);
        }
        finishCharts = await renderSheet(ws, spec, {
          batch,
          sheets,
          tableName,
          canValidate: options.canValidate,
          freeze: false,
        });
      }
      // One round trip per sheet: the count depends on the sheets, not the rows, and the pane
      // can show real progress. A sheet larger than a request is split by the batch's budget.
      await batch.sync();
      updated.push(target.name);
      current = null;
      options.onProgress?.({ done: done + 1, total: order.length, sheet: target.name });
    }
    for (const f of finishCharts) f();
    finishCharts = [];
    await storeSettings(wb, settingsMissing, options.settingsText, batch);
    await batch.sync();
  } catch (error) {
    // A sheet too large for one request that failed after its first: part of the new run.
    const partly = current !== null && batch.syncs > syncsBefore;
    throw partialWriteError(
      error,
      updated,
      current,
      partly,
      plan.targets.map((t) => t.name),
    );
  }
  const added = sheetsToWrite
    .map((s) => targetOf.get(s.key))
    .filter((t): t is SheetTarget => t !== undefined && !t.reuse);
  await finishingTouches(context, batch, order, targetOf, active?.name ?? null, {
    added,
    firstPosition: existing.length + (settingsMissing ? 0 : 1),
  });
  return {
    // Where the given specs went (a retired sheet is not a result to show).
    sheets: plan.targets.filter((t) => specs.some((s) => s.key === t.key)).map((t) => ({ key: t.key, name: t.name })),
    syncs: batch.syncs,
    largestRequestBytes: batch.largestRequest,
  };
}

/** Everything the add-in put on one of its sheets, removed (cells, formats, rules, validation). */
function clearSheet(ws: Excel.Worksheet, canValidate: boolean): void {
  const all = ws.getRange();
  all.conditionalFormats.clearAll();
  if (canValidate) all.dataValidation.clear();
  all.clear("All");
}
