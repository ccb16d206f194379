/** FakeWorkbook: the in-memory document, its sheet rules, stats, fault injection and test helpers. */
import { dateToSerial, formatRef, quoteSheet, requireRef, splitSheet, type Rect } from "./address";
import { putCell } from "./cells";
import { excelError } from "./errors";
import { applyFormat } from "./formats";
import type { CellFormat, CellValue, NameModel, SheetModel, TableModel } from "./model";
import { cellSnapshot, sheetSnapshot, type CellSnapshot, type SheetSnapshot } from "./snapshot";
import { createTable } from "./table-model";

/** A cell given to addSheet: a constant, an error, a formula (with optional cached value) or a date. */
export type CellInput =
  | number
  | string
  | boolean
  | null
  | undefined
  | { error: string }
  | { formula: string; value?: CellValue }
  | { date: string; numberFormat?: string }
  | { value: CellValue; numberFormat?: string; format?: CellFormat };

export interface SyncStats {
  /** Round trips: syncs that carried at least one operation (an empty sync sends nothing, as in Office.js). */
  syncs: number;
  /** Bytes of each round trip's request, in order. */
  requests: number[];
  maxRequestBytes: number;
  totalRequestBytes: number;
  /** Operations per round trip. */
  operations: number[];
  /** Bytes of loaded data returned by each successful round trip. */
  responses: number[];
  maxResponseBytes: number;
  /** context.sync() calls that had nothing to send. */
  emptySyncs: number;
  /** Round trips that waited for a cell edit to end (Excel.run with delayForCellEdit, ExcelApi 1.11). */
  delayedForCellEdit: number;
}

const NAME_FORBIDDEN = /[[\]:*?/\\]/;

function newStats(): SyncStats {
  return {
    syncs: 0,
    requests: [],
    maxRequestBytes: 0,
    totalRequestBytes: 0,
    operations: [],
    responses: [],
    maxResponseBytes: 0,
    emptySyncs: 0,
    delayedForCellEdit: 0,
  };
}

export class FakeWorkbook {
  /** Sheets in position order. */
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly names: NameModel[] = [];
  /** Workbook settings (Excel.SettingCollection and Office.context.document.settings after saveAsync). */
  readonly settings = new Map<string, unknown>();
  /** Requirement-set version reported for "ExcelApi"; APIs above it throw ApiNotFound. */
  supportedApiVersion = "1.8";
  requestLimitBytes = 5_000_000;
  /**
   * Excel on the web's behaviour: an oversized request or response fails with GeneralException
   * ("An internal error has occurred.") rather than …PayloadSizeLimitExceeded, and a values read
   * of more than 5 million cells comes back as null.
   */
  webMode = false;
  /** In web mode, a values read of more cells than this comes back as null (tests lower it). */
  webNullValuesCells = 5_000_000;
  responseLimitBytes = 5_000_000;
  stats: SyncStats = newStats();
  /** The last `range.select()`. */
  selection: { sheet: string; address: string } | null = null;
  /** Calls with no document effect, kept for inspection (e.g. "suspendApiCalculationUntilNextSync"). */
  readonly recorded: { op: string; target?: string }[] = [];
  activeSheetId: string | null = null;
  /** Workbook structure protection: adding, deleting, hiding, moving or renaming sheets is refused. */
  structureProtected = false;
  /** Application.calculationMode. */
  calculationMode = "Automatic";
  /** @internal */ _seq = { sheet: 0, table: 0, cf: 0, chart: 0 };
  /** @internal */ _hooks: ((wb: FakeWorkbook, syncIndex: number) => void)[] = [];
  private faults: { code: string; left: number }[] = [];

  // ---------- test construction helpers ----------

  /** Adds a sheet holding `rows` (from A1 or opts.startCell). Strings are stored literally. */
  addSheet(name: string, rows: CellInput[][] = [], opts: { startCell?: string; visibility?: string } = {}): this {
    const sheet = this._createSheet(name);
    if (opts.visibility) sheet.visibility = opts.visibility;
    const start = requireRef(opts.startCell ?? "A1");
    rows.forEach((row, r) => row.forEach((v, c) => this._putInput(sheet, start.r0 + r, start.c0 + c, v)));
    return this;
  }

  /** Writes cells from startCell, as addSheet does (handy inside onBeforeSync hooks). */
  setCells(sheetName: string, startCell: string, rows: CellInput[][]): this {
    const sheet = this._sheetOrThrow(sheetName);
    const start = requireRef(startCell);
    rows.forEach((row, r) => row.forEach((v, c) => this._putInput(sheet, start.r0 + r, start.c0 + c, v)));
    return this;
  }

