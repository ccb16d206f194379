/**
 * One worksheet's XML scanned as it is decompressed, keeping only the cells in a rectangle, each
 * read as read-workbook's rawCell reads it; then the rectangle copied out as a grid.
 */
import type JSZip from "jszip";
import { UNCALCULATED } from "../engine/ingest/values";
import type { RawCell } from "../engine/model";
import { textOf, unescapeXml } from "./stream-read-parts";

export interface ScanContext {
  zip: JSZip;
  strings: RawCell[];
  dateStyle: boolean[];
  date1904: boolean;
}

/** Cells found in a rectangle: rows[r - top][c] (c absolute), with the bounding box of the values. */
export interface Scan {
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

/**
 * Scans one worksheet's XML as it is decompressed, keeping the values in the rectangle. Rows
 * are processed as soon as they are complete, so the XML is never held whole.
 */
export async function scanSheet(
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
export function gridOf(scan: Scan, top: number, left: number, bottom: number, right: number): RawCell[][] {
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

export function decode(address: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(address.trim());
  if (!m) return { row: 1, col: 1 };
  return { row: Number(m[2]), col: columnNumber((m[1] ?? "A").toUpperCase()) };
}
