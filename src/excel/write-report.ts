import { buildRetiredSheet } from "../report/retired-sheet";
import { ownershipName, SETTINGS_SHEET_NAME, settingsSheetValues } from "../report/settings-sheet";
import type { OutputSheetKey, SheetSpec } from "../report/sheet-spec";
import { Batch } from "./batch";
import { cellInputs } from "./cell-input";
import type { WriteProgress, WrittenSheet } from "./gateway";
import { renderSheet } from "./render-sheet";
import { freeTableName, planSheets, retiredSheets } from "./sheet-plan";
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
 * cleared and rewritten in place (so the user's references to them keep working); the
 * settings are stored on the hidden settings sheet. A whole analysis (one that writes the
 * Summary) retires a Candidates or Responsibilities sheet of ours it no longer writes: the
 * sheet stays, with a note instead of stale results (see retiredSheets). Round trips: one to
 * read the workbook's layout, one more to find old charts when sheets are reused, one per
 * sheet, one for the settings — independent of the number of rows until one sheet outgrows a request (about
 * 25,000 partners), when its rows are split across requests under the budget.
 */
export async function writeReport(context: Excel.RequestContext, specs: SheetSpec[], options: WriteReportOptions): Promise<WriteReportResult> {
  const batch = new Batch(context);
  const wb = context.workbook;
  const { catalog, marks, tables, definedNames, settingsMissing } = await loadWorkbookLayout(context, () => batch.sync());
  const existing = catalog.sheets;
  // A sheet of ours whose input table is gone gets a note, not stale results (README: Output sheets).
  const sheetsToWrite = [...specs, ...retiredSheets(specs, existing, marks).map(buildRetiredSheet)];
  const plan = planSheets(sheetsToWrite, existing, marks);
  const reused = plan.targets.filter((t) => t.reuse).map((t) => t.name.toLowerCase());
  const tablesOnReused = tables.items.filter((t) => reused.includes(t.worksheet.name.toLowerCase()));
  // Tables and defined names share one namespace in Excel: a user's name "PED_Tiering" made
  // adding our table of that name fail the whole write.
  const takenTables = new Set([
    ...tables.items.filter((t) => !tablesOnReused.includes(t)).map((t) => t.name.toLowerCase()),
    ...definedNames,
  ]);

  // Old charts must be found before they can be deleted: one more round trip, on re-runs only.
  const chartLists = new Map<string, Excel.ChartCollection>();
  for (const t of plan.targets) {
    if (t.reuse) chartLists.set(t.name, wb.worksheets.getItem(t.name).charts.load("items/name"));
  }
  if (chartLists.size > 0) await batch.sync();

  for (const name of plan.release) wb.names.getItem(name).delete();
  for (const t of tablesOnReused) t.delete();
  const sheets = new Map<OutputSheetKey, Excel.Worksheet>();
  for (const target of plan.targets) {
    const ws = target.reuse ? wb.worksheets.getItem(target.name) : wb.worksheets.add(target.name);
    if (target.reuse) {
      for (const chart of chartLists.get(target.name)?.items ?? []) chart.delete();
      const all = ws.getRange();
      all.conditionalFormats.clearAll();
      if (options.canValidate) all.dataValidation.clear();
      all.clear("All");
      ws.freezePanes.unfreeze();
    } else {
      wb.names.add(ownershipName(target.key), ws.getRange("A1"), target.name);
    }
    sheets.set(target.key, ws);
  }
  batch.note(plan.targets.length * 300);

  const tableName = (wanted: string): string => {
    const name = freeTableName(wanted, takenTables);
    takenTables.add(name.toLowerCase());
    return name;
  };
  for (const [i, spec] of sheetsToWrite.entries()) {
    const target = plan.targets[i];
    const ws = target ? sheets.get(target.key) : undefined;
    if (!target || !ws) continue;
    await renderSheet(ws, spec, { batch, sheets, tableName, canValidate: options.canValidate });
    // One round trip per sheet: the count depends on the sheets, not the rows, and the pane
    // can show real progress. A sheet larger than a request is split by the batch's budget.
    await batch.sync();
    options.onProgress?.({ done: i + 1, total: sheetsToWrite.length, sheet: target.name });
  }
  await storeSettings(wb, settingsMissing, options.settingsText, batch);
  await batch.sync();
  return {
    // Where the given specs went (a retired sheet is not a result to show).
    sheets: plan.targets.filter((t) => specs.some((s) => s.key === t.key)).map((t) => ({ key: t.key, name: t.name })),
    syncs: batch.syncs,
    largestRequestBytes: batch.largestRequest,
  };
}

/** Settings go to a very hidden sheet: they travel with the workbook and the CLI reads them. */
async function storeSettings(wb: Excel.Workbook, missing: boolean, text: string, batch: Batch): Promise<void> {
  const ws = missing ? wb.worksheets.add(SETTINGS_SHEET_NAME) : wb.worksheets.getItem(SETTINGS_SHEET_NAME);
  if (!missing) ws.getRange("A:A").clear("Contents");
  const values = cellInputs(settingsSheetValues(text));
  await batch.reserve(JSON.stringify(values).length + 100);
  ws.getRangeByIndexes(0, 0, values.length, 1).values = values;
  ws.visibility = "VeryHidden";
}

/** Saves the settings alone (the pane's "Save settings"), in two round trips. */
export async function saveSettings(context: Excel.RequestContext, text: string): Promise<void> {
  const batch = new Batch(context);
  const settingsSheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET_NAME);
  settingsSheet.load("isNullObject");
  await batch.sync();
  // eslint-disable-next-line office-addins/call-sync-before-read -- synced by batch.sync() above
  await storeSettings(context.workbook, settingsSheet.isNullObject, text, batch);
  await batch.sync();
}
