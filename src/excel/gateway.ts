/**
 * The seam between the task pane and the workbook. The pane receives a WorkbookGateway as a
 * prop and never touches Office.js itself; `createOfficeGateway` (office-gateway.ts) is the
 * implementation over Excel.run, and tests hand the pane an in-memory one.
 */
import type { InputChoice, InputLocation, WorkbookCatalog } from "../engine/ingest/locate";
import type { InputName, RawTable, WorkbookInput } from "../engine/model";
import type { ExpectationRow } from "../report/expectations-template";
import type { OutputSheetKey, SheetSpec } from "../report/sheet-spec";

/** A table or sheet the user can pick as an input, with its header row for column mapping. */
export interface SourceOption {
  location: InputLocation;
  /** "Partners (table on Register)" — how the pane lists it. */
  label: string;
  headers: string[];
  rows: number;
}

export interface WorkbookSources {
  catalog: WorkbookCatalog;
  /** Every user table and sheet that could be an input. */
  options: SourceOption[];
  /** Where each input was found (automatically or by the stored choice). */
  found: Partial<Record<InputName, InputLocation>>;
}

export interface ReadResult {
  input: WorkbookInput;
  /** Settings JSON stored in the workbook, or null. */
  storedSettings: string | null;
  sources: WorkbookSources;
}

/** Where an output sheet ended up (its name may differ from the spec's if the user had one). */
export interface WrittenSheet {
  key: OutputSheetKey;
  name: string;
}

export interface WriteProgress {
  /** Sheets written so far, of `total`. */
  done: number;
  total: number;
  sheet: string;
}

/** How far a read of the inputs has got: rows of every input read so far, of `total`. */
export interface ReadProgress {
  rows: number;
  total: number;
}

/** Progress and cancel for a long read (issue 11: 100,000 rows arrive in dozens of chunks). */
export interface ReadOptions {
  /** Called after each chunk of rows has arrived. */
  onProgress?: (p: ReadProgress) => void;
  /** Aborted: the read stops after the round trip in flight and rejects with ReadCancelledError. */
  signal?: AbortSignal;
}

/** The rejection of a read that was cancelled through its signal: not a failure. */
export class ReadCancelledError extends Error {
  constructor() {
    super("Reading the workbook was cancelled.");
    this.name = "ReadCancelledError";
  }
}

/** Measured cost of a write, for tests and the benchmark. */
export interface WriteStats {
  syncs: number;
}

export interface WorkbookGateway {
  /** Lists tables and sheets and locates each input (honouring stored choices). */
  sources(choices?: Partial<Record<InputName, InputChoice>>): Promise<WorkbookSources>;
  /**
   * Reads every input table, the Tier History and the stored settings, in few round trips.
   * Without `choices`, the input choices stored in the workbook's settings apply.
   */
  readInputs(choices?: Partial<Record<InputName, InputChoice>>, options?: ReadOptions): Promise<ReadResult>;
  /** The header and first rows of a table or sheet, for the mapping preview. */
  preview(location: InputLocation, rows: number): Promise<RawTable | null>;
  /** Writes (or replaces in place) the add-in's output sheets and stores the settings. */
  writeReport(
    specs: SheetSpec[],
    settingsText: string,
    onProgress?: (p: WriteProgress) => void,
  ): Promise<{ sheets: WrittenSheet[]; stats: WriteStats }>;
  /** Stores the settings JSON in the workbook without writing results. */
  saveSettings(settingsText: string): Promise<void>;
  /** Selects a cell (e.g. an issue's) and brings its sheet to the front. */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Brings a sheet to the front. */
  activateSheet(name: string): Promise<void>;
  /**
   * Calls `listener(true)` as soon as Excel refuses a call because a cell is being edited (the
   * gateway waits and tries again) and `listener(false)` when that call ends. Returns the
   * unsubscribe. Optional: a gateway without it never waits for Excel.
   */
  watchCellEdit?(listener: (editing: boolean) => void): () => void;
  /**
   * Calls `listener(true)` when one round trip to Excel has gone unanswered for a while (Excel
   * holds a call asked to wait for a cell edit without saying so) and `listener(false)` when it
   * is answered. Returns the unsubscribe. Optional.
   */
  watchSlowSync?(listener: (waiting: boolean) => void): () => void;
  /** Inserts a sheet the user will own (the sample tables, the RACI template); never overwrites. */
  insertUserSheet(spec: SheetSpec): Promise<{ name: string }>;
  /**
   * Writes the tiers' expectations to the Expectations table (SPEC §2.10), creating it on a new
   * sheet when the workbook has none; the table stays the user's to edit by hand.
   */
  saveExpectations(rows: readonly ExpectationRow[]): Promise<{ sheet: string; table: string; created: boolean }>;
}
