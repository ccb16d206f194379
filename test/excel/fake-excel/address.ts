/** A1 addresses, sheet-name quoting and date serials. Pure functions, no Node APIs. */
import { excelError } from "./errors";

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** A rectangle of cells, zero-based. */
export interface Rect {
  r0: number;
  c0: number;
  rows: number;
  cols: number;
}

export function colToLetters(c: number): string {
  let n = c + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToCol(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COL = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

type Part = { r?: number; c?: number };

function parsePart(p: string): Part | null {
  let m = CELL.exec(p);
  if (m) return { c: lettersToCol(m[1] ?? ""), r: Number(m[2]) - 1 };
  m = COL.exec(p);
  if (m) return { c: lettersToCol(m[1] ?? "") };
  m = ROW.exec(p);
  if (m) return { r: Number(m[1]) - 1 };
  return null;
}

/** Parses "A1", "$A$1:C5", "A:C", "2:4" (no sheet). Returns null when malformed or off-sheet. */
export function parseRef(ref: string): Rect | null {
  const parts = ref.trim().split(":");
  if (parts.length > 2 || parts.length === 0) return null;
  const a = parsePart(parts[0] ?? "");
  const b = parts.length === 2 ? parsePart(parts[1] ?? "") : a;
  if (!a || !b) return null;
  const colsOnly = a.r === undefined && b.r === undefined && a.c !== undefined && b.c !== undefined;
  const rowsOnly = a.c === undefined && b.c === undefined && a.r !== undefined && b.r !== undefined;
  if (parts.length === 1 && (colsOnly || rowsOnly)) return null; // "A" or "3" alone is not a range
  let r0: number, r1: number, c0: number, c1: number;
  if (colsOnly) {
    [r0, r1, c0, c1] = [0, MAX_ROWS - 1, Math.min(a.c!, b.c!), Math.max(a.c!, b.c!)];
  } else if (rowsOnly) {
    [r0, r1, c0, c1] = [Math.min(a.r!, b.r!), Math.max(a.r!, b.r!), 0, MAX_COLS - 1];
  } else if (a.r !== undefined && a.c !== undefined && b.r !== undefined && b.c !== undefined) {
    [r0, r1, c0, c1] = [Math.min(a.r, b.r), Math.max(a.r, b.r), Math.min(a.c, b.c), Math.max(a.c, b.c)];
  } else {
    return null;
  }
  if (r0 < 0 || c0 < 0 || r1 >= MAX_ROWS || c1 >= MAX_COLS) return null;
  return { r0, c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

/** Splits "Sheet1!A1", "'My Sheet'!A1:B2" into sheet name (unquoted) and local reference. */
export function splitSheet(address: string): { sheet?: string; ref: string } {
  const s = address.trim();
  if (s.startsWith("'")) {
    let i = 1;
    let name = "";
    while (i < s.length) {
      const ch = s[i] ?? "";
      if (ch === "'") {
        if (s[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += ch;
      i++;
    }
    if (s[i + 1] !== "!") return { ref: s };
    return { sheet: name, ref: s.slice(i + 2) };
  }
  const bang = s.lastIndexOf("!");
  return bang < 0 ? { ref: s } : { sheet: s.slice(0, bang), ref: s.slice(bang + 1) };
}

/** Parses a local reference, throwing InvalidArgument (at sync) when it is not a valid address. */
export function requireRef(ref: string): Rect {
  const rect = parseRef(ref);
  if (!rect) throw excelError("InvalidArgument", undefined, "address");
  return rect;
}

export function isEntireColumn(r: Rect): boolean {
  return r.r0 === 0 && r.rows === MAX_ROWS;
}
export function isEntireRow(r: Rect): boolean {
  return r.c0 === 0 && r.cols === MAX_COLS;
}

/** "A1", "A1:C3", "A:C", "1:3"; absolute adds $ signs like NamedItem.formula. */
export function formatRef(r: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  const col = (c: number) => d + colToLetters(c);
  const row = (x: number) => d + String(x + 1);
  if (isEntireColumn(r) && !isEntireRow(r)) return `${col(r.c0)}:${col(r.c0 + r.cols - 1)}`;
  if (isEntireRow(r)) return `${row(r.r0)}:${row(r.r0 + r.rows - 1)}`;
  const first = col(r.c0) + row(r.r0);
  if (r.rows === 1 && r.cols === 1) return first;
  return `${first}:${col(r.c0 + r.cols - 1)}${row(r.r0 + r.rows - 1)}`;
}

/** Quotes a sheet name for use in an address when Excel would ('My Sheet', '2024', 'A1'). */
export function quoteSheet(name: string): string {
  const plain = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name);
  const looksLikeRef = /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]\d*$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name);
  if (plain && !looksLikeRef) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

export function formatAddress(sheet: string, r: Rect, absolute = false): string {
  return `${quoteSheet(sheet)}!${formatRef(r, absolute)}`;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.r0 >= outer.r0 &&
    inner.c0 >= outer.c0 &&
    inner.r0 + inner.rows <= outer.r0 + outer.rows &&
    inner.c0 + inner.cols <= outer.c0 + outer.cols
  );
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const r0 = Math.max(a.r0, b.r0);
  const c0 = Math.max(a.c0, b.c0);
  const r1 = Math.min(a.r0 + a.rows, b.r0 + b.rows);
  const c1 = Math.min(a.c0 + a.cols, b.c0 + b.cols);
  return r1 > r0 && c1 > c0 ? { r0, c0, rows: r1 - r0, cols: c1 - c0 } : null;
}

export function inSheet(r: Rect): boolean {
  return r.r0 >= 0 && r.c0 >= 0 && r.rows > 0 && r.cols > 0 && r.r0 + r.rows <= MAX_ROWS && r.c0 + r.cols <= MAX_COLS;
}

/** "2024-05-01" → Excel serial day number (1900 date system). */
export function dateToSerial(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(iso.trim());
  if (!m) throw new Error(`Not an ISO date: ${iso}`);
  const ms = Date.UTC(
    Number(m[1]),
    Number(m[2]) - 1,
    Number(m[3]),
    Number(m[4] ?? 0),
    Number(m[5] ?? 0),
    Number(m[6] ?? 0),
  );
  return ms / 86400000 + 25569;
}

/** Excel serial → UTC Date. */
export function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86400000));
}