  addTable(
    sheetName: string,
    name: string,
    address: string,
    opts: { style?: string; hasHeaders?: boolean } = {},
  ): this {
    const sheet = this._sheetOrThrow(sheetName);
    const t = createTable(this, sheet, requireRef(splitSheet(address).ref), opts.hasHeaders ?? true);
    t.name = name;
    if (opts.style !== undefined) t.style = opts.style;
    return this;
  }

  getSheetNames(): { name: string; visibility: string }[] {
    return this.sheets.map((s) => ({ name: s.name, visibility: s.visibility }));
  }

  get activeSheetName(): string | null {
    return this.sheets.find((s) => s.id === this.activeSheetId)?.name ?? null;
  }

  cell(sheetName: string, a1: string): CellSnapshot {
    const rect = requireRef(a1);
    return cellSnapshot(this._sheetOrThrow(sheetName), rect.r0, rect.c0);
  }

  snapshot(sheetName: string): SheetSnapshot {
    return sheetSnapshot(this, this._sheetOrThrow(sheetName));
  }

  getNames(): { name: string; formula: string; visible: boolean; comment: string }[] {
    return this.names.map((n) => ({ name: n.name, formula: nameFormula(n), visible: n.visible, comment: n.comment }));
  }

  /** Protects a sheet as Review > Protect Sheet does (protection.ts). */
  protectSheet(name: string, on = true): this {
    this._sheetOrThrow(name).protected = on;
    return this;
  }

  deleteSheet(name: string): this {
    this._deleteSheet(this._sheetOrThrow(name));
    return this;
  }

  renameSheet(name: string, newName: string): this {
    const s = this._sheetOrThrow(name);
    this._validateSheetName(newName, s);
    s.name = newName;
    return this;
  }

  resetStats(): void {
    this.stats = newStats();
  }

  /** The next `times` round trips reject with `code` (e.g. "InvalidOperationInCellEditMode"); nothing is applied. */
  failNextSyncs(code: string, times = 1): this {
    this.faults.push({ code, left: times });
    return this;
  }

  /**
   * Runs before every round trip (after the batch is closed, before it is applied), with the
   * 0-based index of that round trip within its request context (one Excel.run). Returns an unsubscribe.
   */
  onBeforeSync(hook: (wb: FakeWorkbook, syncIndex: number) => void): () => void {
    this._hooks.push(hook);
    return () => {
      this._hooks = this._hooks.filter((h) => h !== hook);
    };
  }

  // ---------- document rules (used by the proxies) ----------

  /**
   * The user starts editing a cell: the next `syncs` round trips (in any request context) meet
   * cell-edit mode. They fail with InvalidOperationInCellEditMode, nothing applied, unless their
   * Excel.run asked for `delayForCellEdit` on a host with the DelayForCellEdit requirement set
   * (`delayForCellEditSupported`), where they wait and go through (`stats.delayedForCellEdit`).
   * Call it from `onBeforeSync` to hit any given sync.
   */
  editCell(syncs = 1): this {
    this._cellEditLeft += syncs;
    return this;
  }
  /** @internal */ _cellEditLeft = 0;
  /** The host has the "DelayForCellEdit" requirement set (Office.js then honours the run option). */
  delayForCellEditSupported = true;

  /** @internal */ _nextFault(): string | undefined {
    const f = this.faults[0];
    if (!f) return undefined;
    if (--f.left <= 0) this.faults.shift();
    return f.code;
  }

  sheetByName(name: string): SheetModel | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  /** @internal */ _sheetOrThrow(name: string): SheetModel {
    const s = this.sheetByName(name);
    if (!s) throw excelError("ItemNotFound", `Sheet '${name}' not found.`);
    return s;
  }

  /** @internal Excel's sheet-name rules. */
  _validateSheetName(name: unknown, self?: SheetModel): asserts name is string {
    const bad = (why: string) => excelError("InvalidArgument", `Invalid sheet name: ${why}.`, "Worksheet.name");
    if (typeof name !== "string" || name.length < 1 || name.length > 31)
      throw bad("it must be 1 to 31 characters long");
    if (NAME_FORBIDDEN.test(name)) throw bad("it cannot contain [ ] : * ? / \\");
    if (name.startsWith("'") || name.endsWith("'")) throw bad("it cannot begin or end with an apostrophe");
    if (name.toLowerCase() === "history") throw bad("'History' is reserved by Excel");
    const other = this.sheetByName(name);
    if (other && other !== self) throw bad("that name is already taken");
  }

