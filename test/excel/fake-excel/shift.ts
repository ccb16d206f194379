/** Moving cells when rows/columns are inserted or deleted (cells, formats; not tables or charts). */
import { MAX_COLS, MAX_ROWS, type Rect } from "./address";
import { cellKey, keyCol, keyRow, type SheetModel } from "./model";

/** Moves cells in columns [c0, c0+cols) at or below fromRow by n rows (n may be negative). */
export function shiftRows(sheet: SheetModel, c0: number, cols: number, fromRow: number, n: number): void {
  const moving = [...sheet.cells].filter(([k]) => keyRow(k) >= fromRow && keyCol(k) >= c0 && keyCol(k) < c0 + cols);
  for (const [k] of moving) sheet.cells.delete(k);
  for (const [k, cell] of moving) {
    const r = keyRow(k) + n;
    if (r >= 0 && r < MAX_ROWS) sheet.cells.set(cellKey(r, keyCol(k)), cell);
  }
}

/** Moves cells in rows [r0, r0+rows) at or right of fromCol by n columns. */
export function shiftCols(sheet: SheetModel, r0: number, rows: number, fromCol: number, n: number): void {
  const moving = [...sheet.cells].filter(([k]) => keyCol(k) >= fromCol && keyRow(k) >= r0 && keyRow(k) < r0 + rows);
  for (const [k] of moving) sheet.cells.delete(k);
  for (const [k, cell] of moving) {
    const c = keyCol(k) + n;
    if (c >= 0 && c < MAX_COLS) sheet.cells.set(cellKey(keyRow(k), c), cell);
  }
}

function shiftMap(m: Map<number, number>, from: number, n: number): void {
  const moving = [...m].filter(([i]) => i >= from);
  for (const [i] of moving) m.delete(i);
  for (const [i, v] of moving) if (i + n >= 0) m.set(i + n, v);
}

/** Range.delete(shift): removes the cells and closes the gap ("Up" or "Left"). */
export function deleteCells(sheet: SheetModel, rect: Rect, shift: "Up" | "Left"): void {
  for (let r = rect.r0; r < rect.r0 + rect.rows; r++) {
    for (let c = rect.c0; c < rect.c0 + rect.cols; c++) sheet.cells.delete(cellKey(r, c));
  }
  if (rect.rows * rect.cols > sheet.cells.size) {
    for (const k of [...sheet.cells.keys()]) {
      const r = keyRow(k),
        c = keyCol(k);
      if (r >= rect.r0 && r < rect.r0 + rect.rows && c >= rect.c0 && c < rect.c0 + rect.cols) sheet.cells.delete(k);
    }
  }
  if (shift === "Up") {
    shiftRows(sheet, rect.c0, rect.cols, rect.r0 + rect.rows, -rect.rows);
    if (rect.cols === MAX_COLS) {
      for (let r = rect.r0; r < rect.r0 + rect.rows; r++) sheet.rowHeights.delete(r);
      shiftMap(sheet.rowHeights, rect.r0 + rect.rows, -rect.rows);
    }
  } else {
    shiftCols(sheet, rect.r0, rect.rows, rect.c0 + rect.cols, -rect.cols);
    if (rect.rows === MAX_ROWS) {
      for (let c = rect.c0; c < rect.c0 + rect.cols; c++) sheet.colWidths.delete(c);
      shiftMap(sheet.colWidths, rect.c0 + rect.cols, -rect.cols);
    }
  }
}
