/**
 * What the task pane asks of the analysis worker, and what comes back. Everything here is
 * plain data, so it crosses `postMessage` by structured clone.
 *
 * Pane → worker: `{ id, request }`. Worker → pane: any number of `{ id, type: "phase", phase }`,
 * then exactly one `{ id, type: "done", result }` or `{ id, type: "failed", error }`.
 */
import type { Analysis, AnalysisPhase } from "../../engine/analyze";
import type {
  Issue,
  InputName,
  Partner,
  Portfolio,
  RawTable,
  ScoringScale,
  Settings,
  Tier,
  WorkbookInput,
} from "../../engine/model";
import type { ScenarioBaseline, ScenarioChange, ScenarioResult } from "../../engine/scenario";
import type { SheetSpec } from "../../report/sheet-spec";
import type { PackedInput } from "./columnar";

/** Every step of a run the pane shows, in order: reading and writing happen in the pane. */
export type RunPhase = "read" | AnalysisPhase | "report" | "write";

export interface AnalyzeRequest {
  kind: "analyze";
  input: WorkbookInput;
  settings: Settings;
  runAt: string;
  priorIssues: Issue[];
  saveSnapshot: boolean;
}

/** Ingest only: the typed portfolio for the tier simulator and the scenario picker. */
export interface PortfolioRequest {
  kind: "portfolio";
  input: WorkbookInput;
  settings: Settings;
}

/** Tiers of many partners (the simulator hands large portfolios to the worker). */
export interface TiersRequest {
  kind: "tiers";
  partners: Partner[];
  settings: Settings;
  scale: ScoringScale;
}

/** The issues one input would raise when read with a column mapping (the mapping preview). */
export interface PreviewIssuesRequest {
  kind: "previewIssues";
  input: InputName;
  table: RawTable;
  /** The Partners table, so that other inputs are read against the real partner names. */
  partners: RawTable | null;
  settings: Settings;
}

/** A what-if (SPEC §2.7): the last analysis with some partners removed and candidates added. */
export interface ScenarioRequest {
  kind: "scenario";
  portfolio: Portfolio;
  settings: Settings;
  change: ScenarioChange;
  baseline: ScenarioBaseline;
}

export type AnalysisRequest = AnalyzeRequest | PortfolioRequest | TiersRequest | PreviewIssuesRequest | ScenarioRequest;

export interface ResultOf {
  analyze: { analysis: Analysis; specs: SheetSpec[] };
  portfolio: { portfolio: Portfolio; issues: Issue[] };
  tiers: { partner: string; tier: Tier }[];
  /** `cannotRead` says why the input could not be read at all (e.g. no Partner column). */
  previewIssues: { issues: Issue[]; cannotRead: string | null };
  scenario: ScenarioResult;
}

export type RequestKind = AnalysisRequest["kind"];
export type RequestOf<K extends RequestKind> = Extract<AnalysisRequest, { kind: K }>;

export interface WorkerCall {
  id: number;
  request: AnalysisRequest;
  /**
   * The request's input tables packed in columns and transferred (columnar.ts); when present,
   * the worker unpacks it in place of `request.input`, which then travels empty.
   */
  input?: PackedInput;
}

/** An error as it crosses the worker boundary. */
export interface WorkerError {
  name: string;
  message: string;
}

export type WorkerReply =
  | { id: number; type: "phase"; phase: RunPhase }
  /** A slice of a long array of the coming result (parts.ts), before its "done". */
  | { id: number; type: "part"; part: number; items: unknown[] }
  /**
   * `packed: "analyze"`: the result is a PackedAnalyze (transfer.ts), to be unpacked by the pane;
   * `packed: "parts"`: its heavy arrays arrived as parts, to be put back (parts.ts).
   */
  | { id: number; type: "done"; result: unknown; packed?: "analyze" | "parts" }
  | { id: number; type: "failed"; error: WorkerError };
