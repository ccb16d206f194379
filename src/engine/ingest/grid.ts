import type { RawCell, RawTable } from "../model";
import { headerRowIndex } from "./header-row";
import { isBlankCell } from "./values";

/**
 * Finds a table on a sheet that is not an Excel table (SPEC §1): the first non-empty row is
 * the header (after any title and notes above it, see headerRowIndex); the table spans the
 * header's first to last non-empty cell; trailing blank rows are dropped. Returns null for a
 * sheet with nothing on it.
 *
 * @param grid the sheet's used range, row by row
 * @param origin 1-based sheet row and column of grid[0][0]
 * @example tableFromGrid("Partners", "Partners", [[null], ["Partner", "Fit"], ["A", 3]], { row: 1, column: 1 })
 *   // header ["Partner", "Fit"] at row 2, one data row
 */
export function tableFromGrid(
  source: string,
  sheet: string,
  grid: RawCell[][],
  origin: { row: number; column: number },
): RawTable | null {
  const headerIndex = headerRowIndex(grid);
  if (headerIndex < 0) return null;
  const headerCells = grid[headerIndex] ?? [];
  let first = headerCells.findIndex((c) => !isBlankCell(c));
  let last = first;
  headerCells.forEach((c, i) => {
    if (!isBlankCell(c)) last = i;
  });
  if (first < 0) first = last = 0;
  let end = grid.length;
  while (end > headerIndex + 1 && (grid[end - 1] ?? []).slice(first, last + 1).every(isBlankCell)) end--;
  const width = last - first + 1;
  const slice = (row: RawCell[]) => Array.from({ length: width }, (_, j) => row[first + j] ?? null);
  return {
    source,
    sheet,
    headerRow: origin.row + headerIndex,
    firstColumn: origin.column + first,
    header: slice(headerCells),
    rows: grid.slice(headerIndex + 1, end).map(slice),
  };
}
