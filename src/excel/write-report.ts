import { buildRetiredSheet } from "../report/retired-sheet";
import { ownershipName, SETTINGS_SHEET_NAME, settingsSheetValues } from "../report/settings-sheet";
import type { OutputSheetKey, SheetSpec } from "../report/sheet-spec";
import { HISTORY_TABLE } from "../report/history-sheet";
import { Batch, REQUEST_BUDGET_BYTES, rowChunksPaced, utf8Length, VALUES_WRITE_BYTES } from "./batch";
import { ExcelHostError, hostError, ReportWriteError } from "./errors";
import { cellInputs, cellInputsPaced } from "./cell-input";
import type { WriteProgress, WrittenSheet } from "./gateway";
import { renderSheet } from "./render-sheet";
import { planSheets, retiredSheets, type SheetTarget, tableNamer } from "./sheet-plan";
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

/**
 * The order sheets are written in: a sheet whose charts read another output sheet comes after
 * it, so a chart is never made over cells not yet written (Excel makes no series from blank
 * cells). Otherwise the report's order. Tab order is unaffected (positions are set at the end).
 */
export function writeOrder(specs: SheetSpec[]): SheetSpec[] {
  const byKey = new Map(specs.map((s) => [s.key, s]));
  const out: SheetSpec[] = [];
  const visiting = new Set<OutputSheetKey>();
  const visit = (s: SheetSpec): void => {
    if (out.includes(s) || visiting.has(s.key)) return;
    visiting.add(s.key);
    for (const chart of s.charts) {
      for (const series of chart.series) {
        for (const r of [series.values, series.categories, series.sizes]) {
          const dep = r?.sheet && r.sheet !== s.key ? byKey.get(r.sheet) : undefined;
          if (dep) visit(dep);
        }
      }
    }
    out.push(s);
  };
  for (const s of specs) visit(s);
  return out;
}

/** Refuses, before anything is cleared, a write that protection would stop part-way. */
function checkProtection(
  structure: boolean,
  sheets: { name: string; protected: boolean }[],
  need: { addsSheets: boolean; settingsProtected: boolean },
): void {
  const locked = sheets.filter((s) => s.protected).map((s) => s.name);
  if (need.settingsProtected) locked.push(SETTINGS_SHEET_NAME);
  if (locked.length > 0) {
    const list = locked.map((n) => `"${n}"`).join(", ");
    throw new ExcelHostError(
      `Could not write the result sheets: the sheet${locked.length > 1 ? "s" : ""} ${list} ${locked.length > 1 ? "are" : "is"} protected. ` +
        "Unprotect it (Review > Unprotect Sheet) and run the analysis again. Nothing was changed.",
      "AccessDenied",
    );
  }
  if (structure && need.addsSheets) {
    throw new ExcelHostError(
      "Could not write the result sheets: the workbook's structure is protected, so no sheet can be added. " +
        "Unprotect it (Review > Protect Workbook) and run the analysis again. Nothing was changed.",
      "AccessDenied",
    );
  }
}

/** What a failure part-way means for each sheet, in words and in lists. */
function partialWriteError(
  error: unknown,
  updated: string[],
  current: string | null,
  partly: boolean,
  all: string[],
): ExcelHostError {
  const cause = hostError(error, "write the result sheets");
  // A sheet whose request failed was not touched (Excel applies nothing of a refused request)
  // unless the failure came after that sheet's first request: then it holds part of the new run.
  const unchanged = all.filter((n) => !updated.includes(n) && !(partly && n === current));
  const parts = [cause.message];
  if (updated.length > 0) parts.push(`These sheets hold the new results: ${updated.join(", ")}.`);
  if (partly && current) parts.push(`${current} holds part of the new results.`);
  if (unchanged.length > 0) parts.push(`These still hold the previous results: ${unchanged.join(", ")}.`);
  else if (!partly) parts.push("The settings were not saved with them.");
  parts.push("Run the analysis again to update them all.");
  return new ReportWriteError(parts.join(" "), cause.code, updated, unchanged, { cause: error });
}

/**
 * Appends this run's rows to the Tier History table (the rows before `appendAfter.keptRows`
 * are already there), then re-applies the sheet's number formats and rules over the whole table.
 */
