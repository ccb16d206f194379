/** Cell formatting storage: per cell, plus whole-row/column areas for cells created later. */
import { contains, intersect, isEntireColumn, isEntireRow, type Rect } from "./address";
import { excelError } from "./errors";
import { cellKey, isEmptyCell, type CellData, type CellFormat, type SheetModel } from "./model";

const NAMED: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  lime: "#00FF00",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  purple: "#800080",
  gray: "#808080",
  grey: "#808080",
  silver: "#C0C0C0",
  maroon: "#800000",
  navy: "#000080",
  teal: "#008080",
  olive: "#808000",
  aqua: "#00FFFF",
  cyan: "#00FFFF",
  fuchsia: "#FF00FF",
  magenta: "#FF00FF",
  pink: "#FFC0CB",
  brown: "#A52A2A",
  gold: "#FFD700",
  lightgray: "#D3D3D3",
  lightgrey: "#D3D3D3",
  darkgray: "#A9A9A9",
  lightblue: "#ADD8E6",
  lightgreen: "#90EE90",
  darkgreen: "#006400",
  darkblue: "#00008B",
  darkred: "#8B0000",
};

/** Normalises "#ff0000" / "red" to "#FF0000" as Excel reports colours; InvalidArgument otherwise. */
export function normalizeColor(v: unknown, where: string): string {
  if (typeof v !== "string") throw excelError("InvalidArgument", undefined, where);
  const s = v.trim();
  if (/^#[0-9a-f]{6}$/i.test(s)) return s.toUpperCase();
  if (/^#[0-9a-f]{3}$/i.test(s)) return ("#" + [...s.slice(1)].map((ch) => ch + ch).join("")).toUpperCase();
  const named = NAMED[s.toLowerCase()];
  if (named) return named;
  if (/^[a-z]+$/i.test(s)) return s.toLowerCase(); // other CSS names: accepted, kept as given
  throw excelError("InvalidArgument", `The color '${s}' is not valid.`, where);
}

/** Office.js's answers for a cell without explicit formatting. */
export const FORMAT_DEFAULTS = {
  fill: "#FFFFFF",
  fontColor: "#000000",
  bold: false,
  italic: false,
  underline: "None",
  strikethrough: false,
  fontSize: 11,
  fontName: "Calibri",
  wrapText: false,
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  indentLevel: 0,
  textOrientation: 0,
} as const;

const AREA_THRESHOLD = 100_000;

function cloneFormat(f: CellFormat | undefined): CellFormat {
  return f ? (JSON.parse(JSON.stringify(f)) as CellFormat) : {};
}

export function effectiveFormat(sheet: SheetModel, r: number, c: number): CellFormat {
  let out: CellFormat = {};
  for (const a of sheet.areas) {
    if (contains(a.rect, { r0: r, c0: c, rows: 1, cols: 1 })) out = mergeFormat(out, a.format);
  }
  const cell = sheet.cells.get(cellKey(r, c));
  return cell?.format ? mergeFormat(out, cell.format) : out;
}

export function effectiveNumberFormat(sheet: SheetModel, r: number, c: number): string {
  const cell = sheet.cells.get(cellKey(r, c));
  if (cell?.numberFormat !== undefined) return cell.numberFormat;
  let nf = "General";
  for (const a of sheet.areas) {
    if (a.numberFormat !== undefined && contains(a.rect, { r0: r, c0: c, rows: 1, cols: 1 })) nf = a.numberFormat;
  }
  return nf;
}

/** Merges patch into base; a key whose value is undefined in patch is removed (reset to default). */
export function mergeFormat(base: CellFormat, patch: CellFormat): CellFormat {
  const out = cloneFormat(base) as Record<string, unknown>;
  for (const [k, v] of Object.entries(patch)) {
    if (k === "borders" && v && typeof v === "object") {
      const borders = { ...((out.borders as Record<string, unknown>) ?? {}) };
      for (const [side, b] of Object.entries(v as Record<string, object>)) {
        borders[side] = { ...((borders[side] as object) ?? {}), ...b };
      }
      out.borders = borders;
    } else if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out as CellFormat;
}

function forEachTarget(sheet: SheetModel, rect: Rect, each: (cell: CellData) => void, area: () => void): void {
  const big = rect.rows * rect.cols > AREA_THRESHOLD || isEntireColumn(rect) || isEntireRow(rect);
  if (big) {
    area();
    // A bounded rectangle smaller than the sheet's cell map is walked cell by cell: a column
    // format over 100,000 rows of a 1.5-million-cell sheet took seconds scanning the map.
    if (!isEntireColumn(rect) && !isEntireRow(rect) && rect.rows * rect.cols < sheet.cells.size) {
      for (let r = rect.r0; r < rect.r0 + rect.rows; r++) {
        for (let c = rect.c0; c < rect.c0 + rect.cols; c++) {
          const cell = sheet.cells.get(cellKey(r, c));
          if (cell) each(cell);
        }
      }
      return;
    }
    for (const [k, cell] of sheet.cells) {
      const r = Math.floor(k / 16384),
        c = k % 16384;
      if (contains(rect, { r0: r, c0: c, rows: 1, cols: 1 })) each(cell);
    }
    return;
  }
  for (let r = rect.r0; r < rect.r0 + rect.rows; r++) {
    for (let c = rect.c0; c < rect.c0 + rect.cols; c++) {
      const k = cellKey(r, c);
      let cell = sheet.cells.get(k);
      if (!cell) {
        cell = { value: null };
        sheet.cells.set(k, cell);
      }
      each(cell);
      if (isEmptyCell(cell)) sheet.cells.delete(k);
    }
  }
}

/** Applies a format patch (undefined values reset a key) to every cell in rect. */
export function applyFormat(sheet: SheetModel, rect: Rect, patch: CellFormat): void {
  forEachTarget(
    sheet,
    rect,
    (cell) => {
      const merged = mergeFormat(cell.format ?? {}, patch);
      if (Object.keys(merged).length) cell.format = merged;
      else delete cell.format;
    },
    () => {
      sheet.areas.push({ rect: { ...rect }, format: cloneFormat(patch) });
    },
  );
}

export function applyNumberFormat(sheet: SheetModel, rect: Rect, nf: string): void {
  forEachTarget(
    sheet,
    rect,
    (cell) => {
      cell.numberFormat = nf;
    },
    () => {
      sheet.areas.push({ rect: { ...rect }, format: {}, numberFormat: nf });
    },
  );
}

/** Clear(Formats): formats and number formats go back to defaults. */
export function clearFormats(sheet: SheetModel, rect: Rect): void {
  sheet.areas = sheet.areas.filter((a) => !contains(rect, a.rect));
  const partly = sheet.areas.some((a) => intersect(a.rect, rect));
  forEachTarget(
    sheet,
    rect,
    (cell) => {
      delete cell.format;
      delete cell.numberFormat;
      delete cell.style;
      if (partly) {
        cell.format = { ...FORMAT_DEFAULTS };
        cell.numberFormat = "General";
      }
    },
    () => undefined,
  );
}

/** A format property over a range: its value when all cells agree, else null (as Office.js). */
export function uniformFormat<T>(
  sheet: SheetModel,
  rect: Rect,
  get: (f: CellFormat) => T | undefined,
  dflt: T,
): T | null {
  let first: T | undefined;
  let seen = false;
  const sample = rect.rows * rect.cols > AREA_THRESHOLD;
  const visit = (r: number, c: number): boolean => {
    const v = get(effectiveFormat(sheet, r, c)) ?? dflt;
    if (!seen) {
      first = v;
      seen = true;
      return true;
    }
    return JSON.stringify(v) === JSON.stringify(first);
  };
  if (sample) {
    if (!visit(rect.r0, rect.c0)) return null;
    for (const k of sheet.cells.keys()) {
      const r = Math.floor(k / 16384),
        c = k % 16384;
      if (contains(rect, { r0: r, c0: c, rows: 1, cols: 1 }) && !visit(r, c)) return null;
    }
    return first ?? null;
  }
  for (let r = rect.r0; r < rect.r0 + rect.rows; r++) {
    for (let c = rect.c0; c < rect.c0 + rect.cols; c++) if (!visit(r, c)) return null;
  }
  return first ?? null;
}
