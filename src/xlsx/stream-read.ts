import { DOMParser, type Element as XmlElement } from "@xmldom/xmldom";
import JSZip from "jszip";
import { CannotAnalyzeError } from "../engine/errors";
import { tableFromGrid } from "../engine/ingest/grid";
import { type InputLocation, locateHistory, locateInput, type WorkbookCatalog } from "../engine/ingest/locate";
import { UNCALCULATED } from "../engine/ingest/values";
import type { InputName, RawCell, RawTable, WorkbookInput } from "../engine/model";
import { readStoredSettings } from "../engine/settings";
import { sheetOfReference } from "../report/references";
import { OUTPUT_SHEETS } from "../report/sheet-spec";
import { ownershipName, SETTINGS_SHEET_NAME, settingsTextFromValues } from "../report/settings-sheet";
import type { ReadOptions, ReadWorkbook } from "./read-workbook";

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

interface SheetPart {
  name: string;
  path: string;
}

interface TablePart {
  name: string;
  ref: string;
  totalsRow: boolean;
}

interface ScanContext {
  zip: JSZip;
  strings: RawCell[];
  dateStyle: boolean[];
  date1904: boolean;
}

/** Cells found in a rectangle: rows[r - top][c] (c absolute), with the bounding box of the values. */
interface Scan {
  rows: ((RawCell | undefined)[] | undefined)[];
  cells: number;
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** The rectangle scanned (rows[0] is its top row). */
  from: number;
  merges: string[];
}

const parser = () => new DOMParser({ onError: () => undefined });

async function partText(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  return file ? file.async("string") : null;
}

function elements(parent: { getElementsByTagName(name: string): ArrayLike<XmlElement> }, name: string): XmlElement[] {
  return Array.from(parent.getElementsByTagName(name));
}

/** The target of a relationship, as a path from the package root. */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").filter(Boolean);
  for (const step of target.split("/")) {
    if (step === "..") parts.pop();
    else if (step !== ".") parts.push(step);
  }
  return parts.join("/");
}

async function relationships(zip: JSZip, partPath: string): Promise<Map<string, string>> {
  const folder = partPath.replace(/[^/]+$/, "");
  const text = await partText(zip, `${folder}_rels/${partPath.slice(folder.length)}.rels`);
  const out = new Map<string, string>();
  if (!text) return out;
  const doc = parser().parseFromString(text, "text/xml");
  for (const rel of elements(doc, "Relationship")) {
    if (rel.getAttribute("TargetMode") === "External") continue;
    out.set(rel.getAttribute("Id") ?? "", resolveTarget(folder, rel.getAttribute("Target") ?? ""));
  }
  return out;
}

async function workbookParts(
  zip: JSZip,
): Promise<{ sheets: SheetPart[]; definedNames: { name: string; ref: string }[]; date1904: boolean }> {
  const path = "xl/workbook.xml";
  const text = await partText(zip, path);
  if (text === null)
    throw new CannotAnalyzeError("The file is not a readable .xlsx workbook (it has no xl/workbook.xml).");
  const doc = parser().parseFromString(text, "text/xml");
  const rels = await relationships(zip, path);
  const sheets = elements(doc, "sheet").map((s) => ({
    name: s.getAttribute("name") ?? "",
    path: rels.get(s.getAttribute("r:id") ?? "") ?? "",
  }));
  const definedNames = elements(doc, "definedName").map((d) => ({
    name: d.getAttribute("name") ?? "",
    ref: d.textContent ?? "",
  }));
  const pr = elements(doc, "workbookPr")[0];
  const date1904 = pr !== undefined && /^(1|true)$/.test(pr.getAttribute("date1904") ?? "");
  return { sheets, definedNames, date1904 };
}

async function tablesOf(zip: JSZip, sheet: SheetPart): Promise<TablePart[]> {
  const rels = await relationships(zip, sheet.path);
  const out: TablePart[] = [];
  for (const target of rels.values()) {
    if (!/\/tables\/[^/]+\.xml$/.test(`/${target}`)) continue;
    const text = await partText(zip, target);
    if (!text) continue;
    const t = parser().parseFromString(text, "text/xml").documentElement;
    if (!t) continue;
    out.push({
      name: t.getAttribute("displayName") ?? t.getAttribute("name") ?? "",
      ref: t.getAttribute("ref") ?? "A1",
      totalsRow: Number(t.getAttribute("totalsRowCount") ?? 0) > 0,
    });
  }
  return out;
}

/** ExcelJS's own test of a date format (utils.isDateFmt), so both readers see the same dates. */
function isDateFmt(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const bare = fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]+/.test(bare);
}

