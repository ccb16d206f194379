/** Reading and writing cell contents with Excel's input rules. */
import { dateToSerial, MAX_COLS, MAX_ROWS, serialToDate, type Rect } from "./address";
import { DIMENSION_MISMATCH, excelError } from "./errors";
import {
  cellKey,
  ERROR_STRINGS,
  isEmptyCell,
  isErrorValue,
  keyCol,
  keyRow,
  type CellData,
  type CellValue,
  type SheetModel,
} from "./model";
import { formatValue } from "./numfmt";
import { effectiveNumberFormat } from "./formats";

export const MAX_TEXT = 32767;
export const MAX_FORMULA = 8192;

type Parsed = { value: CellValue; formula?: string; quotePrefix?: boolean; numberFormat?: string };

const NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i;
const GROUPED = /^\s*[+-]?\d{1,3}(,\d{3})+(\.\d*)?\s*$/;
const PERCENT = /^\s*[+-]?(\d+\.?\d*|\.\d+)\s*%\s*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What a user typing `raw` into a cell would get. Returns undefined to leave the cell unchanged. */
export function parseInput(raw: unknown, currentFormat: string): Parsed | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw === "number") return Number.isFinite(raw) ? { value: raw } : undefined;
  if (typeof raw === "boolean") return { value: raw };
  if (typeof raw !== "string") throw excelError("InvalidArgument", undefined, "values");
  if (raw === "") return { value: null };
  if (raw.length > MAX_TEXT)
    throw excelError("InvalidArgument", "Text values in cells are limited to 32,767 characters.", "values");
  if (currentFormat === "@") return { value: raw };
  const first = raw[0];
  if (first === "'") return { value: raw.slice(1), quotePrefix: true };
  if (first === "=" && raw.length > 1) return formula(raw);
  if (NUMBER.test(raw)) return { value: Number(raw) };
  if (GROUPED.test(raw)) return { value: Number(raw.replace(/,/g, "")) };
  if (PERCENT.test(raw)) {
    const n = Number(raw.replace("%", "")) / 100;
    return currentFormat === "General" ? { value: n, numberFormat: "0%" } : { value: n };
  }
  if (/^(true|false)$/i.test(raw.trim())) return { value: raw.trim().toUpperCase() === "TRUE" };
  if (ERROR_STRINGS.includes(raw.trim().toUpperCase())) return { value: { error: raw.trim().toUpperCase() } };
  if (ISO_DATE.test(raw.trim()) && serialToDate(dateToSerial(raw)).toISOString().startsWith(raw.trim())) {
    const serial = dateToSerial(raw);
    return currentFormat === "General" ? { value: serial, numberFormat: "yyyy-mm-dd" } : { value: serial };
  }
  if ((first === "+" || first === "-" || first === "@") && raw.length > 1) {
    return formula(first === "@" ? `=${raw.slice(1)}` : `=${raw}`);
  }
  return { value: raw };
}

function formula(f: string): Parsed {
  if (f.length > MAX_FORMULA)
    throw excelError("InvalidArgument", "Formulas are limited to 8,192 characters.", "formulas");
  return { value: 0, formula: f };
}

/** Validates a 2-D input (or a single non-array value, applied to every cell) against `rect`. */
export function checkShape(
  input: unknown,
  rect: Rect,
  prop: string,
  broadcastOneByOne = false,
): (r: number, c: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const one = input.length === 1 && Array.isArray(input[0]) && (input[0] as unknown[]).length === 1;
  if (one && broadcastOneByOne) return () => (input[0] as unknown[])[0];
  const ok = input.length === rect.rows && input.every((row) => Array.isArray(row) && row.length === rect.cols);
  if (!ok) throw excelError("InvalidArgument", DIMENSION_MISMATCH, `Range.${prop}`);
  return (r, c) => (input[r] as unknown[])[c];
}

/** Entire rows or columns: cell-level properties read as null and cannot be written. */
export function unbounded(rect: Rect): boolean {
  return rect.rows === MAX_ROWS || rect.cols === MAX_COLS;
}

export function getCell(sheet: SheetModel, r: number, c: number): CellData | undefined {
  return sheet.cells.get(cellKey(r, c));
}

function ensureCell(sheet: SheetModel, r: number, c: number): CellData {
  const k = cellKey(r, c);
  let cell = sheet.cells.get(k);
  if (!cell) {
    cell = { value: null };
    sheet.cells.set(k, cell);
  }
  return cell;
}

/** Writes one parsed input to a cell, replacing value, formula and quote prefix. */
export function putCell(sheet: SheetModel, r: number, c: number, p: Parsed): void {
  const cell = ensureCell(sheet, r, c);
  cell.value = p.value;
  delete cell.formula;
  delete cell.quotePrefix;
  if (p.formula !== undefined) cell.formula = p.formula;
  if (p.quotePrefix) cell.quotePrefix = true;
  if (p.numberFormat !== undefined) cell.numberFormat = p.numberFormat;
  pruneCell(sheet, r, c);
}

export function pruneCell(sheet: SheetModel, r: number, c: number): void {
  const cell = getCell(sheet, r, c);
  if (!cell) return;
  if (isEmptyCell(cell)) sheet.cells.delete(cellKey(r, c));
}

