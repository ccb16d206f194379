/** JSON-serialisable views of the document for assertions and byte-for-byte comparison. */
import { colToLetters, formatAddress, formatRef, type Rect } from "./address";
import { getCell } from "./cells";
import { effectiveFormat, effectiveNumberFormat } from "./formats";
import {
  keyCol,
  keyRow,
  type CellFormat,
  type CellValue,
  type ChartModel,
  type ConditionalFormatStyle,
  type RangeRef,
  type SheetModel,
} from "./model";
import { headerNames, tablesOn } from "./table-model";
import type { FakeWorkbook } from "./workbook";

export interface CellSnapshot {
  value: CellValue;
  formula?: string;
  quotePrefix?: boolean;
  numberFormat: string;
  format: CellFormat;
  hyperlink?: unknown;
}

export interface TableSnapshot {
  name: string;
  address: string;
  style: string;
  showHeaders: boolean;
  showTotals: boolean;
  columns: string[];
  [flag: string]: unknown;
}

export interface ConditionalFormatSnapshot {
  type: string;
  address: string;
  priority: number;
  stopIfTrue: boolean;
  criteria?: Record<string, { type: string; formula?: string; color?: string }>;
  rule?: Record<string, unknown>;
  format?: ConditionalFormatStyle;
  [prop: string]: unknown;
}

export interface SeriesSnapshot {
  name: string;
  values?: string;
  xValues?: string;
  bubbleSizes?: string;
  [prop: string]: unknown;
}

export interface ChartSnapshot {
  name: string;
  type: string;
  source?: string;
  seriesBy: string;
  title: { text: string; visible: boolean; [prop: string]: unknown };
  legend: { position: string; visible: boolean; [prop: string]: unknown };
  axes: Record<"categoryAxis" | "valueAxis", { title: { text: string; visible: boolean }; [prop: string]: unknown }>;
  position?: { startCell: string; endCell?: string };
  top: number;
  left: number;
  width: number;
  height: number;
  series: SeriesSnapshot[];
  [prop: string]: unknown;
}

export interface ValidationSnapshot {
  address: string;
  rule: Record<string, unknown>;
  errorAlert: Record<string, unknown>;
  prompt: Record<string, unknown>;
  ignoreBlanks: boolean;
}

export interface SheetSnapshot {
  name: string;
  visibility: string;
  tabColor: string;
  showGridlines: boolean;
  freezePanes: { rows: number; columns: number };
  /** Column letter → width in points (only columns whose width was set). */
  columnWidths: Record<string, number>;
  /** Row number (1-based) → height in points. */
  rowHeights: Record<string, number>;
  /** Formats applied to whole rows/columns (kept for cells created later). */
  formatAreas: { address: string; format: CellFormat; numberFormat?: string }[];
  /** A1 → cell (only cells holding something); numberFormat omitted when General, format when empty. */
  cells: Record<string, Partial<CellSnapshot>>;
  tables: TableSnapshot[];
  conditionalFormats: ConditionalFormatSnapshot[];
  charts: ChartSnapshot[];
  dataValidations: ValidationSnapshot[];
}

export function cellSnapshot(sheet: SheetModel, r: number, c: number): CellSnapshot {
  const cell = getCell(sheet, r, c);
  const out: CellSnapshot = {
    value: cell ? clone(cell.value) : null,
    numberFormat: effectiveNumberFormat(sheet, r, c),
    format: effectiveFormat(sheet, r, c),
  };
  if (cell?.formula !== undefined) out.formula = cell.formula;
  if (cell?.quotePrefix) out.quotePrefix = true;
  if (cell?.hyperlink !== undefined) out.hyperlink = clone(cell.hyperlink);
  return out;
}

function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

export function refAddress(ref: RangeRef | undefined): string | undefined {
  if (!ref) return undefined;
  return ref.sheet.deleted ? `#REF!${formatRef(ref.rect, true)}` : formatAddress(ref.sheet.name, ref.rect);
}

const local = (r: Rect) => formatRef(r);

