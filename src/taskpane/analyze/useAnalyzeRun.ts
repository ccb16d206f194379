import { useCallback, useRef, useState } from "react";
import type { Analysis } from "../../engine/analyze";
import type { Settings } from "../../engine/model";
import { storedSettingsText } from "../../engine/settings";
import {
  ReadCancelledError,
  type ReadProgress,
  type ReadResult,
  type WorkbookGateway,
  type WrittenSheet,
} from "../../excel/gateway";
import type { SheetSpec } from "../../report/sheet-spec";
import { lightRead, newToken, type PaneRead } from "../analysis/held";
import type { RunPhase } from "../analysis/protocol";
import { type AnalysisService, RunCancelledError } from "../analysis/service";
import { checkInputs, checkResults, type InputProblem } from "./input-checks";
import { type RunBasis, sourcesKey } from "./out-of-date";
import { runProgress, writeShare } from "./phases";
import { isOutOfMemory, PortfolioTooLargeError } from "./too-large";

export interface RunState {
  phase: RunPhase;
  /** 0–1. */
  progress: number;
  /** While writing: the sheet being written and how many are done. */
  write: { done: number; total: number; sheet: string } | null;
  /** While reading: the rows of the inputs read so far (null until the first chunk arrives). */
  read?: ReadProgress | null;
}

export interface RunResult {
  analysis: Analysis;
  sheets: WrittenSheet[];
  /** What the run used, to tell when the results are out of date. */
  basis: RunBasis;
  /** The token the analysis service holds this analysis under (scenarios name it, held.ts). */
  held: string;
}

/** A run stopped before writing because its input looks wrong (input-checks.ts). */
export interface HeldRun {
  problems: InputProblem[];
  /** Writes this run's results anyway; null when a problem forbids it ("stop"). */
  proceed: (() => void) | null;
}

export interface AnalyzeRun {
  run: RunState | null;
  result: RunResult | null;
  /** A short note on how the last run ended when it did not produce results ("cancelled"). */
  notice: string | null;
  /** The last run, stopped before anything was overwritten; null otherwise. */
  held: HeldRun | null;
  /** Forgets a held run (nothing is written). */
  dismissHeld: () => void;
  /** Whether the last run's write failed, so the results shown are the previous run's. */
  writeFailed: boolean;
  /** Counts the runs that ended with results, so the page can move focus to them. */
  completed: number;
  /** What the pane's live region says about the last run ("Analysis complete: …"). */
  announcement: string;
  analyze: (settings: Settings, saveSnapshot: boolean) => Promise<void>;
  /** Stops a run before writing starts; a run that is writing finishes its sheets. */
  cancel: () => void;
}

interface Hooks {
  gateway: WorkbookGateway;
  service: AnalysisService;
  report: (error: unknown) => void;
  /** The fresh read made by the run (so the pane's sources and simulator follow it); its rows are held by the service. */
  onRead: (read: PaneRead, choices: Settings["inputs"]) => void;
  /** The settings the written sheets were made with, now stored in the workbook. */
  onSaved: (settings: Settings) => void;
}

/**
 * "Analysis complete: 48 partners (5 Strategic, 12 Focus, 30 Scale), 3 issues, 9 sheets written."
 */
export function completionMessage(analysis: Analysis, sheets: number): string {
  const tiers = analysis.tiering.tiers.filter((t) => t.count > 0).map((t) => `${t.count} ${t.tier}`);
  const n = analysis.tiering.totals.count;
  const issues = analysis.issues.length;
  return (
    `Analysis complete: ${n} ${n === 1 ? "partner" : "partners"}${tiers.length > 0 ? ` (${tiers.join(", ")})` : ""}, ` +
    `${issues === 0 ? "no issues" : `${issues} ${issues === 1 ? "issue" : "issues"}`}, ${sheets} ${sheets === 1 ? "sheet" : "sheets"} written.`
  );
}

/**
 * Analyze: read the workbook afresh, check the input against the mapping, compute in the
 * analysis service with progress by phase, check the results, then write every sheet and the
 * settings in one call. A run whose input looks wrong stops before writing (or asks first).
 * Cancel terminates the computation; nothing is written by a cancelled or stopped run.
 */
