/**
 * Checks that hold for every SheetSpec, whatever sheet it is, for report tests:
 * - `paint(spec)`: the cells the blocks write, with every cell written twice with different values;
 * - `tableProblems(specs)`: table names that Excel would refuse or that repeat, and header rows
 *   that are not unique non-empty text;
 * - `cellAt` / `columnValues`: read painted cells back, e.g. to follow a chart's range.
 */
import type { CellRange, CellValue, SheetSpec } from "../../src/report/sheet-spec";

export interface Painted {
  cells: Map<string, CellValue>;
  /** "row,col" of each cell two blocks wrote with different values. */
  clashes: string[];
}

const key = (row: number, col: number) => `${row},${col}`;

/** Paints the blocks of a sheet, in order, onto a grid. */
export function paint(spec: SheetSpec): Painted {
  const cells = new Map<string, CellValue>();
  const clashes: string[] = [];
  for (const block of spec.blocks) {
    block.values.forEach((row, i) =>
      row.forEach((value, j) => {
        const k = key(block.row + i, block.col + j);
        if (cells.has(k) && cells.get(k) !== value) clashes.push(k);
        cells.set(k, value);
      }),
    );
  }
  return { cells, clashes };
}

/** The value painted at a 0-based cell (undefined when nothing was written there). */
export function cellAt(painted: Painted, row: number, col: number): CellValue | undefined {
  return painted.cells.get(key(row, col));
}

/** The painted values of a one-column range, top to bottom. */
export function columnValues(painted: Painted, range: CellRange): (CellValue | undefined)[] {
  return Array.from({ length: range.rows }, (_, i) => cellAt(painted, range.row + i, range.col));
}

/**
 * Excel's rules for a table name: starts with a letter, underscore or backslash; then letters,
 * digits, periods and underscores; at most 255 characters; not a cell reference (A1, R1C1)
 * nor "R" or "C".
 */
export function isValidTableName(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name)) return false;
  if (/^[A-Za-z]{1,3}\d+$/.test(name)) return false;
  if (/^[RC]$/i.test(name) || /^R\d*C\d*$/i.test(name)) return false;
  return true;
}

/** Problems with the tables of a set of sheets (one report): empty when all is well. */
export function tableProblems(specs: SheetSpec[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const spec of specs) {
    const painted = paint(spec);
    for (const table of spec.tables) {
      // Excel compares table names case-insensitively.
      const lower = table.name.toLowerCase();
      if (seen.has(lower)) problems.push(`${spec.key}: table name ${table.name} repeats`);
      seen.add(lower);
      if (!isValidTableName(table.name)) problems.push(`${spec.key}: table name ${table.name} is not valid in Excel`);
      const headers = Array.from({ length: table.range.cols }, (_, j) =>
        cellAt(painted, table.range.row, table.range.col + j),
      );
      const texts = headers.filter((h): h is string => typeof h === "string" && h.trim() !== "");
      if (texts.length !== headers.length)
        problems.push(`${spec.key}: ${table.name} has a header that is not text: ${JSON.stringify(headers)}`);
      if (new Set(texts.map((h) => h.toLowerCase())).size !== texts.length)
        problems.push(`${spec.key}: ${table.name} repeats a header`);
      if (table.range.rows < 2) problems.push(`${spec.key}: ${table.name} has no data row`);
    }
  }
  return problems;
}

/** True when two ranges share a cell. */
export function overlaps(a: CellRange, b: CellRange): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}
