/** The streaming .xlsx reader; the package's small parts are stream-read-parts.ts, the sheet scan stream-read-scan.ts. */
import JSZip from "jszip";
import { CannotAnalyzeError } from "../engine/errors";
import { tableFromGrid } from "../engine/ingest/grid";
import { type InputLocation, locateHistory, locateInput, type WorkbookCatalog } from "../engine/ingest/locate";
import type { InputName, RawTable, WorkbookInput } from "../engine/model";
import { readStoredSettings } from "../engine/settings";
import { sheetOfReference } from "../report/references";
import { OUTPUT_SHEETS } from "../report/sheet-spec";
import { ownershipName, SETTINGS_SHEET_NAME, settingsTextFromValues } from "../report/settings-sheet";
import type { ReadOptions, ReadWorkbook } from "./read-workbook";
import { dateStyles, sharedStrings, type TablePart, tablesOf, workbookParts } from "./stream-read-parts";
import { decode, gridOf, type ScanContext, scanSheet } from "./stream-read-scan";

/**
 * Reads a large .xlsx without building a workbook model: the small parts (workbook, styles,
 * relationships, tables) are parsed whole; shared strings once; each input sheet's XML is
 * decompressed as a stream and scanned row by row, keeping only the cells of the input's
 * range. ExcelJS's model of a 1,048,575-row sheet takes many gigabytes; this holds the cells
 * the engine reads and little more. Cells read as ExcelJS reads them (read-workbook.ts, whose
 * results the tests compare with these on every fixture): dates by ExcelJS's own date-format
 * test, formulas by their cached result (none: not calculated; empty text: blank), rich text
 * joined, covered cells of a merge empty.
 */
export async function readWorkbookStreaming(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadWorkbook> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new CannotAnalyzeError(`The file is not a readable .xlsx workbook (${(error as Error).message}).`, {
      cause: error,
    });
  }
  const book = await workbookParts(zip);
  const catalog: WorkbookCatalog = { tables: [], sheets: [], ownedSheets: [] };
  const tables = new Map<string, TablePart>();
  for (const sheet of book.sheets) {
    if (sheet.name === SETTINGS_SHEET_NAME) continue;
    catalog.sheets.push(sheet.name);
    for (const t of await tablesOf(zip, sheet)) {
      catalog.tables.push({ name: t.name, sheet: sheet.name });
      tables.set(`${sheet.name}\u0000${t.name}`, t);
    }
  }
  const owned = new Set(OUTPUT_SHEETS.map(ownershipName));
  for (const dn of book.definedNames) {
    if (!owned.has(dn.name)) continue;
    const sheet = sheetOfReference(dn.ref);
    if (sheet) catalog.ownedSheets.push(sheet);
  }
  const strings = await sharedStrings(zip);
  const styles = await dateStyles(zip);
  const context: ScanContext = { zip, strings, dateStyle: styles, date1904: book.date1904 };
  const sheetOf = (name: string) => book.sheets.find((s) => s.name === name);

  const settingsSheet = sheetOf(SETTINGS_SHEET_NAME);
  let storedSettings: string | null = null;
  if (settingsSheet) {
    const scan = await scanSheet(context, settingsSheet.path, { top: 1, left: 1, bottom: Infinity, right: 1 });
    const column = Array.from({ length: scan.bottom }, (_, i) => scan.rows[i]?.[1] ?? null);
    storedSettings = settingsTextFromValues(column);
  }
  const choices = options.storedChoices === false ? {} : readStoredSettings(storedSettings).settings.inputs;
  const read = async (where: InputLocation): Promise<RawTable | null> => {
    const sheet = sheetOf(where.sheet);
    if (!sheet) return null;
    if (where.kind === "table") {
      const t = tables.get(`${where.sheet}\u0000${where.name}`);
      if (!t) return null;
      const [a, b] = t.ref.split(":").map(decode);
      const top = a ?? { row: 1, col: 1 };
      const bottom = b ?? top;
      // A totals row ("Total", SUBTOTALs) is not a partner (see read-workbook.ts).
      const lastRow = t.totalsRow ? Math.max(top.row, bottom.row - 1) : bottom.row;
      const scan = await scanSheet(context, sheet.path, {
        top: top.row,
        left: top.col,
        bottom: lastRow,
        right: bottom.col,
      });
      const grid = gridOf(scan, top.row, top.col, lastRow, bottom.col);
      const [header = [], ...rows] = grid;
      return { source: where.name, sheet: where.sheet, headerRow: top.row, firstColumn: top.col, header, rows };
    }
    const scan = await scanSheet(context, sheet.path, { top: 1, left: 1, bottom: Infinity, right: Infinity });
    if (scan.cells === 0) return null;
    const grid = gridOf(scan, scan.top, scan.left, scan.bottom, scan.right);
    return tableFromGrid(where.sheet, where.sheet, grid, { row: scan.top, column: scan.left });
  };
  const input: WorkbookInput = { partners: null };
  for (const name of INPUTS) {
    const where = locateInput(catalog, name, choices[name]);
    input[name] = where ? await read(where) : null;
  }
  const history = locateHistory(catalog);
  input.history = history ? await read(history) : null;
  return { input, catalog, storedSettings };
}

const INPUTS: InputName[] = ["partners", "responsibilities", "capabilities", "candidates", "maturity", "expectations"];
