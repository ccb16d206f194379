/**
 * How the input tables cross from the pane to the analysis worker (issue 11). Posting a
 * 100,000-row table as arrays of arrays makes the browser serialise 1.5 million values in one
 * synchronous postMessage — a long task on the pane's thread — and copy them again into the
 * worker. Instead the pane packs each table into columns of typed arrays, a few thousand rows
 * at a time with the thread given back in between, and transfers the buffers
 * (https://developer.mozilla.org/docs/Web/API/Web_Workers_API/Transferable_objects): they move
 * to the worker without a copy. Each distinct text appears once, in one string (cloned as a
 * single block of characters). The worker unpacks exactly the same RawTables.
 */
import type { RawCell, RawTable, WorkbookInput } from "../../engine/model";
import type { AnalysisRequest, WorkerCall } from "./protocol";

/** What a cell is; ABSENT marks the cells past the end of a shorter row. */
const enum Kind {
  Absent = 0,
  Null = 1,
  Number = 2,
  Text = 3,
  True = 4,
  False = 5,
  Date = 6,
  Error = 7,
  Undefined = 8,
}

export interface PackedTable {
  source: string;
  sheet: string;
  headerRow: number;
  firstColumn: number;
  header: RawCell[];
  /** Cells in each row (rows may be ragged). */
  lengths: Int32Array;
  /** Per column: what each row's cell is, and its number or the index of its text. */
  kinds: Uint8Array[];
  values: Float64Array[];
}

export interface PackedInput {
  tables: Partial<Record<keyof WorkbookInput, PackedTable | null>>;
  /** Every distinct text of the cells, end to end; `ends[i]` is where text i ends. */
  text: string;
  ends: Int32Array;
}

/** Lets the pane paint between slices of packing. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
/** Work between two yields: well under the 50 ms a browser calls a long task. */
const SLICE_MS = 12;

/**
 * Packs every table of `input` (the pane's side); returns the buffers to transfer with it.
 * @example const { packed, transfer } = await packInput(read.input); worker.postMessage({ input: packed }, transfer)
 */
export async function packInput(input: WorkbookInput): Promise<{ packed: PackedInput; transfer: ArrayBuffer[] }> {
  const ids = new Map<string, number>();
  const texts: string[] = [];
  const idOf = (s: string): number => {
    let id = ids.get(s);
    if (id === undefined) {
      id = texts.length;
      ids.set(s, id);
      texts.push(s);
    }
    return id;
  };
  const tables: PackedInput["tables"] = {};
  const transfer: ArrayBuffer[] = [];
  let since = Date.now();
  for (const key of Object.keys(input) as (keyof WorkbookInput)[]) {
    const table = input[key];
    if (!table) {
      tables[key] = table;
      continue;
    }
    const n = table.rows.length;
    let width = 0;
    const lengths = new Int32Array(n);
    table.rows.forEach((row, r) => {
      lengths[r] = row.length;
      width = Math.max(width, row.length);
    });
    const kinds = Array.from({ length: width }, () => new Uint8Array(n));
    const values = Array.from({ length: width }, () => new Float64Array(n));
    for (let r = 0; r < n; r++) {
      const row = table.rows[r] as RawCell[];
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        const kind = kinds[c] as Uint8Array;
        const value = values[c] as Float64Array;
        if (cell === null) kind[r] = Kind.Null;
        else if (cell === undefined) kind[r] = Kind.Undefined;
        else if (typeof cell === "number") {
          kind[r] = Kind.Number;
          value[r] = cell;
        } else if (typeof cell === "string") {
          kind[r] = Kind.Text;
          value[r] = idOf(cell);
        } else if (typeof cell === "boolean") kind[r] = cell ? Kind.True : Kind.False;
        else if (cell.kind === "date") {
          kind[r] = Kind.Date;
          value[r] = idOf(cell.iso);
        } else {
          kind[r] = Kind.Error;
          value[r] = idOf(cell.code);
        }
      }
      if ((r & 1023) === 1023 && Date.now() - since > SLICE_MS) {
        await breathe();
        since = Date.now();
      }
    }
    tables[key] = {
      source: table.source,
      sheet: table.sheet,
      headerRow: table.headerRow,
      firstColumn: table.firstColumn,
      header: table.header,
      lengths,
      kinds,
      values,
    };
    transfer.push(lengths.buffer as ArrayBuffer, ...kinds.map((k) => k.buffer as ArrayBuffer));
    transfer.push(...values.map((v) => v.buffer as ArrayBuffer));
  }
  const ends = new Int32Array(texts.length);
  let end = 0;
  texts.forEach((t, i) => {
    end += t.length;
    ends[i] = end;
  });
  transfer.push(ends.buffer as ArrayBuffer);
  return { packed: { tables, text: texts.join(""), ends }, transfer };
}

/** The worker's side: the same tables, rows of RawCells again. */
export function unpackInput(packed: PackedInput): WorkbookInput {
  const { text, ends } = packed;
  const texts: string[] = new Array(ends.length);
  let start = 0;
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i] as number;
    texts[i] = text.slice(start, end);
    start = end;
  }
  const input: WorkbookInput = { partners: null };
  for (const key of Object.keys(packed.tables) as (keyof WorkbookInput)[]) {
    const table = packed.tables[key];
    input[key] = table ? unpackTable(table, texts) : (table as null);
  }
  return input;
}

function unpackTable(table: PackedTable, texts: string[]): RawTable {
  const { lengths, kinds, values } = table;
  const rows: RawCell[][] = new Array(lengths.length);
  for (let r = 0; r < lengths.length; r++) {
    const length = lengths[r] as number;
    const row: RawCell[] = new Array(length);
    for (let c = 0; c < length; c++) {
      const value = (values[c] as Float64Array)[r] as number;
      switch ((kinds[c] as Uint8Array)[r]) {
        case Kind.Null:
          row[c] = null;
          break;
        case Kind.Number:
          row[c] = value;
          break;
        case Kind.Text:
          row[c] = texts[value] as string;
          break;
        case Kind.True:
          row[c] = true;
          break;
        case Kind.False:
          row[c] = false;
          break;
        case Kind.Date:
          row[c] = { kind: "date", iso: texts[value] as string };
          break;
        case Kind.Error:
          row[c] = { kind: "error", code: texts[value] as string };
          break;
        case Kind.Undefined:
          row[c] = undefined as unknown as RawCell;
          break;
        default:
          // A hole in a sparse row stays a hole.
          break;
      }
    }
    rows[r] = row;
  }
  return {
    source: table.source,
    sheet: table.sheet,
    headerRow: table.headerRow,
    firstColumn: table.firstColumn,
    header: table.header,
    rows,
  };
}

/** The request a call carries, with its input tables unpacked where they came in columns. */
export function requestOfCall(call: WorkerCall): AnalysisRequest {
  const { request, input } = call;
  return input && (request.kind === "analyze" || request.kind === "hold")
    ? { ...request, input: unpackInput(input) }
    : request;
}