async function appendRows(
  ws: Excel.Worksheet,
  table: Excel.Table,
  spec: SheetSpec,
  batch: Batch,
  canValidate: boolean,
): Promise<(() => void)[]> {
  const block = spec.blocks[0];
  if (!block) return [];
  const header = block.headerRows ?? 1;
  const values = await cellInputsPaced(block.values.slice(header + (spec.appendAfter?.keptRows ?? 0)));
  const t = ws.tables.getItem(table.name);
  for (const chunk of await rowChunksPaced(values, REQUEST_BUDGET_BYTES / 2)) {
    await batch.reserve(chunk.bytes + VALUES_WRITE_BYTES);
    t.rows.add(undefined, values.slice(chunk.start, chunk.end));
  }
  const rows = block.values.length - header;
  block.numberFormats?.forEach((fmt, j) => {
    // A 1×1 array is applied to every cell of the range (office-js-docs-pr#5400).
    if (fmt && rows > 0) ws.getRangeByIndexes(block.row + header, block.col + j, rows, 1).numberFormat = [[fmt]];
  });
  ws.getRange().conditionalFormats.clearAll();
  return renderSheet(
    ws,
    { ...spec, blocks: [], tables: [] },
    { batch, sheets: new Map(), tableName: (n) => n, canValidate, freeze: false },
  );
}

/**
 * The last request, whose failure does not fail the write (the results are all written by
 * then): new sheets put in the report's tab order (they were added in write order), and frozen
 * panes. Frozen panes come last, in their own request: on
 * desktop, freezing a sheet that is not active changes the sheet the API reports as active
 * (https://github.com/OfficeDev/office-js/issues/3148), and freezePanes threw GeneralException on
 * an Excel 2019 build (https://github.com/OfficeDev/office-js/issues/2196). The sheet that was
 * active is activated again after.
 */
async function finishingTouches(
  context: Excel.RequestContext,
  batch: Batch,
  order: SheetSpec[],
  targets: Map<OutputSheetKey, SheetTarget>,
  activeName: string | null,
  tabs: { added: SheetTarget[]; firstPosition: number },
): Promise<void> {
  const wb = context.workbook;
  let any = false;
  // Placing each new sheet in turn from the left gives the report's order.
  if (tabs.added.some((t, i) => order.filter((s) => tabs.added.some((a) => a.key === s.key))[i]?.key !== t.key)) {
    tabs.added.forEach((t, i) => {
      wb.worksheets.getItem(t.name).position = tabs.firstPosition + i;
    });
    any = true;
  }
  for (const spec of order) {
    const target = targets.get(spec.key);
    if (!target) continue;
    const ws = wb.worksheets.getItem(target.name);
    if (target.reuse) ws.freezePanes.unfreeze();
    if (spec.freeze) {
      const { rows, cols } = spec.freeze;
      if (cols > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, Math.max(rows, 1), cols));
      else if (rows > 0) ws.freezePanes.freezeRows(rows);
    }
    any ||= target.reuse || spec.freeze !== undefined;
  }
  if (!any) return;
  if (activeName !== null) wb.worksheets.getItem(activeName).activate();
  try {
    await batch.sync();
  } catch {
    // Panes are a convenience: the results are written and stay so.
  }
}

/** Settings go to a very hidden sheet: they travel with the workbook and the CLI reads them. */
async function storeSettings(wb: Excel.Workbook, missing: boolean, text: string, batch: Batch): Promise<void> {
  const ws = missing ? wb.worksheets.add(SETTINGS_SHEET_NAME) : wb.worksheets.getItem(SETTINGS_SHEET_NAME);
  if (!missing) ws.getRange("A:A").clear("Contents");
  const values = cellInputs(settingsSheetValues(text));
  await batch.reserve(utf8Length(JSON.stringify(values)) + VALUES_WRITE_BYTES);
  ws.getRangeByIndexes(0, 0, values.length, 1).values = values;
  // Hidden once, when made: hiding is refused while the workbook's structure is protected.
  if (missing) ws.visibility = "VeryHidden";
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
