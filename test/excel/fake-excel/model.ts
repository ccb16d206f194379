/** The in-memory document: plain data, no proxies. */
import type { Rect } from "./address";

export type ErrorValue = { error: string };
/** A stored cell value; null means empty. */
export type CellValue = number | string | boolean | ErrorValue | null;

export interface BorderFormat {
  style?: string;
  color?: string;
  weight?: string;
}

/** Per-cell formatting as the fake stores it (absent key = Excel's default). */
export interface CellFormat {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  strikethrough?: boolean;
  fontSize?: number;
  fontName?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  indentLevel?: number;
  textOrientation?: number;
  borders?: Record<string, BorderFormat>;
}

export interface CellData {
  value: CellValue;
  formula?: string;
  quotePrefix?: boolean;
  numberFormat?: string;
  format?: CellFormat;
  hyperlink?: unknown;
  style?: string;
}

/** Formatting applied to whole rows/columns, remembered for cells created later. */
export interface FormatArea {
  rect: Rect;
  format: CellFormat;
  numberFormat?: string;
}

export interface ConditionalFormatModel {
  id: string;
  type: string;
  rect: Rect;
  priority: number;
  stopIfTrue: boolean;
  criteria?: unknown;
  rule?: Record<string, unknown>;
  format: ConditionalFormatStyle;
  props: Record<string, unknown>;
  deleted: boolean;
}

export interface ConditionalFormatStyle {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  strikethrough?: boolean;
  numberFormat?: string;
}

export interface TitleModel {
  text: string;
  visible: boolean;
  props: Record<string, unknown>;
}

/** A reference to cells on a sheet; follows the sheet through renames. */
export interface RangeRef {
  sheet: SheetModel;
  rect: Rect;
}

export interface SeriesModel {
  name: string;
  values?: RangeRef;
  xValues?: RangeRef;
  bubbleSizes?: RangeRef;
  /** Everything else written to the series (format fill/line, chartType, markers…). */
  props: Record<string, unknown>;
  deleted: boolean;
}

export interface ChartModel {
  id: string;
  name: string;
  type: string;
  sheet: SheetModel;
  source?: RangeRef;
  seriesBy: string;
  title: TitleModel;
  legend: { position: string; visible: boolean; props: Record<string, unknown> };
  axes: {
    category: TitleModel;
    value: TitleModel;
    categoryProps: Record<string, unknown>;
    valueProps: Record<string, unknown>;
  };
  top: number;
  left: number;
  width: number;
  height: number;
  position?: { startCell: string; endCell?: string };
  series: SeriesModel[];
  props: Record<string, unknown>;
  deleted: boolean;
}

export interface ValidationModel {
  rect: Rect;
  rule: Record<string, unknown>;
  errorAlert: Record<string, unknown>;
  prompt: Record<string, unknown>;
  ignoreBlanks: boolean;
}

export interface SheetModel {
  id: string;
  name: string;
  visibility: string;
  tabColor: string;
  showGridlines: boolean;
  showHeadings: boolean;
  cells: Map<number, CellData>;
  colWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  areas: FormatArea[];
  freeze: { rows: number; columns: number };
  conditionalFormats: ConditionalFormatModel[];
  charts: ChartModel[];
  validations: ValidationModel[];
  shapeCounter: number;
  deleted: boolean;
  /** Worksheet protection (protection.ts): every change to the sheet is refused. */
  protected?: boolean;
}

export interface TableModel {
  id: string;
  name: string;
  sheet: SheetModel;
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
  props: Record<string, boolean>;
  deleted: boolean;
}

export interface NameModel {
  name: string;
  /** Set while the name refers to a live range. */
  ref?: { sheet: SheetModel; rect: Rect };
  /** The formula when the name is a constant or a broken (#REF!) reference. */
  formula?: string;
  comment: string;
  visible: boolean;
  deleted: boolean;
}

/** Excel's defaults (points). Excel on the web: 8.43 characters = 64 px = 48 pt; rows 15 pt. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export const cellKey = (r: number, c: number): number => r * 16384 + c;
export const keyRow = (k: number): number => Math.floor(k / 16384);
export const keyCol = (k: number): number => k % 16384;

export function isErrorValue(v: unknown): v is ErrorValue {
  return typeof v === "object" && v !== null && typeof (v as ErrorValue).error === "string";
}

export const ERROR_STRINGS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
];

export function isEmptyCell(cell: CellData): boolean {
  return (
    cell.value === null &&
    cell.formula === undefined &&
    !cell.quotePrefix &&
    cell.numberFormat === undefined &&
    (!cell.format || Object.keys(cell.format).length === 0) &&
    cell.hyperlink === undefined &&
    cell.style === undefined
  );
}
