import { tableFromGrid } from "../engine/ingest/grid";
import { type InputLocation, locateHistory, locateInput, type WorkbookCatalog } from "../engine/ingest/locate";
import type { InputChoice, InputName, RawCell, RawTable, WorkbookInput } from "../engine/model";
import { readStoredSettings } from "../engine/settings";
import { SETTINGS_SHEET_NAME, settingsTextFromValues } from "../report/settings-sheet";
import { errorCode } from "./errors";
import {
  type ReadOptions,
  ReadCancelledError,
  type ReadResult,
  type SourceOption,
  type WorkbookSources,
} from "./gateway";
import { rawGrid } from "./read-cells";
import { loadWorkbookLayout } from "./workbook-layout";
import { nextTask } from "./yield";

const INPUTS: InputName[] = ["partners", "responsibilities", "capabilities", "candidates", "maturity", "expectations"];
type Choices = Partial<Record<InputName, InputChoice>>;

/** Response budget per sync for loaded cells (Excel on the web answers at most ~5 MB). */
const READ_BUDGET_BYTES = 2_000_000;
/** A generous guess of the JSON size of one cell's value and number format. */
const BYTES_PER_CELL = 40;
/**
 * Most cells loaded by one range: large reads must be split (Microsoft, "Read or write to a
 * large range using the Excel JavaScript API",
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-large), and above
 * 5 million cells `values` can come back null; the byte budget keeps chunks far below both.
 */
const MAX_CELLS_PER_READ = 1_000_000;

function locateAll(catalog: WorkbookCatalog, choices: Choices): Partial<Record<InputName, InputLocation>> {
  const found: Partial<Record<InputName, InputLocation>> = {};
  for (const input of INPUTS) {
    const where = locateInput(catalog, input, choices[input]);
    if (where) found[input] = where;
  }
  return found;
}

/** The range an input's cells are in: the whole table, or the sheet's used range. */
function rangeOf(context: Excel.RequestContext, where: InputLocation): Excel.Range {
  return where.kind === "table"
    ? context.workbook.tables.getItem(where.name).getRange()
    : context.workbook.worksheets.getItem(where.sheet).getUsedRangeOrNullObject(true);
}

