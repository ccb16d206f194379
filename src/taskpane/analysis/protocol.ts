/**
 * What the task pane asks of the analysis worker, and what comes back. Everything here is
 * plain data, so it crosses `postMessage` by structured clone.
 *
 * Pane → worker: `{ id, request }`. Worker → pane: any number of `{ id, type: "phase", phase }`,
 * then exactly one `{ id, type: "done", result }` or `{ id, type: "failed", error }`.
 */
import type { Analysis, AnalysisPhase } from "../../engine/analyze";
import type { Issue, InputName, RawTable, Settings, Tier, WorkbookInput } from "../../engine/model";
import type { PartnerExpectation } from "../../engine/expectations";
import type { ScenarioChange, ScenarioResult } from "../../engine/scenario";
import type { TierChange } from "../../engine/tier-changes";
import type { ExpectationRow } from "../../report/expectations-template";
import type { SheetSpec } from "../../report/sheet-spec";
import type { PackedInput } from "./columnar";
import type { HeldAnalysis, HeldRef } from "./held";

/** Every step of a run the pane shows, in order: reading and writing happen in the pane. */
export type RunPhase = "read" | AnalysisPhase | "report" | "write";

export interface AnalyzeRequest {
  kind: "analyze";
  input: WorkbookInput | HeldRef;
  settings: Settings;
  runAt: string;
  priorIssues: Issue[];
  saveSnapshot: boolean;
  /** Hold the input rows and the analysis under this token (held.ts) for later requests. */
  keep?: string;
}

/** Holds the rows of a read under `token` (they cross once, in columns) for later requests. */
export interface HoldRequest {
  kind: "hold";
  token: string;
  input: WorkbookInput;
}

/** The partners' names as read with `settings` (the responsibility template names them). */
export interface NamesRequest {
  kind: "names";
  input: HeldRef;
  settings: Settings;
}

/** Which of `keys` (header keys of a Responsibilities table) name a held partner (matrix preview). */
export interface PartnerKeysRequest {
  kind: "partnerKeys";
  input: HeldRef;
  settings: Settings;
  keys: string[];
}

/**
 * The tier simulator: the held partners tiered with the saved and the draft settings, and
 * which would change. The reply carries the counts and the first `shown` moves only.
 */
export interface SimulateRequest {
  kind: "simulate";
  input: HeldRef;
  saved: Settings;
  draft: Settings;
  shown: number;
}

/** Who would fall below the edited expectations with the saved settings' tiers (first `shown`). */
export interface ExpectationsRequest {
  kind: "expectations";
  input: HeldRef;
  settings: Settings;
  rows: ExpectationRow[];
  shown: number;
}

/** The issues one input would raise when read with a column mapping (the mapping preview). */
export interface PreviewIssuesRequest {
  kind: "previewIssues";
  input: InputName;
  table: RawTable;
  /** The Partners table (or the held read's), so that other inputs are read against the real partner names. */
  partners: RawTable | HeldRef | null;
  settings: Settings;
}

/** A what-if (SPEC §2.7): the last analysis with some partners removed and candidates added. */
export interface ScenarioRequest {
  kind: "scenario";
  /** The token the analysis was held under (AnalyzeRequest.keep). */
  analysis: string;
  change: ScenarioChange;
  /** Only when the service no longer holds it (HeldDataGoneError): the analysis, held again under `analysis`. */
  resend?: HeldAnalysis;
}

export type AnalysisRequest =
  | AnalyzeRequest
  | HoldRequest
  | NamesRequest
  | PartnerKeysRequest
  | SimulateRequest
  | ExpectationsRequest
  | PreviewIssuesRequest
  | ScenarioRequest;

export interface ResultOf {
  analyze: { analysis: Analysis; specs: SheetSpec[] };
  hold: { rows: number };
  names: string[];
  partnerKeys: string[];
  simulate: {
    /** The first `shown` moves. */
    changes: TierChange[];
    /** How many partners would change tier. */
    changed: number;
    partners: number;
    before: Record<Tier, number>;
    after: Record<Tier, number>;
  };
  expectations: { below: PartnerExpectation[]; belowCount: number; meets: number; partners: number };
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
  /** HeldDataGoneError: the token the worker no longer holds. */
  token?: string;
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
