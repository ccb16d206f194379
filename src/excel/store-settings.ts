/** The settings on the add-in's very hidden settings sheet: written with a report, or saved alone. */
import { SETTINGS_SHEET_NAME, settingsSheetValues } from "../report/settings-sheet";
import { Batch, utf8Length, VALUES_WRITE_BYTES } from "./batch";
import { cellInputs } from "./cell-input";

/** Settings go to a very hidden sheet: they travel with the workbook and the CLI reads them. */
export async function storeSettings(wb: Excel.Workbook, missing: boolean, text: string, batch: Batch): Promise<void> {
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
