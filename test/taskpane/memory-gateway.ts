/**
 * An in-memory workbook behind the WorkbookGateway interface, for the task pane's component
 * tests. It models what the pane relies on: sheets as grids of cells, Excel tables as ranges
 * on them, the add-in's own sheets (replaced in place, never read as input), a user's sheet of
 * the same name left alone (output goes beside it), stored settings, and the selection. It
 * records every write so tests can assert on them, and can be told to fail or to hold a call.
 */
import { tableFromGrid } from "../../src/engine/ingest/grid";
import { type InputLocation, locateHistory, locateInput, type WorkbookCatalog } from "../../src/engine/ingest/locate";
import type { InputChoice, InputName, RawCell, RawTable, WorkbookInput } from "../../src/engine/model";
import { EXPECTATION_HEADERS, type ExpectationRow, expectationCells } from "../../src/report/expectations-template";
import type { OutputSheetKey, SheetSpec } from "../../src/report/sheet-spec";
import { readStoredSettings } from "../../src/engine/settings";
import type {
  ReadResult,
  SourceOption,
  WorkbookGateway,
  WorkbookSources,
  WriteProgress,
  WrittenSheet,
} from "../../src/excel/gateway";

const INPUTS: InputName[] = ["partners", "responsibilities", "capabilities", "candidates", "maturity", "expectations"];

interface Sheet {
  name: string;
  grid: RawCell[][];
  /** Set when the add-in wrote the sheet. */
  owner: OutputSheetKey | null;
}

interface Table {
  name: string;
  sheet: string;
  /** 1-based row and column of the header's first cell; rows includes the header. */
  row: number;
  column: number;
  rows: number;
  columns: number;
}

type Method = keyof WorkbookGateway;

