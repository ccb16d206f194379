/**
 * What an output sheet holds, as plain data. The add-in's writer (src/excel) and the ExcelJS writer both
 * render these, so the add-in and the command line cannot drift apart.
 *
 * Coordinates are 0-based (row 0 = sheet row 1, col 0 = column A).
 */

/** A value written to a cell. Strings are always written as text, never as formulas. */
export type CellValue = string | number | boolean | null;

/** A rectangle of cells. */
export interface CellRange {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** The output sheets the add-in owns, in workbook order. */
export const OUTPUT_SHEETS = [
  "summary",
  "tiering",
  "responsibilities",
  "coverage",
  "journey",
  "conflicts",
  "candidates",
  "scenario",
  "issues",
  "history",
  "radar",
  "evolution",
] as const;
export type OutputSheetKey = (typeof OUTPUT_SHEETS)[number];

/** Default display names. "History" is a name Excel reserves, so that sheet is "Tier History". */
export const SHEET_NAMES: Record<OutputSheetKey, string> = {
  summary: "Summary",
  tiering: "Tiering",
  responsibilities: "Responsibilities",
  coverage: "Coverage",
  journey: "Journey",
  conflicts: "Conflicts",
  candidates: "Candidates",
  scenario: "Scenario",
  issues: "Issues",
  history: "Tier History",
  radar: "Radar",
  evolution: "Evolution",
};

/** Cell styling; colours are "#RRGGBB". */
export interface CellStyle {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  wrap?: boolean;
  hAlign?: "left" | "center" | "right";
  vAlign?: "top" | "center" | "bottom";
}

/** Values placed at a position; `numberFormats` applies per column to every row of the block. */
export interface Block {
  row: number;
  col: number;
  values: CellValue[][];
  /** One entry per column of the block (null or missing = General). */
  numberFormats?: (string | null)[];
  /** Rows at the top of the block that are headers: the number formats skip them. */
  headerRows?: number;
}

/** An Excel table over a range whose first row is the header. */
export interface TableSpec {
  /** Workbook-unique table name (letters, digits, underscores). */
  name: string;
  range: CellRange;
  style: string;
}

export interface FormatSpec {
  range: CellRange;
  style: CellStyle;
}

/** Conditional formats: evaluated by Excel, so they hold however many rows there are. */
export type ConditionalFormatSpec =
  | {
      kind: "colorScale";
      range: CellRange;
      /** Colours for the lowest, (optional) middle and highest values. */
      min: string;
      mid?: string;
      max: string;
    }
  | {
      /** Cells whose value equals `value` (case-insensitive, like Excel's "="). */
      kind: "equals";
      range: CellRange;
      value: string;
      style: CellStyle;
    }
  | {
      /** Blank cells in the range. */
      kind: "blank";
      range: CellRange;
      style: CellStyle;
    };

export type ChartType =
  "columnClustered" | "columnStacked" | "barStacked" | "bubble" | "radar" | "pie" | "scatter" | "line";

/** A data range for a chart series; on this sheet unless `sheet` names another output sheet. */
export interface ChartRange {
  sheet?: OutputSheetKey;
  range: CellRange;
}

export interface ChartSeriesSpec {
  name: string;
  values: ChartRange;
  /** Category labels (column/bar/radar) or X values (bubble). */
  categories?: ChartRange;
  /** Bubble sizes (bubble charts). */
  sizes?: ChartRange;
  color?: string;
  /**
   * Scatter and line charts: markers only (scatter default), lines only (guides drawn on a
   * chart), or both (line default).
   */
  draw?: "markers" | "lines" | "linesAndMarkers";
  /** Scatter: one marker size (2–72 points) per point, fixed when written. */
  markerSizes?: number[];
  /** One data label per point (e.g. partner names), fixed when written. */
  pointLabels?: string[];
  /** Leave the series out of the legend (guides such as the radar's rings). */
  hideInLegend?: boolean;
}

export interface ChartSpec {
  /** Sheet-unique chart name. */
  name: string;
  type: ChartType;
  title: string;
  /** Cells the chart covers. */
  anchor: CellRange;
  series: ChartSeriesSpec[];
  xAxisTitle?: string;
  yAxisTitle?: string;
  /**
   * Scatter: both value axes fixed to [min, max] and, when `hidden`, neither axis nor gridlines
   * drawn — for a chart that is a picture, such as the partnership radar.
   */
  axes?: { min: number; max: number; hidden: boolean };
  /** Empty cells inside a series: a gap in the line (default) or a line spanning it. */
  blanks?: "gap" | "span";
  /** Show the legend even with a single series (default: only with several). */
  legend?: boolean;
}

/** An in-cell drop-down of allowed values. */
export interface ValidationSpec {
  range: CellRange;
  list: string[];
  /** Shown when a value outside the list is typed. */
  errorMessage: string;
}

export interface SheetSpec {
  key: OutputSheetKey;
  /** Preferred name; the writer picks a free one if a sheet of the user's has it. */
  name: string;
  tabColor?: string;
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  freeze?: { rows: number; cols: number };
  blocks: Block[];
  tables: TableSpec[];
  formats: FormatSpec[];
  conditionalFormats: ConditionalFormatSpec[];
  charts: ChartSpec[];
  validations: ValidationSpec[];
  /**
   * Set when the sheet's first block is a table whose first `keptRows` data rows are already in
   * the workbook, unchanged (Tier History): a writer may append the rest instead of rewriting.
   */
  appendAfter?: { keptRows: number };
}

/** A sheet with nothing on it yet. */
export function emptySheet(key: OutputSheetKey, name: string = SHEET_NAMES[key]): SheetSpec {
  return {
    key,
    name,
    columnWidths: [],
    blocks: [],
    tables: [],
    formats: [],
    conditionalFormats: [],
    charts: [],
    validations: [],
  };
}

/** The range a block covers. */
export function blockRange(block: Block): CellRange {
  return { row: block.row, col: block.col, rows: block.values.length, cols: block.values[0]?.length ?? 0 };
}

/**
 * The values the spec's blocks put in a range, row by row; where blocks overlap the later one
 * wins, as in both writers.
 * @example rangeValues(spec, { row: 0, col: 0, rows: 1, cols: 2 }) // [["Partner", "Tier"]]
 */
export function rangeValues(spec: Pick<SheetSpec, "blocks">, range: CellRange): CellValue[][] {
  const out = Array.from({ length: range.rows }, () => Array<CellValue>(range.cols).fill(null));
  for (const block of spec.blocks) {
    const b = blockRange(block);
    for (let i = Math.max(b.row, range.row); i < Math.min(b.row + b.rows, range.row + range.rows); i++) {
      for (let j = Math.max(b.col, range.col); j < Math.min(b.col + b.cols, range.col + range.cols); j++) {
        const row = out[i - range.row];
        if (row) row[j - range.col] = block.values[i - b.row]?.[j - b.col] ?? null;
      }
    }
  }
  return out;
}

/**
 * Text as a string literal in an Excel formula (an "equals" rule compares cells with it).
 * @example formulaText('say "hi"') === '"say ""hi"""'
 */
export function formulaText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Rows in an Excel sheet: a sheet's last row is 1,048,576. */
export const EXCEL_MAX_ROWS = 1_048_576;

/** Excel refuses cell text longer than this. */
export const EXCEL_MAX_CELL_TEXT = 32_767;

/** A cell value as both writers put it in a cell: over-long text is cut, with an ellipsis. */
export function excelValue(value: CellValue): CellValue {
  if (typeof value === "string" && value.length > EXCEL_MAX_CELL_TEXT)
    return `${value.slice(0, EXCEL_MAX_CELL_TEXT - 1)}…`;
  if (typeof value === "number" && !Number.isFinite(value)) return null;
  return value;
}
