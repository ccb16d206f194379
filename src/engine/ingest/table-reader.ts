import type { Issue, RawCell, RawTable, Severity } from "../model";
import { cellAddress } from "./addresses";
import { type ColumnDef, resolveColumns } from "./headers";
import { splitList } from "./lists";
import { messages } from "./messages";
import { cellText, isBlankCell, isErrorCell, readNumber } from "./values";

/** `number`'s options when none are given: one object, not an empty one per cell read. */
const NO_LIMIT: { min?: number } = {};

/**
 * True when every cell of a row is blank: `!cells.some((c) => !isBlankCell(c))` without a
 * closure per row, holes of a sparse row skipped as `some` skips them.
 */
function allBlank(cells: readonly RawCell[]): boolean {
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (cell === undefined ? i in cells : !isBlankCell(cell)) return false;
  }
  return true;
}

/**
 * Reads the rows of one input table through its column definitions, turning every bad cell
 * into an Issue at that cell instead of an exception.
 */
export class TableReader<F extends string> {
  readonly columns: Map<F, number>;
  readonly headers: string[];
  private readonly labels: Map<F, string>;
  /** Parsed list cells by text: list columns repeat the same cells ("Co-sell, Co-market") a lot. */
  private readonly lists = new Map<string, string[]>();
  private nonBlank: Int32Array | undefined;

  constructor(
    readonly table: RawTable,
    defs: readonly ColumnDef<F>[],
    readonly issues: Issue[],
    mapping: Partial<Record<F, string>> = {},
  ) {
    const resolved = resolveColumns(table.header, defs, mapping);
    this.columns = resolved.columns;
    this.headers = resolved.headers;
    this.labels = new Map(defs.map((d) => [d.field, d.label]));
    for (const dup of resolved.duplicates) {
      this.report(
        "warning",
        this.headerCell(dup.index),
        messages.duplicateHeader(this.label(dup.field), resolved.headers[dup.index] ?? ""),
      );
    }
    if (resolved.unknown.length > 0) {
      this.report("info", "", messages.unknownHeaders(resolved.unknown));
    }
  }

  /** True when the table has a column for the field. */
  has(field: F): boolean {
    return this.columns.has(field);
  }

  /** The user's word for a field: the header as written, else its label. */
  label(field: F): string {
    const index = this.columns.get(field);
    const written = index === undefined ? "" : (this.headers[index] ?? "");
    return written !== "" ? written : (this.labels.get(field) ?? field);
  }

  /** Rows that hold anything, with their 0-based index in `table.rows`. */
  *nonBlankRows(): Generator<{ index: number; cells: RawCell[] }> {
    const rows = this.table.rows;
    for (const index of this.nonBlankIndices()) yield { index, cells: rows[index] ?? [] };
  }

  /** The 0-based indices of the rows that hold anything, found once per reader. */
  nonBlankIndices(): Int32Array {
    if (this.nonBlank === undefined) {
      const rows = this.table.rows;
      const found = new Int32Array(rows.length);
      let n = 0;
      for (let index = 0; index < rows.length; index++) {
        const cells = rows[index];
        if (cells !== undefined && !allBlank(cells)) found[n++] = index;
      }
      this.nonBlank = found.subarray(0, n);
    }
    return this.nonBlank;
  }

  /** 1-based sheet row of a data row. */
  sheetRow(index: number): number {
    return this.table.headerRow + 1 + index;
  }

  /** A1 address of a field's cell in a data row ("" when the column is absent). */
  address(index: number, field: F): string {
    const col = this.columns.get(field);
    return col === undefined ? "" : cellAddress(this.sheetRow(index), this.table.firstColumn + col);
  }

  /** A1 address of the first cell of a data row, for row-level issues. */
  rowAddress(index: number): string {
    return cellAddress(this.sheetRow(index), this.table.firstColumn);
  }

  raw(cells: RawCell[], field: F): RawCell {
    const col = this.columns.get(field);
    return col === undefined ? null : (cells[col] ?? null);
  }

  /** Text of a field; an error value becomes an issue and "". */
  text(cells: RawCell[], index: number, field: F): string {
    const cell = this.raw(cells, field);
    if (isErrorCell(cell)) {
      this.report("error", this.address(index, field), messages.errorValue(this.label(field), cell.code));
      return "";
    }
    return cellText(cell);
  }

  /**
   * A list cell (SPEC §1); a cell of only separators is reported and read as empty. The array
   * may be shared with other cells of the same text: read it, don't change it.
   */
  list(cells: RawCell[], index: number, field: F): readonly string[] {
    const text = this.text(cells, index, field);
    if (text === "") return [];
    let values = this.lists.get(text);
    if (values === undefined) {
      values = splitList(text);
      this.lists.set(text, values);
    }
    if (values.length === 0) this.emptyList(index, field);
    return values;
  }

  /** Reports a list cell of only separators (read as empty). */
  emptyList(index: number, field: F): void {
    this.report("warning", this.address(index, field), messages.emptyList(this.label(field)));
  }

  /**
   * A number, or null when blank. Non-numbers are errors at the cell; `min` rejects values
   * below it (used for money, which cannot be negative).
   */
  number(cells: RawCell[], index: number, field: F, opts: { min?: number } = NO_LIMIT): number | null {
    const cell = this.raw(cells, field);
    // Most cells of a number column hold a number: read it without a reading object.
    if (typeof cell === "number" && Number.isFinite(cell) && (opts.min === undefined || cell >= opts.min)) return cell;
    if (isBlankCell(cell)) return null;
    const reading = readNumber(cell);
    if (!reading.ok) {
      const message =
        reading.reason === "error"
          ? messages.errorValue(this.label(field), reading.shown)
          : messages.notANumber(this.label(field), reading.shown, reading.reason);
      this.report("error", this.address(index, field), message);
      return null;
    }
    if (opts.min !== undefined && reading.value < opts.min) {
      this.report("error", this.address(index, field), messages.negativeMoney(this.label(field), reading.value));
      return null;
    }
    return reading.value;
  }

  report(severity: Severity, cell: string, message: string): void {
    this.issues.push({ severity, sheet: this.table.sheet, cell, message });
  }

  private headerCell(index: number): string {
    return cellAddress(this.table.headerRow, this.table.firstColumn + index);
  }
}