/** Excel's built-in number formats that show dates or times (ECMA-376 §18.8.30). */
const BUILT_IN_DATES: Record<number, string> = {
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
};

/** Per cell style index (cellXfs), whether its number format shows a date. */
async function dateStyles(zip: JSZip): Promise<boolean[]> {
  const text = await partText(zip, "xl/styles.xml");
  if (!text) return [];
  const doc = parser().parseFromString(text, "text/xml");
  const custom = new Map(
    elements(doc, "numFmt").map((f) => [Number(f.getAttribute("numFmtId")), f.getAttribute("formatCode") ?? ""]),
  );
  const xfs = elements(doc, "cellXfs")[0];
  if (!xfs) return [];
  return elements(xfs, "xf").map((xf) => {
    const id = Number(xf.getAttribute("numFmtId") ?? 0);
    return isDateFmt(custom.get(id) ?? BUILT_IN_DATES[id]);
  });
}

/** The shared-string table, each entry its plain text (rich-text runs joined; phonetic runs left out). */
async function sharedStrings(zip: JSZip): Promise<RawCell[]> {
  const text = await partText(zip, "xl/sharedStrings.xml");
  if (!text) return [];
  const out: RawCell[] = [];
  const si = /<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g;
  for (let m = si.exec(text); m !== null; m = si.exec(text)) out.push(textOf(m[1] ?? ""));
  return out;
}

/** The text of a string item (`<t>`, or runs `<r><t>`), without phonetic runs (`<rPh>`). */
function textOf(inner: string): string {
  const body = inner.includes("<rPh") ? inner.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "") : inner;
  let out = "";
  const t = /<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g;
  for (let m = t.exec(body); m !== null; m = t.exec(body)) out += unescapeXml(m[1] ?? "");
  return out;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, code: string) => {
    if (code[0] === "#")
      return String.fromCodePoint(
        code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : Number(code.slice(1)),
      );
    return ENTITIES[code] ?? all;
  });
}

/**
 * Scans one worksheet's XML as it is decompressed, keeping the values in the rectangle. Rows
 * are processed as soon as they are complete, so the XML is never held whole.
 */
async function scanSheet(
  context: ScanContext,
  path: string,
  rect: { top: number; left: number; bottom: number; right: number },
): Promise<Scan> {
  const scan: Scan = {
    rows: [],
    cells: 0,
    top: Infinity,
    left: Infinity,
    bottom: 0,
    right: 0,
    from: rect.top,
    merges: [],
  };
  const file = context.zip.file(path);
  if (!file) return { ...scan, top: 1, left: 1 };
  let buffer = "";
  let nextRow = 1;
  let tail = "";
  const takeRows = (text: string) => {
    const rowTag = /<row\b([^>]*?)(\/>|>([\s\S]*?)<\/row>)/g;
    for (let m = rowTag.exec(text); m !== null; m = rowTag.exec(text)) {
      const r = /\br="(\d+)"/.exec(m[1] ?? "");
      const rowNumber = r ? Number(r[1]) : nextRow;
      nextRow = rowNumber + 1;
      if (rowNumber < rect.top || rowNumber > rect.bottom || m[3] === undefined) continue;
      takeCells(context, scan, rect, rowNumber, m[3]);
    }
  };
  await new Promise<void>((resolve, reject) => {
    (file as unknown as Streamable)
      .internalStream("string")
      .on("data", (chunk: string) => {
        buffer += chunk;
        // Process up to the last complete row (a self-closing <row/> before it is complete too).
        const end = buffer.lastIndexOf("</row>");
        if (end < 0) return;
        const cut = end + 6;
        takeRows(buffer.slice(0, cut));
        buffer = buffer.slice(cut);
      })
      .on("error", reject)
      .on("end", () => {
        takeRows(buffer);
        tail = buffer;
        resolve();
      })
      .resume();
  });
  const merge = /<mergeCell\b[^>]*\bref="([^"]+)"/g;
  for (let m = merge.exec(tail); m !== null; m = merge.exec(tail)) scan.merges.push(m[1] ?? "");
  // Covered cells of a merge read as empty, as Excel reports them (the top-left cell keeps its value).
  for (const ref of scan.merges) {
    const [a, b] = ref.split(":").map(decode);
    if (!a || !b) continue;
    for (let r = a.row; r <= b.row; r++) {
      const row = scan.rows[r - scan.from];
      if (!row) continue;
      for (let c = a.col; c <= b.col; c++) if ((r !== a.row || c !== a.col) && row[c] !== undefined) row[c] = null;
    }
  }
  if (scan.cells === 0) return { ...scan, top: 1, left: 1 };
  return scan;
}

