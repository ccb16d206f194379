import type { WorkbookCatalog } from "../engine/ingest/locate";
import { SETTINGS_SHEET_NAME } from "../report/settings-sheet";
import { type OwnershipMark, readMark } from "./sheet-plan";

/** What both reading and writing learn first about a workbook, in one round trip. */
export interface WorkbookLayout {
  /** Sheets (less the settings sheet), tables, and the sheets the add-in marked as its own. */
  catalog: WorkbookCatalog;
  /** The add-in's ownership marks, as read from the defined names. */
  marks: OwnershipMark[];
  /** Loaded tables (name, worksheet name): the writer deletes the ones on sheets it rewrites. */
  tables: Excel.TableCollection;
  /** Every defined name, lower-cased: Excel tables and names share one namespace. */
  definedNames: string[];
  settingsMissing: boolean;
}

/**
 * Loads the workbook's sheets, tables, defined names and whether settings are stored, in one
 * round trip. `sync` lets the writer count the trip in its batch.
 */
export async function loadWorkbookLayout(
  context: Excel.RequestContext,
  sync: () => Promise<void> = () => context.sync(),
): Promise<WorkbookLayout> {
  const wb = context.workbook;
  const worksheets = wb.worksheets.load("items/name");
  const tables = wb.tables.load("items/name,items/worksheet/name");
  const names = wb.names.load("items/name,items/formula,items/comment");
  const settingsSheet = wb.worksheets.getItemOrNullObject(SETTINGS_SHEET_NAME);
  settingsSheet.load("isNullObject");
  await sync();
  // All loaded and synced just above (through `sync`, which the lint rule cannot follow).
  /* eslint-disable office-addins/call-sync-before-read */
  const marks = names.items
    .map((n) => readMark(n.name, n.formula, n.comment ?? ""))
    .filter((m): m is OwnershipMark => m !== null);
  const layout: WorkbookLayout = {
    catalog: {
      sheets: worksheets.items.map((w) => w.name).filter((n) => n !== SETTINGS_SHEET_NAME),
      tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
      ownedSheets: marks.map((m) => m.sheet).filter((s): s is string => s !== null),
    },
    marks,
    tables,
    definedNames: names.items.map((n) => n.name.toLowerCase()),
    settingsMissing: settingsSheet.isNullObject,
  };
  /* eslint-enable office-addins/call-sync-before-read */
  return layout;
}
