import ExcelJS from "exceljs";
import JSZip from "jszip";
import { CannotAnalyzeError } from "../engine/errors";
import { parseCellAddress } from "../engine/ingest/addresses";
import { tableFromGrid } from "../engine/ingest/grid";
import { type InputLocation, locateHistory, locateInput, type WorkbookCatalog } from "../engine/ingest/locate";
import type { InputName, RawCell, RawTable, WorkbookInput } from "../engine/model";
import { readStoredSettings } from "../engine/settings";
import { OUTPUT_SHEETS } from "../report/sheet-spec";
import { sheetOfReference } from "../report/references";
import { ownershipName, SETTINGS_SHEET_NAME, settingsTextFromValues } from "../report/settings-sheet";
import { rawCell } from "./cells";
import { elementsNS, NS, parseXml, serializeXml } from "./xml";
import { readWorkbookStreaming } from "./stream-read";

export interface ReadWorkbook {
  input: WorkbookInput;
  catalog: WorkbookCatalog;
  /** Settings JSON stored by the add-in, or null. */
  storedSettings: string | null;
}

export interface ReadOptions {
  /** Use the input tables chosen in the task pane and stored with the settings (default true). */
  storedChoices?: boolean;
  /**
   * Scan the sheets' XML as a stream instead of loading ExcelJS's workbook model (stream-read.ts).
   * Default: for files of STREAMING_FROM_BYTES or more, whose model would not fit in memory.
   */
  streaming?: boolean;
}

/**
 * Files from this size on are read by streaming: about 40,000 partner rows. ExcelJS's model
 * of a 100,000-row workbook takes most of a gigabyte and a minute to build; the stream
 * reader holds only the input cells.
 */
export const STREAMING_FROM_BYTES = 4 * 1024 * 1024;

const INPUTS: InputName[] = ["partners", "responsibilities", "capabilities", "candidates", "maturity", "expectations"];

/**
 * Reads the input tables of an .xlsx file. Throws CannotAnalyzeError when the file cannot be
 * opened as a workbook; a missing Partners table is reported later, by ingest.
 */