export function useAnalyzeRun({ gateway, service, report, onRead, onSaved }: Hooks): AnalyzeRun {
  const [run, setRun] = useState<RunState | null>(null);
  const [result, setResult] = useState<RunResult | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [held, setHeld] = useState<HeldRun | null>(null);
  const [writeFailed, setWriteFailed] = useState(false);
  const [completed, setCompleted] = useState(0);
  const [announcement, setAnnouncement] = useState("");
  const generation = useRef(0);
  const writing = useRef(false);
  /** Stops the read in flight (Cancel while the workbook is being read). */
  const reading = useRef<AbortController | null>(null);

  const analyze = useCallback(
    async (settings: Settings, saveSnapshot: boolean) => {
      const mine = ++generation.current;
      const live = () => mine === generation.current;
      const step = (phase: RunPhase, write: (RunState["write"] & { share?: number }) | null = null) => {
        if (live()) setRun((r) => ({ phase, write, progress: runProgress(phase, write, r?.progress ?? 0) }));
      };
      const stop = (problems: InputProblem[], proceed: (() => void) | null) => {
        setHeld({ problems, proceed });
        setAnnouncement(
          `Analysis stopped before writing: ${problems.length === 1 ? "one problem" : `${problems.length} problems`} with the input. ${problems[0]?.message ?? ""}`,
        );
        setRun(null);
      };
      setNotice(null);
      setHeld(null);
      setAnnouncement("");
      step("read");
      const abort = new AbortController();
      reading.current = abort;
      try {
        let read: ReadResult | null = await gateway
          .readInputs(settings.inputs, {
            signal: abort.signal,
            // Progress by chunk of rows: a 100,000-row table arrives in dozens of round trips.
            onProgress: (p) => {
              if (live())
                setRun((r) => ({
                  phase: "read",
                  write: null,
                  read: p,
                  progress: runProgress("read", null, r?.progress ?? 0, p.total > 0 ? p.rows / p.total : 0),
                }));
            },
          })
          .finally(() => {
            if (reading.current === abort) reading.current = null;
          });
        if (!live()) return;
        // The rows go to the service with the analysis, which holds them (and the analysis) for
        // the simulator, Sources and scenarios; the pane keeps their shape only (held.ts).
        const { token, light, before, computed } = handOver(read);
        // From here the pane keeps no reference to the rows: the service's copy is the only one.
        read = null;
        onRead(light, settings.inputs);
        if (!computed) return stop(before, null);
        const partnerRows = light.input.tables.partners?.rowCount ?? null;
        const { analysis, specs } = await computed.catch((error: unknown) => {
          // The browser's "Data cannot be cloned, out of memory" becomes the number and what to do.
          throw isOutOfMemory(error) ? new PortfolioTooLargeError(partnerRows, { cause: error }) : error;
        });
        if (!live()) return;
        const problems = [...before, ...checkResults(analysis)];
        const basis: RunBasis = { settings, sourcesKey: sourcesKey(light) };
        const write = () => writeResults(analysis, specs, basis, token);
        if (problems.some((p) => p.severity === "stop")) return stop(problems, null);
        if (problems.length > 0)
          return stop(problems, () => void write().catch((error: unknown) => live() && report(error)));
        await write();
      } catch (error) {
        if (!live()) return;
        if (error instanceof RunCancelledError || error instanceof ReadCancelledError)
          setNotice("Analysis cancelled. Nothing was written.");
        else report(error);
      } finally {
        if (live()) setRun(null);
      }

      /**
       * Checks the rows read, then hands them to the service with the analysis (or, when the
       * run stops here, only to be held): it holds them, and the analysis, for the simulator,
       * Sources and scenarios under a token; the pane keeps their shape only (held.ts).
       */
      function handOver(raw: ReadResult) {
        const token = newToken();
        const light = lightRead(raw, token);
        const before = checkInputs(raw.input, settings);
        if (before.some((p) => p.severity === "stop")) {
          void service.run({ kind: "hold", token, input: raw.input }).catch(() => {});
          return { token, light, before, computed: null };
        }
        const computed = service.run(
          {
            kind: "analyze",
            input: raw.input,
            settings,
            runAt: new Date().toISOString(),
            priorIssues: [],
            saveSnapshot,
            keep: token,
          },
          (phase) => step(phase),
        );
        return { token, light, before, computed };
      }

      async function writeResults(
        analysis: Analysis,
        specs: SheetSpec[],
        basis: RunBasis,
        held: string,
      ): Promise<void> {
        setHeld(null);
        step("write", { done: 0, total: specs.length, sheet: "" });
        writing.current = true;
        try {
          const written = await gateway.writeReport(specs, storedSettingsText(settings), (p) =>
            step("write", { ...p, share: p.total === specs.length ? writeShare(specs, p.done) : undefined }),
          );
          if (!live()) return;
          onSaved(settings);
          setWriteFailed(false);
          setResult({ analysis, sheets: written.sheets, basis, held });
          setCompleted((n) => n + 1);
          setAnnouncement(completionMessage(analysis, written.sheets.length));
        } catch (error) {
          // The results on screen are now the previous run's (some sheets may hold this one).
          if (live()) setWriteFailed(true);
          throw error;
        } finally {
          writing.current = false;
          if (live()) setRun(null);
        }
      }
    },
    [gateway, service, report, onRead, onSaved],
  );

  const dismissHeld = useCallback(() => setHeld(null), []);

  const cancel = useCallback(() => {
    // Stopping half-way through writing would leave some sheets from this run and some from
    // the last; the writer has no undo, so a run that is writing finishes.
    if (writing.current) return;
    // A run still reading the workbook stops after the round trip in flight; one computing is stopped.
    generation.current++;
    reading.current?.abort();
    reading.current = null;
    service.cancel();
    setRun(null);
    setNotice("Analysis cancelled. Nothing was written.");
  }, [service]);

  return { run, result, notice, held, dismissHeld, writeFailed, completed, announcement, analyze, cancel };
}
