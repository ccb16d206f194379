/**
 * What the analysis service holds between requests (issue 11). At 100,000 partners the rows
 * read from the workbook, the typed portfolio and the last analysis are each hundreds of
 * thousands of values: posting them with every tier-simulator, preview or scenario request made
 * the pane's thread clone them each time (a long task), and the pane kept its own copy of the
 * rows besides the worker's. Instead the rows cross once (packed in columns and transferred,
 * columnar.ts) and stay in the worker under a token; the pane keeps only their shape (source,
 * header, row count) and the token, and requests name the token and carry only what changed.
 *
 * A worker is restarted to cancel a computation, and forgets what it held: a request naming a
 * token it no longer has fails with HeldDataGoneError, and the pane reads the workbook again
 * (useWorkbook's `recover`) or, for a scenario, sends the analysis it shows once more.
 */
import type { Analysis } from "../../engine/analyze";
import type { Portfolio, RawTable, Settings, WorkbookInput } from "../../engine/model";
import type { ScenarioBaseline } from "../../engine/scenario";
import type { ReadResult } from "../../excel/gateway";

/** Names rows the analysis service holds (instead of carrying them). */
export interface HeldRef {
  held: string;
}

export function isHeld(value: unknown): value is HeldRef {
  return typeof value === "object" && value !== null && typeof (value as HeldRef).held === "string";
}

/** A request named rows or an analysis the service no longer holds (its worker was restarted). */
export class HeldDataGoneError extends Error {
  constructor(readonly token: string) {
    super("The rows read earlier are no longer held by the analysis (a run was cancelled); read the workbook again.");
    this.name = "HeldDataGoneError";
  }
}

let counter = 0;
/** A token unique in this pane. */
export function newToken(): string {
  counter++;
  return `held-${Date.now().toString(36)}-${counter}`;
}

/** A table as the pane keeps it once its rows are held by the service: everything but the rows. */
export interface HeldTable extends Omit<RawTable, "rows"> {
  rowCount: number;
}

/**
 * The inputs as the pane keeps them: their shape, the token of the rows in the service, and
 * the Expectations table in full (a handful of rows the Settings page edits).
 */
export interface PaneInput {
  held: string;
  tables: { [K in keyof WorkbookInput]?: HeldTable | null };
  expectations: RawTable | null;
}

/** A read of the workbook as the pane keeps it (ReadResult without the rows). */
export type PaneRead = Omit<ReadResult, "input"> & { input: PaneInput };

/** The pane's light copy of a read whose rows the service holds under `token`. */
export function lightRead(read: ReadResult, token: string): PaneRead {
  const tables: PaneInput["tables"] = {};
  for (const key of Object.keys(read.input) as (keyof WorkbookInput)[]) {
    const t = read.input[key];
    if (t === undefined) continue;
    tables[key] = t && {
      source: t.source,
      sheet: t.sheet,
      headerRow: t.headerRow,
      firstColumn: t.firstColumn,
      header: t.header,
      rowCount: t.rows.length,
    };
  }
  return { ...read, input: { held: token, tables, expectations: read.input.expectations ?? null } };
}

/** What a scenario compares with, held from the analysis that made it. */
export interface HeldAnalysis {
  portfolio: Portfolio;
  settings: Settings;
  baseline: ScenarioBaseline;
}

export function heldAnalysisOf(analysis: Analysis): HeldAnalysis {
  return {
    portfolio: analysis.portfolio,
    settings: analysis.settings,
    baseline: {
      coverage: { capabilities: analysis.coverage.capabilities },
      conflicts: analysis.conflicts,
      tiering: { partners: analysis.tiering.partners },
    },
  };
}
