import type {
  CellRange,
  CellStyle,
  CellValue,
  ChartSpec,
  ConditionalFormatSpec,
  OutputSheetKey,
  SheetSpec,
  ValidationSpec,
} from "./sheet-spec";
import { emptySheet } from "./sheet-spec";
import { SECTION_STYLE, SUBTITLE_STYLE, TABLE_STYLE, TITLE_STYLE } from "./style";

export interface TableInput {
  /** Workbook-unique table name. */
  name: string;
  headers: string[];
  rows: CellValue[][];
  /** Per column, applied to data rows. */
  numberFormats?: (string | null)[];
  style?: string;
}

/**
 * One table row of cells, for tables of a row per partner or per pair. Why not an array literal:
 * V8 moves a literal's allocation site to old space once the arrays it makes tend to live long
 * (a report's rows live until the sheet is written), and old-space allocation with a write
 * barrier per cell cost about 10× as much per row as this (7,000 Tiering rows: ~8 ms against
 * ~0.7 ms, node 20); a rest parameter's array is made in the young generation.
 * @example tableRow("Acme", 82.5, null) // ["Acme", 82.5, null]
 */
export function tableRow(...cells: CellValue[]): CellValue[] {
  return cells;
}

/** Where a table landed: its whole range, and its data rows (at least one). */
export interface PlacedTable {
  range: CellRange;
  data: CellRange;
  /** The data range of one column, by header. */
  column(header: string): CellRange;
}

/**
 * Lays out a sheet top to bottom: titles, tables and notes stacked with a cursor, widths
 * sized to the content. Report builders describe sections; the builder tracks positions.
 */
export class SheetBuilder {
  readonly spec: SheetSpec;
  /** Next free row (0-based). */
  row = 0;
  private readonly widths: number[] = [];

  constructor(key: OutputSheetKey, name?: string) {
    this.spec = emptySheet(key, name);
  }

  title(text: string, subtitle?: string): this {
    this.cells(this.row, 0, [[text]], TITLE_STYLE);
    this.row += 1;
    if (subtitle !== undefined) {
      this.cells(this.row, 0, [[subtitle]], SUBTITLE_STYLE, false);
      this.row += 1;
    }
    this.row += 1;
    return this;
  }

  section(text: string): this {
    this.cells(this.row, 0, [[text]], SECTION_STYLE, false);
    this.row += 1;
    return this;
  }

  note(text: string): this {
    this.cells(this.row, 0, [[text]], SUBTITLE_STYLE, false);
    this.row += 1;
    return this;
  }

  /** Label–value pairs in two columns, with optional number formats per pair. */
  keyValues(pairs: [string, CellValue, string?][]): CellRange {
    const at = this.row;
    pairs.forEach(([label, value, fmt], i) => {
      this.spec.blocks.push({ row: at + i, col: 0, values: [[label, value]], numberFormats: [null, fmt ?? null] });
    });
    this.spec.formats.push({ range: { row: at, col: 0, rows: pairs.length, cols: 1 }, style: { bold: true } });
    this.measure(
      0,
      pairs.map(([k, v]) => [k, v]),
    );
    this.row += pairs.length + 1;
    return { row: at, col: 0, rows: pairs.length, cols: 2 };
  }

  /** An Excel table at the cursor (or at `at`), with a header row. */
  table(input: TableInput, at: { row: number; col: number } = { row: this.row, col: 0 }): PlacedTable {
    // An Excel table always has at least one data row, even if it is empty.
    const rows = input.rows.length > 0 ? input.rows : [input.headers.map(() => null)];
    // Header then rows, copied once into an array of their size (a spread grows it step by step).
    const values = new Array<CellValue[]>(rows.length + 1);
    values[0] = input.headers;
    for (let i = 0; i < rows.length; i++) values[i + 1] = rows[i]!;
    const cols = input.headers.length;
    const { name, headers } = input;
    this.spec.blocks.push({ row: at.row, col: at.col, values, numberFormats: input.numberFormats, headerRows: 1 });
    const range = { row: at.row, col: at.col, rows: values.length, cols };
    this.spec.tables.push({ name: input.name, range, style: input.style ?? TABLE_STYLE });
    this.measure(at.col, values);
    if (at.row === this.row) this.row += values.length + 1;
    const data = { row: at.row + 1, col: at.col, rows: rows.length, cols };
    return {
      range,
      data,
      // Not `input`: a layout kept for other sheets would keep the rows' first array alive too.
      column: (header: string) => {
        const index = headers.indexOf(header);
        if (index < 0) throw new Error(`No column "${header}" in table ${name}`);
        return { row: data.row, col: at.col + index, rows: data.rows, cols: 1 };
      },
    };
  }

  cells(row: number, col: number, values: CellValue[][], style?: CellStyle, measure = true): CellRange {
    this.spec.blocks.push({ row, col, values });
    const range = { row, col, rows: values.length, cols: values[0]?.length ?? 0 };
    if (style) this.spec.formats.push({ range, style });
    if (measure) this.measure(col, values);
    return range;
  }

  format(range: CellRange, style: CellStyle): this {
    if (range.rows > 0 && range.cols > 0) this.spec.formats.push({ range, style });
    return this;
  }

  conditional(format: ConditionalFormatSpec): this {
    if (format.range.rows > 0 && format.range.cols > 0) this.spec.conditionalFormats.push(format);
    return this;
  }

  chart(chart: ChartSpec): this {
    this.spec.charts.push(chart);
    return this;
  }

  validation(v: ValidationSpec): this {
    this.spec.validations.push(v);
    return this;
  }

  freeze(rows: number, cols = 0): this {
    this.spec.freeze = { rows, cols };
    return this;
  }

  /** Sets a minimum width (characters) for a column. */
  minWidth(col: number, chars: number): this {
    this.widths[col] = Math.max(this.widths[col] ?? 0, chars);
    return this;
  }

  /**
   * Sets a column's width (characters) whatever its text: columns of one width are set with one
   * write in Excel (render-sheet.ts widthRuns), so thousands of like columns share one.
   */
  width(col: number, chars: number): this {
    this.widths[col] = chars;
    return this;
  }

  build(): SheetSpec {
    this.spec.columnWidths = Array.from({ length: this.widths.length }, (_, i) => this.widths[i] ?? 10);
    return this.spec;
  }

  /** Widths follow the longest text in the first rows, between 8 and 60 characters. */
  private measure(col: number, values: CellValue[][]): void {
    const sample = values.length > 200 ? values.slice(0, 200) : values;
    for (const row of sample) {
      row.forEach((v, j) => {
        const len =
          v === null
            ? 0
            : typeof v === "number"
              ? Math.min(String(Math.round(v * 100) / 100).length + 2, 16)
              : String(v).length;
        const width = Math.min(60, Math.max(8, len + 2));
        this.widths[col + j] = Math.max(this.widths[col + j] ?? 0, width);
      });
    }
  }
}