/** JSZip's StreamHelper (documented as ZipObject#internalStream, missing from its typings): decoded text chunk by chunk. */
interface Streamable {
  internalStream(type: "string"): StreamHelper;
}
interface StreamHelper {
  on(event: "data", listener: (chunk: string) => void): StreamHelper;
  on(event: "error", listener: (error: Error) => void): StreamHelper;
  on(event: "end", listener: () => void): StreamHelper;
  resume(): StreamHelper;
}

const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

function takeCells(
  context: ScanContext,
  scan: Scan,
  rect: { left: number; right: number },
  rowNumber: number,
  inner: string,
): void {
  let nextCol = 1;
  CELL.lastIndex = 0;
  let row: (RawCell | undefined)[] | undefined;
  for (let m = CELL.exec(inner); m !== null; m = CELL.exec(inner)) {
    const attrs = m[1] ?? "";
    const ref = /\br="([A-Z]+)\d*"/.exec(attrs);
    const col = ref ? columnNumber(ref[1] ?? "A") : nextCol;
    nextCol = col + 1;
    if (col < rect.left || col > rect.right) continue;
    const value = cellValue(context, attrs, m[2]);
    if (value === undefined) continue;
    if (row === undefined) {
      const at = rowNumber - scan.from;
      row = scan.rows[at] ?? [];
      scan.rows[at] = row;
    }
    row[col] = value;
    scan.cells++;
    if (rowNumber < scan.top) scan.top = rowNumber;
    if (rowNumber > scan.bottom) scan.bottom = rowNumber;
    if (col < scan.left) scan.left = col;
    if (col > scan.right) scan.right = col;
  }
}

/** One cell's value as read-workbook's rawCell gives it; undefined for a cell with no value. */
function cellValue(context: ScanContext, attrs: string, inner: string | undefined): RawCell | undefined {
  if (inner === undefined) return undefined;
  const type = /\bt="([a-zA-Z]+)"/.exec(attrs)?.[1] ?? "n";
  const hasFormula = /<f\b/.test(inner);
  const v = /<v\b[^>]*?(?:\/>|>([\s\S]*?)<\/v>)/.exec(inner);
  const text = v ? unescapeXml(v[1] ?? "") : undefined;
  if (type === "inlineStr") {
    const is = /<is\b[^>]*>([\s\S]*?)<\/is>/.exec(inner);
    return is ? textOf(is[1] ?? "") : hasFormula ? { kind: "error", code: UNCALCULATED } : undefined;
  }
  if (text === undefined || (text === "" && type !== "str")) {
    // A formula saved without its cached result reads as not calculated.
    return hasFormula ? { kind: "error", code: UNCALCULATED } : undefined;
  }
  switch (type) {
    case "s":
      return context.strings[Number(text)] ?? null;
    case "str":
      // A formula whose cached result is empty text (`=IF(A2="","",…)`) is blank.
      return text === "" ? " " : text;
    case "b":
      return text === "1" || text === "true";
    case "e":
      return { kind: "error", code: text };
    case "d":
      return { kind: "date", iso: isoDate(new Date(text)) };
    default: {
      const n = parseFloat(text);
      const style = Number(/\bs="(\d+)"/.exec(attrs)?.[1] ?? 0);
      if (context.dateStyle[style] === true) {
        return {
          kind: "date",
          iso: isoDate(new Date(Math.round((n - 25569 + (context.date1904 ? 1462 : 0)) * 86_400_000))),
        };
      }
      return n;
    }
  }
}

function isoDate(d: Date): string {
  const iso = Number.isNaN(d.getTime()) ? "" : d.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}

/** The rectangle's cells, row by row; each scanned row is let go once copied (a million rows are not held twice). */
function gridOf(scan: Scan, top: number, left: number, bottom: number, right: number): RawCell[][] {
  const grid: RawCell[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row = scan.rows[r - scan.from];
    scan.rows[r - scan.from] = undefined;
    const cells: RawCell[] = new Array<RawCell>(right - left + 1);
    for (let c = left; c <= right; c++) cells[c - left] = row?.[c] ?? null;
    grid.push(cells);
  }
  return grid;
}

function columnNumber(letters: string): number {
  let col = 0;
  for (const ch of letters) col = col * 26 + ch.charCodeAt(0) - 64;
  return col;
}

function decode(address: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(address.trim());
  if (!m) return { row: 1, col: 1 };
  return { row: Number(m[2]), col: columnNumber((m[1] ?? "A").toUpperCase()) };
}