export function chartSnapshot(ch: ChartModel): ChartSnapshot {
  const snap: ChartSnapshot = {
    name: ch.name,
    type: ch.type,
    source: refAddress(ch.source),
    seriesBy: ch.seriesBy,
    title: { text: ch.title.text, visible: ch.title.visible, ...ch.title.props },
    legend: { position: ch.legend.position, visible: ch.legend.visible, ...ch.legend.props },
    axes: {
      categoryAxis: {
        title: { text: ch.axes.category.text, visible: ch.axes.category.visible },
        ...ch.axes.categoryProps,
      },
      valueAxis: { title: { text: ch.axes.value.text, visible: ch.axes.value.visible }, ...ch.axes.valueProps },
    },
    position: ch.position,
    top: ch.top,
    left: ch.left,
    width: ch.width,
    height: ch.height,
    series: ch.series
      .filter((s) => !s.deleted)
      .map((s) => ({
        name: s.name,
        values: refAddress(s.values),
        xValues: refAddress(s.xValues),
        bubbleSizes: refAddress(s.bubbleSizes),
        ...s.props,
      })),
    ...ch.props,
  };
  return snap;
}

export function sheetSnapshot(wb: FakeWorkbook, sheet: SheetModel): SheetSnapshot {
  const cells: Record<string, Partial<CellSnapshot>> = {};
  const keys = [...sheet.cells.keys()].sort((a, b) => a - b);
  for (const k of keys) {
    const r = keyRow(k),
      c = keyCol(k);
    const full = cellSnapshot(sheet, r, c);
    const entry: Partial<CellSnapshot> = { value: full.value };
    if (full.formula !== undefined) entry.formula = full.formula;
    if (full.quotePrefix) entry.quotePrefix = true;
    if (full.numberFormat !== "General") entry.numberFormat = full.numberFormat;
    if (Object.keys(full.format).length) entry.format = full.format;
    if (full.hyperlink !== undefined) entry.hyperlink = full.hyperlink;
    cells[`${colToLetters(c)}${r + 1}`] = entry;
  }
  const byIndex = <V>(m: Map<number, V>, key: (i: number) => string) =>
    Object.fromEntries([...m.entries()].sort((a, b) => a[0] - b[0]).map(([i, v]) => [key(i), v]));
  const snap: SheetSnapshot = {
    name: sheet.name,
    visibility: sheet.visibility,
    tabColor: sheet.tabColor,
    showGridlines: sheet.showGridlines,
    freezePanes: { ...sheet.freeze },
    columnWidths: byIndex(sheet.colWidths, colToLetters),
    rowHeights: byIndex(sheet.rowHeights, (i) => String(i + 1)),
    formatAreas: sheet.areas.map((a) => ({ address: local(a.rect), format: a.format, numberFormat: a.numberFormat })),
    cells,
    tables: tablesOn(wb, sheet).map((t) => ({
      name: t.name,
      address: local(t.rect),
      style: t.style,
      showHeaders: t.showHeaders,
      showTotals: t.showTotals,
      columns: headerNames(t),
      ...t.props,
    })),
    conditionalFormats: sheet.conditionalFormats
      .filter((f) => !f.deleted)
      .sort((a, b) => a.priority - b.priority)
      .map((f) => ({
        type: f.type,
        address: local(f.rect),
        priority: f.priority,
        stopIfTrue: f.stopIfTrue,
        criteria: f.criteria as ConditionalFormatSnapshot["criteria"],
        rule: f.rule,
        format: Object.keys(f.format).length ? f.format : undefined,
        ...f.props,
      })),
    charts: sheet.charts.filter((c) => !c.deleted).map(chartSnapshot),
    dataValidations: sheet.validations.map((v) => ({
      address: local(v.rect),
      rule: v.rule,
      errorAlert: v.errorAlert,
      prompt: v.prompt,
      ignoreBlanks: v.ignoreBlanks,
    })),
  };
  return JSON.parse(JSON.stringify(snap)) as SheetSnapshot;
}