interface Rect {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/**
 * Loads the cells of several rectangles in row chunks, packing chunks into as few round trips
 * as the response budget allows; a chunk Excel finds too large is split and asked again. Each
 * chunk becomes RawCells as it arrives, progress is reported after each round trip, and the
 * pane's thread is given back in between (a 100,000-row table is about 30 round trips).
 */
async function loadCells(
  context: Excel.RequestContext,
  sheets: string[],
  rects: Rect[],
  maxRows = Infinity,
  options: ReadOptions = {},
): Promise<RawCell[][][]> {
  const grids = rects.map(() => [] as RawCell[][]);
  const total = rects.reduce((n, r) => n + Math.min(r.rowCount, maxRows), 0);
  let arrived = 0;
  type Chunk = { target: number; start: number; rows: number };
  const queue: Chunk[] = [];
  rects.forEach((r, target) => {
    const rows = Math.min(r.rowCount, maxRows);
    const cols = Math.max(1, r.columnCount);
    const per = Math.max(
      1,
      Math.min(Math.floor(READ_BUDGET_BYTES / (cols * BYTES_PER_CELL)), Math.floor(MAX_CELLS_PER_READ / cols)),
    );
    for (let start = 0; start < rows; start += per) queue.push({ target, start, rows: Math.min(per, rows - start) });
  });
  while (queue.length > 0) {
    if (options.signal?.aborted) throw new ReadCancelledError();
    const round: { chunk: Chunk; range: Excel.Range }[] = [];
    let bytes = 0;
    while (queue.length > 0) {
      const chunk = queue[0] as Chunk;
      const rect = rects[chunk.target] as Rect;
      const size = chunk.rows * rect.columnCount * BYTES_PER_CELL;
      if (round.length > 0 && bytes + size > READ_BUDGET_BYTES) break;
      queue.shift();
      bytes += size;
      const range = context.workbook.worksheets
        .getItem(sheets[chunk.target] ?? "")
        .getRangeByIndexes(rect.rowIndex + chunk.start, rect.columnIndex, chunk.rows, rect.columnCount)
        .load("values,numberFormat");
      round.push({ chunk, range });
    }
    try {
      // One round trip per response-sized group of chunks: the loop is the chunking itself.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      // Excel on the web answers an oversized read with ResponsePayloadSizeLimitExceeded, or
      // sometimes only with GeneralException ("An internal error has occurred"): both are
      // split and asked again, down to single rows, past which the error is real.
      const tooBig = /PayloadSizeLimitExceeded|GeneralException/.test(errorCode(error));
      const splittable = round.filter((r) => r.chunk.rows > 1);
      if (!tooBig || splittable.length === 0) throw error;
      requeueHalved(
        queue,
        round.map((r) => r.chunk),
      );
      continue;
    }
    // Above 5 million cells Excel can return `values` as null instead of failing: such a
    // chunk is split and asked again like a refused one.
    const empty = round.filter(({ range }) => !Array.isArray(range.values) || !Array.isArray(range.numberFormat));
    if (empty.length > 0) {
      if (empty.some(({ chunk }) => chunk.rows <= 1))
        throw new Error("Excel returned no values for a row of an input table.");
      requeueHalved(
        queue,
        empty.map((r) => r.chunk),
      );
    }
    for (const { chunk, range } of round) {
      if (!Array.isArray(range.values) || !Array.isArray(range.numberFormat)) continue;
      const grid = grids[chunk.target];
      if (!grid) continue;
      rawGrid(range.values, range.numberFormat).forEach((row, i) => (grid[chunk.start + i] = row));
      arrived += range.values.length;
    }
    options.onProgress?.({ rows: arrived, total });
    if (queue.length > 0) await nextTask();
  }
  return grids;
}

/** Puts chunks back at the front of the queue, in order, each of more than one row halved. */
function requeueHalved(
  queue: { target: number; start: number; rows: number }[],
  chunks: { target: number; start: number; rows: number }[],
): void {
  for (const chunk of [...chunks].reverse()) {
    const half = Math.ceil(chunk.rows / 2);
    if (chunk.rows > 1)
      queue.unshift(
        { ...chunk, rows: half },
        { target: chunk.target, start: chunk.start + half, rows: chunk.rows - half },
      );
    else queue.unshift(chunk);
  }
}

/** Reads the located inputs as RawTables (null where a sheet turned out empty). */
async function readLocations(
  context: Excel.RequestContext,
  locations: InputLocation[],
  maxRows?: number,
): Promise<(RawTable | null)[]> {
  return (await readLocationsWithSize(context, locations, maxRows)).map((r) => r?.table ?? null);
}

/**
 * The same, with each range's size: when only the first rows are read (`maxRows`), `dataRows`
 * still counts every row below the header.
 */
async function readLocationsWithSize(
  context: Excel.RequestContext,
  locations: InputLocation[],
  maxRows?: number,
  checkSize?: (index: number, rows: number) => void,
  options?: ReadOptions,
): Promise<({ table: RawTable | null; dataRows: number } | null)[]> {
  const ranges = locations.map((where) =>
    rangeOf(context, where).load("isNullObject,rowIndex,columnIndex,rowCount,columnCount,worksheet/name"),
  );
  await context.sync();
  const present = ranges.map((r) => !r.isNullObject);
  const rects: Rect[] = [];
  const sheets: string[] = [];
  ranges.forEach((r, i) => {
    if (!present[i]) return;
    checkSize?.(i, r.rowCount);
    rects.push({ rowIndex: r.rowIndex, columnIndex: r.columnIndex, rowCount: r.rowCount, columnCount: r.columnCount });
    sheets.push(r.worksheet.name);
  });
  if (options?.signal?.aborted) throw new ReadCancelledError();
  const grids = await loadCells(context, sheets, rects, maxRows, options);
  let next = 0;
  return locations.map((where, i) => {
    if (!present[i]) return null;
    const grid = grids[next] ?? [];
    const rect = rects[next] as Rect;
    const sheet = sheets[next] ?? "";
    next++;
    const origin = { row: rect.rowIndex + 1, column: rect.columnIndex + 1 };
    const [header = [], ...rows] = grid;
    const table: RawTable | null =
      where.kind === "sheet"
        ? tableFromGrid(sheet, sheet, grid, origin)
        : { source: where.name, sheet, headerRow: origin.row, firstColumn: origin.column, header, rows };
    const below = table ? rect.rowIndex + rect.rowCount - table.headerRow : 0;
    return { table, dataRows: Math.max(0, below) };
  });
}

/**
 * Reads every input, the Tier History and the stored settings. Without explicit `choices`, the
 * input choices stored in the workbook's settings apply (so the settings are read first: one
 * more round trip when the workbook has them).
 */
export async function readInputs(
  context: Excel.RequestContext,
  choices?: Choices,
  options: ReadOptions = {},
): Promise<ReadResult> {
  const { catalog, settingsMissing } = await loadWorkbookLayout(context);
  let storedSettings: string | null = null;
  if (!settingsMissing) {
    const [table] = await readLocations(context, [{ kind: "sheet", sheet: SETTINGS_SHEET_NAME }]);
    storedSettings = table ? settingsTextFromValues([table.header[0], ...table.rows.map((r) => r[0])]) : null;
  }
  const found = locateAll(catalog, choices ?? readStoredSettings(storedSettings).settings.inputs);
  const history = locateHistory(catalog);
  const wanted: { key: InputName | "history"; where: InputLocation }[] = [];
  for (const input of INPUTS) {
    const where = found[input];
    if (where) wanted.push({ key: input, where });
  }
  if (history) wanted.push({ key: "history", where: history });
  // No size check here: a sheet holds no more rows than the engine accepts (MAX_PARTNERS).
  const tables = (
    await readLocationsWithSize(
      context,
      wanted.map((w) => w.where),
      undefined,
      undefined,
      options,
    )
  ).map((r) => r?.table ?? null);

  const input: WorkbookInput = { partners: null };
  wanted.forEach((w, i) => {
    input[w.key] = tables[i] ?? null;
  });
  return { input, storedSettings, sources: { catalog, options: [], found } };
}

/** Lists every table and sheet the user could choose for an input, with its headers. */
export async function readSources(context: Excel.RequestContext, choices: Choices = {}): Promise<WorkbookSources> {
  const { catalog } = await loadWorkbookLayout(context);
  const owned = new Set(catalog.ownedSheets.map((s) => s.toLowerCase()));
  const locations: InputLocation[] = [
    ...catalog.tables
      .filter((t) => !owned.has(t.sheet.toLowerCase()) && !t.name.startsWith("PED_"))
      .map((t) => ({ kind: "table" as const, name: t.name, sheet: t.sheet })),
    ...catalog.sheets.filter((s) => !owned.has(s.toLowerCase())).map((sheet) => ({ kind: "sheet" as const, sheet })),
  ];
  const previews = await readLocationsWithSize(context, locations, 30);
  const options: SourceOption[] = [];
  locations.forEach((location, i) => {
    const t = previews[i]?.table;
    if (!t) return;
    options.push({
      location,
      label: location.kind === "table" ? `${location.name} (table on ${location.sheet})` : `${location.sheet} (sheet)`,
      headers: t.header.map((h) => (h === null ? "" : String(h))),
      rows: previews[i]?.dataRows ?? t.rows.length,
    });
  });
  return { catalog, options, found: locateAll(catalog, choices) };
}

/** The header and first rows of one table or sheet. */
export async function readPreview(
  context: Excel.RequestContext,
  location: InputLocation,
  rows: number,
): Promise<RawTable | null> {
  const [table] = await readLocations(context, [location], rows + 30);
  if (!table) return null;
  return { ...table, rows: table.rows.slice(0, rows) };
}