/** `Range.values = input` or `Range.formulas = input` (the same parser in this fake). */
export function writeContents(sheet: SheetModel, rect: Rect, input: unknown, prop: string): void {
  if (unbounded(rect))
    throw excelError(
      "InvalidArgument",
      "Cell-level properties cannot be set on an unbounded range (entire rows or columns).",
      `Range.${prop}`,
    );
  const at = checkShape(input, rect, prop);
  const parsed: (Parsed | undefined)[] = [];
  for (let r = 0; r < rect.rows; r++) {
    for (let c = 0; c < rect.cols; c++) {
      parsed.push(parseInput(at(r, c), effectiveNumberFormat(sheet, rect.r0 + r, rect.c0 + c)));
    }
  }
  let i = 0;
  for (let r = 0; r < rect.rows; r++) {
    for (let c = 0; c < rect.cols; c++) {
      const p = parsed[i++];
      if (p) putCell(sheet, rect.r0 + r, rect.c0 + c, p);
    }
  }
}

/** numberFormat: a single value or a 1×1 array applies to every cell, even of an unbounded range (office-js-docs-pr#5400). */
export function writeNumberFormat(rect: Rect, input: unknown, apply: (r: Rect, nf: string) => void): void {
  const single =
    !Array.isArray(input) || (input.length === 1 && Array.isArray(input[0]) && (input[0] as unknown[]).length === 1);
  if (single) {
    const v = Array.isArray(input) ? (input[0] as unknown[])[0] : input;
    if (v === null || v === undefined) return;
    if (typeof v !== "string") throw excelError("InvalidArgument", undefined, "Range.numberFormat");
    apply(rect, v);
    return;
  }
  if (unbounded(rect))
    throw excelError(
      "InvalidArgument",
      "Cell-level properties cannot be set on an unbounded range (entire rows or columns).",
      "Range.numberFormat",
    );
  const at = checkShape(input, rect, "numberFormat");
  for (let r = 0; r < rect.rows; r++) {
    for (let c = 0; c < rect.cols; c++) {
      const v = at(r, c);
      if (v === null || v === undefined) continue;
      if (typeof v !== "string") throw excelError("InvalidArgument", undefined, "Range.numberFormat");
    }
  }
  for (let r = 0; r < rect.rows; r++) {
    for (let c = 0; c < rect.cols; c++) {
      const v = at(r, c);
      if (typeof v === "string") apply({ r0: rect.r0 + r, c0: rect.c0 + c, rows: 1, cols: 1 }, v);
    }
  }
}

/** The value Office.js returns in `values` for a stored cell. */
export function readValue(cell: CellData | undefined): number | string | boolean {
  if (!cell || cell.value === null) return "";
  if (isErrorValue(cell.value)) return cell.value.error;
  return cell.value;
}

export function readFormula(cell: CellData | undefined): number | string | boolean {
  if (cell?.formula !== undefined) return cell.formula;
  return readValue(cell);
}

export function readValueType(cell: CellData | undefined): string {
  const v = cell?.value ?? null;
  if (v === null) return "Empty";
  if (isErrorValue(v)) return "Error";
  if (typeof v === "boolean") return "Boolean";
  if (typeof v === "number") return "Double";
  return "String";
}

export function readText(sheet: SheetModel, r: number, c: number): string {
  const cell = getCell(sheet, r, c);
  return formatValue(cell?.value ?? null, effectiveNumberFormat(sheet, r, c));
}

/** Builds a rows×cols matrix with `f`, refusing absurdly large reads like Excel's response limit would. */
export function matrix<T>(rect: Rect, f: (r: number, c: number) => T): T[][] {
  if (rect.rows * rect.cols > 5_000_000) throw excelError("ResponsePayloadSizeLimitExceeded");
  const out: T[][] = [];
  for (let r = 0; r < rect.rows; r++) {
    const row: T[] = [];
    for (let c = 0; c < rect.cols; c++) row.push(f(rect.r0 + r, rect.c0 + c));
    out.push(row);
  }
  return out;
}

/** Cells (existing entries only) inside rect, as [row, col, cell]. */
export function cellsIn(sheet: SheetModel, rect: Rect): [number, number, CellData][] {
  const out: [number, number, CellData][] = [];
  const area = rect.rows * rect.cols;
  if (area <= sheet.cells.size) {
    for (let r = rect.r0; r < rect.r0 + rect.rows; r++) {
      for (let c = rect.c0; c < rect.c0 + rect.cols; c++) {
        const cell = getCell(sheet, r, c);
        if (cell) out.push([r, c, cell]);
      }
    }
    return out;
  }
  for (const [k, cell] of sheet.cells) {
    const r = keyRow(k),
      c = keyCol(k);
    if (r >= rect.r0 && r < rect.r0 + rect.rows && c >= rect.c0 && c < rect.c0 + rect.cols) out.push([r, c, cell]);
  }
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

export function clearContents(sheet: SheetModel, rect: Rect): void {
  for (const [r, c, cell] of cellsIn(sheet, rect)) {
    cell.value = null;
    delete cell.formula;
    delete cell.quotePrefix;
    delete cell.hyperlink;
    pruneCell(sheet, r, c);
  }
}

/** Bounding box of non-empty cells (valuesOnly) or of cells with anything (values or formats). */
export function usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | null {
  let r0 = Infinity,
    c0 = Infinity,
    r1 = -1,
    c1 = -1;
  for (const [k, cell] of sheet.cells) {
    if (valuesOnly && cell.value === null && cell.formula === undefined && !cell.quotePrefix) continue;
    const r = keyRow(k),
      c = keyCol(k);
    r0 = Math.min(r0, r);
    c0 = Math.min(c0, c);
    r1 = Math.max(r1, r);
    c1 = Math.max(c1, c);
  }
  if (r1 < 0) return null;
  return { r0, c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}
