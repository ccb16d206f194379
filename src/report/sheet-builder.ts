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
    const values: CellValue[][] = [input.headers, ...rows];
    const cols = input.headers.length;
    this.spec.blocks.push({ row: at.row, col: at.col, values, numberFormats: input.numberFormats, headerRows: 1 });
    const range = { row: at.row, col: at.col, rows: values.length, cols };
    this.spec.tables.push({ name: input.name, range, style: input.style ?? TABLE_STYLE });
    this.measure(at.col, values);
    if (at.row === this.row) this.row += values.length + 1;
    const data = { row: at.row + 1, col: at.col, rows: rows.length, cols };
    return {
      range,
      data,
      column: (header: string) => {
        const index = input.headers.indexOf(header);
        if (index < 0) throw new Error(`No column "${header}" in table ${input.name}`);
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
