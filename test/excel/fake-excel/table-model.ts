/** Table rules: names, styles, overlap, unique header cells, totals and row insertion. */
import { inSheet, intersect, type Rect } from "./address";
import { clearContents, getCell, putCell, readText, readValue } from "./cells";
import { excelError } from "./errors";
import { clearFormats } from "./formats";
import type { SheetModel, TableModel } from "./model";
import { shiftRows } from "./shift";
import type { FakeWorkbook } from "./workbook";

const STYLE = /^TableStyle(Light([1-9]|1[0-9]|2[01])|Medium([1-9]|1[0-9]|2[0-8])|Dark([1-9]|1[01]))$/i;

export function normalizeStyle(style: unknown): string {
  if (style === "" || style === null) return "";
  if (typeof style !== "string" || !STYLE.test(style))
    throw excelError("InvalidArgument", `Unknown table style '${String(style)}'.`, "Table.style");
  const m = /^tablestyle(light|medium|dark)(\d+)$/i.exec(style);
  const kind = (m?.[1] ?? "").toLowerCase();
  return `TableStyle${kind.charAt(0).toUpperCase()}${kind.slice(1)}${m?.[2] ?? ""}`;
}

/** Rules shared by table names and defined names. */
export function validateName(wb: FakeWorkbook, name: unknown, where: string, self?: object): asserts name is string {
  const bad = (why: string) => excelError("InvalidArgument", `The name '${String(name)}' is not valid: ${why}.`, where);
  if (typeof name !== "string" || name.length === 0 || name.length > 255) throw bad("it must be 1 to 255 characters");
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name))
    throw bad("it must start with a letter, underscore or backslash and contain no spaces or symbols");
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]?\d*$/.test(name) || /^[Cc]\d*$/.test(name))
    throw bad("it looks like a cell reference");
  const lower = name.toLowerCase();
  const clash =
    wb.tables.some((t) => t !== self && !t.deleted && t.name.toLowerCase() === lower) ||
    wb.names.some((n) => n !== self && !n.deleted && n.name.toLowerCase() === lower);
  if (clash) throw bad("it is already used by a table or a defined name");
}

export function tablesOn(wb: FakeWorkbook, sheet: SheetModel): TableModel[] {
  return wb.tables.filter((t) => t.sheet === sheet && !t.deleted);
}

export function headerNames(t: TableModel): string[] {
  const out: string[] = [];
  for (let c = 0; c < t.rect.cols; c++) out.push(String(readValue(getCell(t.sheet, t.rect.r0, t.rect.c0 + c))));
  return out;
}

/** Makes header cells unique non-empty text, as Excel does ("Column1", "Name2"). */
export function normalizeHeaders(t: TableModel): void {
  if (!t.showHeaders) return;
  const seen = new Set<string>();
  for (let c = 0; c < t.rect.cols; c++) {
    const r = t.rect.r0,
      col = t.rect.c0 + c;
    let text = readText(t.sheet, r, col).trim() === "" ? "" : readText(t.sheet, r, col);
    if (text === "") text = `Column${c + 1}`;
    let candidate = text;
    for (let i = 2; seen.has(candidate.toLowerCase()); i++) candidate = `${text}${i}`;
    seen.add(candidate.toLowerCase());
    const cell = getCell(t.sheet, r, col);
    if (!cell || cell.value !== candidate || cell.formula !== undefined) putCell(t.sheet, r, col, { value: candidate });
  }
}

export function createTable(wb: FakeWorkbook, sheet: SheetModel, rect: Rect, hasHeaders: boolean): TableModel {
  if (!inSheet(rect)) throw excelError("InvalidArgument", undefined, "TableCollection.add");
  const grown: Rect = hasHeaders ? { ...rect } : { ...rect, rows: rect.rows + 1 };
  if (hasHeaders && rect.rows < 2) grown.rows = 2; // a table always has a data row
  for (const t of tablesOn(wb, sheet)) {
    if (intersect(t.rect, grown))
      throw excelError("InvalidArgument", "A table can't overlap another table.", "TableCollection.add");
  }
  if (!hasHeaders) shiftRows(sheet, rect.c0, rect.cols, rect.r0, 1);
  let n = ++wb._seq.table;
  while (
    wb.tables.some((t) => t.name.toLowerCase() === `table${n}`) ||
    wb.names.some((x) => x.name.toLowerCase() === `table${n}`)
  )
    n = ++wb._seq.table;
  const t: TableModel = {
    id: String(n),
    name: `Table${n}`,
    sheet,
    rect: grown,
    showHeaders: true,
    showTotals: false,
    style: "TableStyleMedium2",
    props: {
      showBandedRows: true,
      showBandedColumns: false,
      showFilterButton: true,
      highlightFirstColumn: false,
      highlightLastColumn: false,
    },
    deleted: false,
  };
  wb.tables.push(t);
  normalizeHeaders(t);
  return t;
}

export function removeTable(wb: FakeWorkbook, t: TableModel, keepCells: boolean): void {
  if (!keepCells) {
    clearContents(t.sheet, t.rect);
    clearFormats(t.sheet, t.rect);
  }
  t.deleted = true;
  const i = wb.tables.indexOf(t);
  if (i >= 0) wb.tables.splice(i, 1);
}

export function setShowTotals(t: TableModel, on: unknown): void {
  if (typeof on !== "boolean") throw excelError("InvalidArgument", undefined, "Table.showTotals");
  if (on === t.showTotals) return;
  const last = t.rect.r0 + t.rect.rows;
  if (on) {
    shiftRows(t.sheet, t.rect.c0, t.rect.cols, last, 1);
    t.rect = { ...t.rect, rows: t.rect.rows + 1 };
    putCell(t.sheet, last, t.rect.c0, { value: "Total" });
    if (t.rect.cols > 1) {
      const name = headerNames(t)[t.rect.cols - 1] ?? "";
      putCell(t.sheet, last, t.rect.c0 + t.rect.cols - 1, { value: 0, formula: `=SUBTOTAL(109,[${name}])` });
    }
  } else {
    clearContents(t.sheet, { r0: last - 1, c0: t.rect.c0, rows: 1, cols: t.rect.cols });
    t.rect = { ...t.rect, rows: t.rect.rows - 1 };
  }
  t.showTotals = on;
}

export function dataRect(t: TableModel): Rect {
  const top = t.showHeaders ? 1 : 0;
  const bottom = t.showTotals ? 1 : 0;
  return { r0: t.rect.r0 + top, c0: t.rect.c0, rows: t.rect.rows - top - bottom, cols: t.rect.cols };
}

/** TableRowCollection.add: inserts rows (shifting cells below within the table's columns). */
export function addRows(t: TableModel, index: number | null | undefined, count: number): Rect {
  const body = dataRect(t);
  const at = index === null || index === undefined || index < 0 ? body.rows : index;
  if (at > body.rows) throw excelError("InvalidArgument", undefined, "TableRowCollection.add");
  const r = body.r0 + at;
  shiftRows(t.sheet, t.rect.c0, t.rect.cols, r, count);
  t.rect = { ...t.rect, rows: t.rect.rows + count };
  return { r0: r, c0: t.rect.c0, rows: count, cols: t.rect.cols };
}