  /** @internal */ _createSheet(name?: string): SheetModel {
    let n = name;
    if (n === undefined || n === null) {
      let i = this.sheets.length + 1;
      while (this.sheetByName(`Sheet${i}`)) i++;
      n = `Sheet${i}`;
    }
    this._validateSheetName(n);
    const seq = this._seq.sheet++;
    const sheet: SheetModel = {
      id: `{00000000-0001-0000-${seq.toString(16).toUpperCase().padStart(4, "0")}-000000000000}`,
      name: n,
      visibility: "Visible",
      tabColor: "",
      showGridlines: true,
      showHeadings: true,
      cells: new Map(),
      colWidths: new Map(),
      rowHeights: new Map(),
      areas: [],
      freeze: { rows: 0, columns: 0 },
      conditionalFormats: [],
      charts: [],
      validations: [],
      shapeCounter: 0,
      deleted: false,
    };
    this.sheets.push(sheet);
    if (this.activeSheetId === null) this.activeSheetId = sheet.id;
    return sheet;
  }

  /** @internal */ _visibleSheets(): SheetModel[] {
    return this.sheets.filter((s) => s.visibility === "Visible");
  }

  /** @internal */ _deleteSheet(sheet: SheetModel): void {
    const visible = this._visibleSheets();
    if (sheet.visibility === "Visible" && visible.length <= 1) {
      throw excelError(
        "InvalidOperation",
        "A workbook must contain at least one visible worksheet.",
        "Worksheet.delete",
      );
    }
    const idx = this.sheets.indexOf(sheet);
    this.sheets.splice(idx, 1);
    sheet.deleted = true;
    for (const t of this.tables) if (t.sheet === sheet) t.deleted = true;
    this.tables.splice(0, this.tables.length, ...this.tables.filter((t) => !t.deleted));
    for (const n of this.names) {
      if (n.ref?.sheet === sheet) {
        n.formula = `=#REF!${formatRef(n.ref.rect, true)}`;
        delete n.ref;
      }
    }
    if (this.activeSheetId === sheet.id) {
      const next =
        this.sheets.slice(idx).find((s) => s.visibility === "Visible") ??
        [...this.sheets].reverse().find((s) => s.visibility === "Visible");
      this.activeSheetId = next?.id ?? null;
    }
    if (this.selection?.sheet === sheet.name) this.selection = null;
  }

  /** @internal */ _setVisibility(sheet: SheetModel, v: unknown): void {
    if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden")
      throw excelError("InvalidArgument", undefined, "Worksheet.visibility");
    if (v !== "Visible" && sheet.visibility === "Visible" && this._visibleSheets().length <= 1) {
      throw excelError(
        "InvalidOperation",
        "A workbook must contain at least one visible worksheet.",
        "Worksheet.visibility",
      );
    }
    sheet.visibility = v;
    if (v !== "Visible" && this.activeSheetId === sheet.id) {
      this.activeSheetId = this._visibleSheets()[0]?.id ?? null;
    }
  }

  /** @internal */ _setPosition(sheet: SheetModel, pos: unknown): void {
    if (typeof pos !== "number" || !Number.isInteger(pos) || pos < 0 || pos >= this.sheets.length) {
      throw excelError("InvalidArgument", undefined, "Worksheet.position");
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(pos, 0, sheet);
  }

  /** @internal */ _activate(sheet: SheetModel): void {
    if (sheet.visibility !== "Visible")
      throw excelError("InvalidOperation", "A hidden sheet cannot be activated.", "Worksheet.activate");
    this.activeSheetId = sheet.id;
  }

  private _putInput(sheet: SheetModel, r: number, c: number, v: CellInput): void {
    if (v === undefined || v === null) return;
    if (typeof v !== "object") {
      putCell(sheet, r, c, { value: v });
      return;
    }
    if ("error" in v && typeof v.error === "string" && !("value" in v)) {
      putCell(sheet, r, c, { value: { error: v.error } });
      return;
    }
    if ("formula" in v) {
      putCell(sheet, r, c, { value: v.value ?? 0, formula: v.formula });
      return;
    }
    if ("date" in v) {
      putCell(sheet, r, c, { value: dateToSerial(v.date), numberFormat: v.numberFormat ?? "yyyy-mm-dd" });
      return;
    }
    const o = v as { value: CellValue; numberFormat?: string; format?: CellFormat };
    putCell(
      sheet,
      r,
      c,
      o.numberFormat !== undefined ? { value: o.value, numberFormat: o.numberFormat } : { value: o.value },
    );
    if (o.format) applyFormat(sheet, { r0: r, c0: c, rows: 1, cols: 1 } as Rect, o.format);
  }
}

export function nameFormula(n: NameModel): string {
  if (n.ref) return `=${quoteSheet(n.ref.sheet.name)}!${formatRef(n.ref.rect, true)}`;
  return n.formula ?? "";
}
