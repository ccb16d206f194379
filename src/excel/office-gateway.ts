import type { SheetSpec } from "../report/sheet-spec";
import type { WorkbookGateway } from "./gateway";
import { readInputs, readPreview, readSources } from "./read-inputs";
import { withCellEditRetry } from "./retry";
import { freeSheetName, tableNamer } from "./sheet-plan";
import { renderSheet } from "./render-sheet";
import { Batch } from "./batch";
import { saveExpectations } from "./expectations-table";
import { saveSettings } from "./store-settings";
import { writeReport } from "./write-report";
import { watchSlowSyncs } from "./slow-sync";

/**
 * The workbook gateway over Office.js: the only place the add-in calls Excel.run. While the
 * user edits a cell, Excel refuses API calls. Every batch asks Excel to wait for the edit to end
 * (`Excel.run({ delayForCellEdit: true }, …)`, Excel.RunOptions): Office.js itself sends that
 * request flag only where the host supports the "DelayForCellEdit" requirement set
 * (`onBeforeExcelRun` in excel-web-16.00.debug.js) and ignores the option elsewhere, so no guard
 * is needed here. On hosts without it the call is retried instead (withCellEditRetry).
 * Failures are reported as ExcelHostError.
 */
export function createOfficeGateway(
  excel: { run: typeof Excel.run } = Excel,
  isSetSupported = defaultSetSupport,
  retry: Parameters<typeof withCellEditRetry>[2] & { slowSyncMs?: number } = {},
): WorkbookGateway {
  // The pane is told at Excel's first cell-edit refusal (watchCellEdit), not after the retries.
  const cellEditListeners = new Set<(editing: boolean) => void>();
  const onCellEdit = (editing: boolean) => {
    retry.onCellEdit?.(editing);
    cellEditListeners.forEach((l) => l(editing));
  };
  // Where Excel honours delayForCellEdit it holds the call silently while a cell is edited: a
  // round trip unanswered for SLOW_SYNC_MS lets the pane say what may be holding it.
  const slowListeners = new Set<(waiting: boolean) => void>();
  const watched =
    <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
    (context: Excel.RequestContext) =>
      batch(watchSlowSyncs(context, (waiting) => slowListeners.forEach((l) => l(waiting)), retry.slowSyncMs));
  const run = <T>(doing: string, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    withCellEditRetry(() => excel.run({ delayForCellEdit: true }, watched(batch)), doing, { ...retry, onCellEdit });
  return {
    watchCellEdit: (listener) => {
      cellEditListeners.add(listener);
      return () => cellEditListeners.delete(listener);
    },
    watchSlowSync: (listener) => {
      slowListeners.add(listener);
      return () => slowListeners.delete(listener);
    },
    sources: (choices) => run("list the workbook's tables", (context) => readSources(context, choices)),
    readInputs: (choices, options) => run("read the input tables", (context) => readInputs(context, choices, options)),
    preview: (location, rows) => run("preview the table", (context) => readPreview(context, location, rows)),
    writeReport: (specs, settingsText, onProgress) =>
      run("write the result sheets", async (context) => {
        const result = await writeReport(context, specs, {
          settingsText,
          onProgress,
          canValidate: isSetSupported("ExcelApi", "1.8"),
        });
        return { sheets: result.sheets, stats: { syncs: result.syncs } };
      }),
    saveSettings: (text) => run("save the settings", (context) => saveSettings(context, text)),
    selectCell: (sheet, address) =>
      run(`select ${sheet}!${address}`, async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        if (address !== "") ws.getRange(address).select();
        await context.sync();
      }),
    activateSheet: (name) =>
      run(`show the sheet ${name}`, async (context) => {
        context.workbook.worksheets.getItem(name).activate();
        await context.sync();
      }),
    insertUserSheet: (spec) =>
      run(`insert the ${spec.name} sheet`, (context) =>
        insertUserSheet(context, spec, isSetSupported("ExcelApi", "1.8")),
      ),
    saveExpectations: (rows) => run("save the tier expectations", (context) => saveExpectations(context, rows)),
  };
}

/**
 * Adds a sheet that belongs to the user from then on (sample data, the RACI template). It
 * never replaces anything: an existing sheet of that name gets the new one beside it.
 */
async function insertUserSheet(
  context: Excel.RequestContext,
  spec: SheetSpec,
  canValidate: boolean,
): Promise<{ name: string }> {
  const worksheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  const names = context.workbook.names.load("items/name");
  await context.sync();
  const name = freeSheetName(spec.name, new Set(worksheets.items.map((w) => w.name.toLowerCase())));
  // Tables and defined names share one namespace: a range the user named "Partners" must not
  // make inserting the sample's Partners table fail.
  const taken = new Set([...tables.items, ...names.items].map((t) => t.name.toLowerCase()));
  const ws = context.workbook.worksheets.add(name);
  const batch = new Batch(context);
  const finish = await renderSheet(ws, spec, {
    batch,
    sheets: new Map([[spec.key, ws]]),
    tableName: tableNamer(taken),
    canValidate,
  });
  if (finish.length > 0) {
    await batch.sync();
    for (const f of finish) f();
  }
  ws.activate();
  await batch.sync();
  return { name };
}

function defaultSetSupport(name: string, version: string): boolean {
  return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported(name, version) === true;
}