export async function readWorkbook(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadWorkbook> {
  if (options.streaming ?? bytes.length >= STREAMING_FROM_BYTES) return readWorkbookStreaming(bytes, options);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load((await mendPackage(bytes)) as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new CannotAnalyzeError(`The file is not a readable .xlsx workbook (${(error as Error).message}).`, {
      cause: error,
    });
  }
  const catalog = catalogOf(wb);
  const storedSettings = readSettingsText(wb);
  // The tables the user picked in the task pane are saved with the settings: read those, as
  // the add-in does, so a shared workbook gives the same results from the command line.
  const choices = options.storedChoices === false ? {} : readStoredSettings(storedSettings).settings.inputs;
  const input: WorkbookInput = { partners: null };
  for (const name of INPUTS) {
    const where = locateInput(catalog, name, choices[name]);
    input[name] = where ? readLocation(wb, where) : null;
  }
  const history = locateHistory(catalog);
  input.history = history ? readLocation(wb, history) : null;
  return { input, catalog, storedSettings };
}

/** Tables, sheets, and the sheets the add-in marked as its own with defined names. */
function catalogOf(wb: ExcelJS.Workbook): WorkbookCatalog {
  const sheets: string[] = [];
  const tables: WorkbookCatalog["tables"] = [];
  wb.eachSheet((ws) => {
    if (ws.name === SETTINGS_SHEET_NAME) return;
    sheets.push(ws.name);
    for (const t of tablesOf(ws)) tables.push({ name: tableModel(t).name, sheet: ws.name });
  });
  const owned = new Set(OUTPUT_SHEETS.map(ownershipName));
  const ownedSheets: string[] = [];
  for (const dn of definedNames(wb)) {
    if (!owned.has(dn.name)) continue;
    const sheet = sheetOfReference(dn.ranges[0] ?? "");
    if (sheet) ownedSheets.push(sheet);
  }
  return { tables, sheets, ownedSheets };
}

function readLocation(wb: ExcelJS.Workbook, where: InputLocation): RawTable | null {
  const ws = wb.getWorksheet(where.sheet);
  if (!ws) return null;
  if (where.kind === "table") {
    const table = tablesOf(ws).find((t) => tableModel(t).name === where.name);
    const model = table ? tableModel(table) : undefined;
    if (!model?.ref) return null;
    const [top, bottom] = model.ref.split(":");
    const a = decode(top ?? "A1");
    const b = decode(bottom ?? top ?? "A1");
    // A table's range includes its totals row ("Total", SUBTOTALs): not a partner, and its sums
    // of scores would even switch the auto scale to 0–100.
    const lastRow = model.totalsRow ? Math.max(a.row, b.row - 1) : b.row;
    const grid = readGrid(ws, a.row, a.col, lastRow, b.col);
    const [header = [], ...rows] = grid;
    return { source: where.name, sheet: ws.name, headerRow: a.row, firstColumn: a.col, header, rows };
  }
  const dims = ws.actualRowCount === 0 ? null : ws.dimensions;
  if (!dims) return null;
  const grid = readGrid(ws, dims.top, dims.left, dims.bottom, dims.right);
  return tableFromGrid(ws.name, ws.name, grid, { row: dims.top, column: dims.left });
}

/** Cells of a rectangle; the covered cells of a merge read as empty, as Excel reports them. */
function readGrid(ws: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number): RawCell[][] {
  const grid: RawCell[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row = ws.getRow(r);
    const cells: RawCell[] = [];
    for (let c = left; c <= right; c++) {
      const cell = row.getCell(c);
      cells.push(cell.isMerged && cell.master !== cell ? null : rawCell(cell.value));
    }
    grid.push(cells);
  }
  return grid;
}

function readSettingsText(wb: ExcelJS.Workbook): string | null {
  const ws = wb.getWorksheet(SETTINGS_SHEET_NAME);
  if (!ws) return null;
  const column: unknown[] = [];
  ws.getColumn(1).eachCell({ includeEmpty: true }, (cell) => column.push(rawCell(cell.value)));
  return settingsTextFromValues(column);
}

/** ExcelJS's typings describe getTables() wrongly (as tuples); it returns tables. */
function tablesOf(ws: ExcelJS.Worksheet): ExcelJS.Table[] {
  return ws.getTables() as unknown as ExcelJS.Table[];
}

/**
 * ExcelJS keeps a loaded table's name, range and totals-row flag on its inner model. (Its
 * `headerRow` flag is false whenever Excel omits the default headerRowCount="1", so it is not
 * trusted: tables are read with their first row as the header.)
 */
function tableModel(t: ExcelJS.Table): { name: string; ref?: string; totalsRow: boolean } {
  const inner = (
    t as unknown as {
      table: { name: string; displayName?: string; tableRef?: string; ref?: string; totalsRow?: boolean };
    }
  ).table;
  return {
    name: inner.displayName ?? inner.name,
    ref: inner.tableRef ?? inner.ref,
    totalsRow: inner.totalsRow === true,
  };
}

function definedNames(wb: ExcelJS.Workbook): { name: string; ranges: string[] }[] {
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  return Array.isArray(model) ? model : [];
}

function decode(address: string): { row: number; col: number } {
  const cell = parseCellAddress(address);
  return cell ? { row: cell.row, col: cell.column } : { row: 1, col: 1 };
}

/**
 * Mends what ExcelJS 4.4 misreads, before it loads the package:
 * - relationships with absolute part names (`Target="/xl/tables/table1.xml"`, as openpyxl
 *   writes): ExcelJS looks tables up by the relative form, so such targets are made relative;
 * - formulas whose cached result is empty text (`<c t="str"><f>…</f><v></v></c>`, what Excel
 *   saves for `=IF(A2="","",…)`): ExcelJS drops the empty result, and a formula without a
 *   result reads as "not calculated" — 50,000 filled-down helper formulas became 50,000 cell
 *   errors (and tripped the row limit). A single space keeps the result, and reads as blank.
 */
async function mendPackage(bytes: Uint8Array): Promise<Uint8Array> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return bytes; // not a zip: let ExcelJS report it
  }
  let changed = false;
  for (const path of Object.keys(zip.files)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(path)) continue;
    const xml = (await zip.file(path)?.async("string")) ?? "";
    if (xml.search(EMPTY_TEXT_RESULT) < 0) continue;
    zip.file(path, xml.replace(EMPTY_TEXT_RESULT, "$1<v> </v>"));
    changed = true;
  }
  for (const path of Object.keys(zip.files)) {
    if (!path.endsWith(".rels")) continue;
    const file = zip.file(path);
    if (!file) continue;
    let doc: ReturnType<typeof parseXml>;
    try {
      doc = parseXml(await file.async("string"), path);
    } catch {
      continue; // not ours to mend: ExcelJS says whether it can read it
    }
    const absolute = elementsNS(doc, NS.rels, "Relationship").filter((r) => r.getAttribute("Target")?.startsWith("/"));
    if (absolute.length === 0) continue;
    const base = path.replace(/_rels\/[^/]+$/, ""); // folder of the source part
    for (const r of absolute) r.setAttribute("Target", relativePath(base, (r.getAttribute("Target") ?? "").slice(1)));
    zip.file(path, serializeXml(doc));
    changed = true;
  }
  return changed ? zip.generateAsync({ type: "uint8array" }) : bytes;
}

/**
 * A formula cell whose cached result is empty text: `$1` is everything before its empty `<v>`.
 * The one edit here left to a pattern rather than the XML parser: worksheets are the package's
 * large parts, and @xmldom/xmldom needs about 70 MB of heap per MB of sheet (a 41 MB sheet of
 * 50,000 rows took 3 GB and minutes), where this scan takes milliseconds.
 */
const EMPTY_TEXT_RESULT = /(<c\b[^>]*\bt="str"[^>]*>\s*<f\b(?:[^>]*\/>|[^>]*>[^<]*<\/f>)\s*)(?:<v\s*\/>|<v><\/v>)/g;

/** The path of `target` (from the package root) relative to folder `base` (ends with "/" or is ""). */
function relativePath(base: string, target: string): string {
  const from = base.split("/").filter(Boolean);
  const to = target.split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
}
