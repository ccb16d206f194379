/** Reading cells back out of a SheetSpec, for report tests. */
import type { RawCell, RawTable } from "../../src/engine/model";
import { type CellRange, type CellValue, rangeValues, type SheetSpec } from "../../src/report/sheet-spec";

/** The value written at a 0-based row and column (the last block wins), or null. */
export function cellAt(spec: SheetSpec, row: number, col: number): CellValue {
  let value: CellValue = null;
  for (const block of spec.blocks) {
    const v = block.values[row - block.row]?.[col - block.col];
    if (v !== undefined) value = v;
  }
  return value;
}

/** The values of a range, row by row. */
export { rangeValues };

/** The range of the table of that name; throws when there is none. */
export function tableRange(spec: SheetSpec, name: string): CellRange {
  const table = spec.tables.find((t) => t.name === name);
  if (table === undefined) throw new Error(`No table ${name} on ${spec.name}`);
  return table.range;
}

/** A table's values, header first. */
export function tableValues(spec: SheetSpec, name: string): CellValue[][] {
  return rangeValues(spec, tableRange(spec, name));
}

/**
 * A range of a SheetSpec as the workbook readers would hand it to the engine: first row the
 * header, 1-based placement on the sheet.
 */
export function specToRawTable(spec: SheetSpec, range: CellRange, source = spec.name): RawTable {
  const values = rangeValues(spec, range) as RawCell[][];
  return {
    source,
    sheet: spec.name,
    headerRow: range.row + 1,
    firstColumn: range.col + 1,
    header: values[0] ?? [],
    rows: values.slice(1),
  };
}

/** The smallest range holding every block of the sheet (its "used range"). */
export function usedRange(spec: SheetSpec): CellRange {
  let [r1, c1, r2, c2] = [Infinity, Infinity, -1, -1];
  for (const b of spec.blocks) {
    r1 = Math.min(r1, b.row);
    c1 = Math.min(c1, b.col);
    r2 = Math.max(r2, b.row + b.values.length - 1);
    c2 = Math.max(c2, b.col + (b.values[0]?.length ?? 1) - 1);
  }
  return { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
}