/** An error shaped like OfficeExtension.Error: a code and a message. */
export class FakeExcelError extends Error {
  constructor(
    public code: string,
    message = code,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export class MemoryGateway implements WorkbookGateway {
  readonly sheets: Sheet[] = [];
  readonly tables: Table[] = [];
  storedSettings: string | null = null;
  /** Every call, by method name, in order. */
  readonly calls: Method[] = [];
  readonly reports: { specs: SheetSpec[]; settingsText: string }[] = [];
  readonly savedSettings: string[] = [];
  readonly selected: { sheet: string; address: string }[] = [];
  readonly activated: string[] = [];
  readonly inserted: SheetSpec[] = [];
  readonly savedExpectations: ExpectationRow[][] = [];
  private failures = new Map<Method, unknown>();
  private holds = new Map<Method, Promise<void>>();

  /** Adds a user sheet holding `grid` from A1 (or from `at`, 1-based). */
  addSheet(name: string, grid: RawCell[][], at: { row: number; column: number } = { row: 1, column: 1 }): this {
    const sheet = this.sheetNamed(name) ?? this.newSheet(name, null);
    put(sheet.grid, at.row - 1, at.column - 1, grid);
    return this;
  }

  /** Adds an Excel table (header + rows) on a sheet, at A1 unless `at` says otherwise. */
  addTable(name: string, sheet: string, header: RawCell[], rows: RawCell[][], at = { row: 1, column: 1 }): this {
    this.addSheet(sheet, [header, ...rows], at);
    this.tables.push({ name, sheet, row: at.row, column: at.column, rows: rows.length + 1, columns: header.length });
    return this;
  }

  /** The next call of `method` rejects with `error`. */
  failNext(method: Method, error: unknown): this {
    this.failures.set(method, error);
    return this;
  }

  /** Calls of `method` wait until the returned function is called. */
  hold(method: Method): () => void {
    let release = () => {};
    this.holds.set(method, new Promise<void>((resolve) => (release = resolve)));
    return () => {
      this.holds.delete(method);
      release();
    };
  }

  /** The grid of a sheet as Excel would show it (for assertions). */
  gridOf(name: string): RawCell[][] | undefined {
    return this.sheetNamed(name)?.grid;
  }

  async sources(choices?: Partial<Record<InputName, InputChoice>>): Promise<WorkbookSources> {
    await this.enter("sources");
    return this.locate(choices);
  }

  async readInputs(choices?: Partial<Record<InputName, InputChoice>>): Promise<ReadResult> {
    await this.enter("readInputs");
    // Like the Office gateway: without choices, the ones stored with the settings apply.
    const sources = this.locate(choices ?? readStoredSettings(this.storedSettings).settings.inputs);
    const input: WorkbookInput = { partners: null };
    for (const name of INPUTS) {
      const where = sources.found[name];
      input[name] = where ? this.read(where) : null;
    }
    const history = locateHistory(sources.catalog);
    input.history = history ? this.read(history) : null;
    // Like the Office gateway (read-inputs.ts): reading inputs does not list the workbook's
    // tables; the pane asks sources() for them.
    return { input, storedSettings: this.storedSettings, sources: { ...sources, options: [] } };
  }

  async preview(location: InputLocation, rows: number): Promise<RawTable | null> {
    await this.enter("preview");
    const table = this.read(location);
    return table ? { ...table, rows: table.rows.slice(0, rows) } : null;
  }

  async writeReport(
    specs: SheetSpec[],
    settingsText: string,
    onProgress?: (p: WriteProgress) => void,
  ): Promise<{ sheets: WrittenSheet[]; stats: { syncs: number } }> {
    await this.enter("writeReport");
    const sheets: WrittenSheet[] = [];
    specs.forEach((spec, i) => {
      const own = this.sheets.find((s) => s.owner === spec.key);
      const sheet = own ?? this.newSheet(this.freeName(spec.name), spec.key);
      sheet.grid.length = 0;
      this.removeTablesOn(sheet.name);
      this.render(sheet, spec);
      sheets.push({ key: spec.key, name: sheet.name });
      onProgress?.({ done: i + 1, total: specs.length, sheet: sheet.name });
    });
    this.storedSettings = settingsText;
    this.reports.push({ specs, settingsText });
    return { sheets, stats: { syncs: 3 } };
  }

  async saveSettings(settingsText: string): Promise<void> {
    await this.enter("saveSettings");
    this.storedSettings = settingsText;
    this.savedSettings.push(settingsText);
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    await this.enter("selectCell");
    if (!this.sheetNamed(sheet)) throw new FakeExcelError("ItemNotFound", `The sheet ${sheet} does not exist.`);
    this.selected.push({ sheet, address });
  }

  async activateSheet(name: string): Promise<void> {
    await this.enter("activateSheet");
    if (!this.sheetNamed(name)) throw new FakeExcelError("ItemNotFound", `The sheet ${name} does not exist.`);
    this.activated.push(name);
  }

  async insertUserSheet(spec: SheetSpec): Promise<{ name: string }> {
    await this.enter("insertUserSheet");
    for (const t of spec.tables) {
      if (this.tables.some((x) => x.name.toLowerCase() === t.name.toLowerCase())) {
        throw new FakeExcelError("ItemAlreadyExists", `A table named ${t.name} already exists.`);
      }
    }
    const sheet = this.newSheet(this.freeName(spec.name), null);
    this.render(sheet, spec);
    this.inserted.push(spec);
    return { name: sheet.name };
  }

  /**
   * Updates the Expectations table's rows by tier (appending a missing tier), or creates the
   * table on a new sheet, as the Office gateway does.
   */
  async saveExpectations(rows: readonly ExpectationRow[]): Promise<{ sheet: string; table: string; created: boolean }> {
    await this.enter("saveExpectations");
    this.savedExpectations.push([...rows]);
    const table = this.tables.find((t) =>
      ["expectations", "tierexpectations"].includes(t.name.toLowerCase().replace(/[^a-z]/g, "")),
    );
    if (!table) {
      const name = this.freeName("Expectations");
      this.addTable("Expectations", name, [...EXPECTATION_HEADERS], expectationCells(rows) as RawCell[][]);
      return { sheet: name, table: "Expectations", created: true };
    }
    const grid = this.sheetNamed(table.sheet)?.grid ?? [];
    const header = (grid[table.row - 1] ?? [])
      .slice(table.column - 1, table.column - 1 + table.columns)
      .map((h) => String(h ?? "").toLowerCase());
    const col = (label: string) => header.indexOf(label.toLowerCase());
    for (const row of rows) {
      let r = table.row;
      while (
        r < table.row - 1 + table.rows &&
        String(grid[r]?.[table.column - 1 + col("Tier")] ?? "").toLowerCase() !== row.tier.toLowerCase()
      )
        r++;
      if (r >= table.row - 1 + table.rows) {
        r = table.row - 1 + table.rows;
        table.rows += 1;
      }
      grid[r] ??= [];
      const cells = grid[r]!;
      cells[table.column - 1 + col("Tier")] = row.tier;
      const values: [string, number | null][] = [
        ["Min Pipeline", row.minPipeline],
        ["Min Revenue", row.minRevenue],
        ["Max Investment", row.maxInvestment],
      ];
      for (const [label, value] of values) if (col(label) >= 0) cells[table.column - 1 + col(label)] = value;
    }
    return { sheet: table.sheet, table: table.name, created: false };
  }

  private async enter(method: Method): Promise<void> {
    this.calls.push(method);
    await this.holds.get(method);
    if (this.failures.has(method)) {
      const error = this.failures.get(method);
      this.failures.delete(method);
      throw error;
    }
  }

  private locate(choices?: Partial<Record<InputName, InputChoice>>): WorkbookSources {
    const catalog: WorkbookCatalog = {
      tables: this.tables.map((t) => ({ name: t.name, sheet: t.sheet })),
      sheets: this.sheets.map((s) => s.name),
      ownedSheets: this.sheets.filter((s) => s.owner !== null).map((s) => s.name),
    };
    const found: WorkbookSources["found"] = {};
    for (const name of INPUTS) {
      const where = locateInput(catalog, name, choices?.[name]);
      if (where) found[name] = where;
    }
    const options: SourceOption[] = [];
    for (const t of this.tables) {
      if (this.sheetNamed(t.sheet)?.owner || t.name.startsWith("PED_")) continue;
      const table = this.read({ kind: "table", name: t.name, sheet: t.sheet });
      options.push({
        location: { kind: "table", name: t.name, sheet: t.sheet },
        label: `${t.name} (table on ${t.sheet})`,
        headers: (table?.header ?? []).map((h) => String(h ?? "")),
        rows: table?.rows.length ?? 0,
      });
    }
    for (const s of this.sheets) {
      if (s.owner) continue;
      const table = this.read({ kind: "sheet", sheet: s.name });
      if (!table) continue;
      options.push({
        location: { kind: "sheet", sheet: s.name },
        label: `${s.name} (sheet)`,
        headers: table.header.map((h) => String(h ?? "")),
        rows: table.rows.length,
      });
    }
    return { catalog, options, found };
  }

  private read(where: InputLocation): RawTable | null {
    const sheet = this.sheetNamed(where.sheet);
    if (!sheet) return null;
    if (where.kind === "sheet") return tableFromGrid(sheet.name, sheet.name, sheet.grid, { row: 1, column: 1 });
    const t = this.tables.find((x) => x.name.toLowerCase() === where.name.toLowerCase());
    if (!t) return null;
    const cells = Array.from({ length: t.rows }, (_, i) =>
      Array.from({ length: t.columns }, (_, j) => sheet.grid[t.row - 1 + i]?.[t.column - 1 + j] ?? null),
    );
    const [header = [], ...rows] = cells;
    return { source: t.name, sheet: sheet.name, headerRow: t.row, firstColumn: t.column, header, rows };
  }

  private render(sheet: Sheet, spec: SheetSpec): void {
    for (const block of spec.blocks) put(sheet.grid, block.row, block.col, block.values);
    for (const t of spec.tables) {
      this.tables.push({
        name: t.name,
        sheet: sheet.name,
        row: t.range.row + 1,
        column: t.range.col + 1,
        rows: t.range.rows,
        columns: t.range.cols,
      });
    }
  }

  private removeTablesOn(sheet: string): void {
    for (let i = this.tables.length - 1; i >= 0; i--) if (this.tables[i]?.sheet === sheet) this.tables.splice(i, 1);
  }

  private sheetNamed(name: string): Sheet | undefined {
    // Excel sheet names are case-insensitive.
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  private newSheet(name: string, owner: OutputSheetKey | null): Sheet {
    const sheet: Sheet = { name, grid: [], owner };
    this.sheets.push(sheet);
    return sheet;
  }

  private freeName(wanted: string): string {
    if (!this.sheetNamed(wanted)) return wanted;
    for (let n = 2; ; n++) if (!this.sheetNamed(`${wanted} (${n})`)) return `${wanted} (${n})`;
  }
}

function put(grid: RawCell[][], row: number, col: number, values: readonly (readonly RawCell[])[]): void {
  values.forEach((r, i) => {
    const line = (grid[row + i] ??= []);
    r.forEach((v, j) => {
      while (line.length < col + j) line.push(null);
      line[col + j] = v;
    });
  });
  for (let i = 0; i < grid.length; i++) grid[i] ??= [];
}
