import { useCallback, useRef, useState } from "react";
import type { Analysis } from "../../engine/analyze";
import type { Settings } from "../../engine/model";
import { storedSettingsText } from "../../engine/settings";
import type { ReadResult, WorkbookGateway, WrittenSheet } from "../../excel/gateway";
import type { RunPhase } from "../analysis/protocol";
import { type AnalysisService, RunCancelledError } from "../analysis/service";
import { runProgress } from "./phases";

export interface RunState {
  phase: RunPhase;
  /** 0–1. */
  progress: number;
  /** While writing: the sheet being written and how many are done. */
  write: { done: number; total: number; sheet: string } | null;
}

export interface RunResult {
  analysis: Analysis;
  sheets: WrittenSheet[];
}

export interface AnalyzeRun {
  run: RunState | null;
  result: RunResult | null;
  /** A short note on how the last run ended when it did not produce results ("cancelled"). */
  notice: string | null;
  analyze: (settings: Settings, saveSnapshot: boolean) => Promise<void>;
  /** Stops a run before writing starts; a run that is writing finishes its sheets. */
  cancel: () => void;
}

interface Hooks {
  gateway: WorkbookGateway;
  service: AnalysisService;
  report: (error: unknown) => void;
  /** The fresh read made by the run (so the pane's sources and simulator follow it). */
  onRead: (read: ReadResult) => void;
  /** The settings the written sheets were made with, now stored in the workbook. */
  onSaved: (settings: Settings) => void;
}

/**
 * Analyze: read the workbook afresh, compute in the analysis service with progress by phase,
 * then write every sheet and the settings in one call. Cancel terminates the computation;
 * nothing is written by a cancelled run.
 */
export function useAnalyzeRun({ gateway, service, report, onRead, onSaved }: Hooks): AnalyzeRun {
  const [run, setRun] = useState<RunState | null>(null);
  const [result, setResult] = useState<RunResult | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const generation = useRef(0);
  const writing = useRef(false);

  const analyze = useCallback(
    async (settings: Settings, saveSnapshot: boolean) => {
      const mine = ++generation.current;
      const live = () => mine === generation.current;
      const step = (phase: RunPhase, write: RunState["write"] = null) => {
        if (live()) setRun((r) => ({ phase, write, progress: runProgress(phase, write, r?.progress ?? 0) }));
      };
      setNotice(null);
      step("read");
      try {
        const read = await gateway.readInputs(settings.inputs);
        if (!live()) return;
        onRead(read);
        const { analysis, specs } = await service.run(
          { kind: "analyze", input: read.input, settings, runAt: new Date().toISOString(), priorIssues: [], saveSnapshot },
          (phase) => step(phase),
        );
        if (!live()) return;
        step("write", { done: 0, total: specs.length, sheet: "" });
        writing.current = true;
        const written = await gateway.writeReport(specs, storedSettingsText(settings), (p) => step("write", p)).finally(() => {
          writing.current = false;
        });
        if (!live()) return;
        onSaved(settings);
        setResult({ analysis, sheets: written.sheets });
      } catch (error) {
        if (!live()) return;
        if (error instanceof RunCancelledError) setNotice("Analysis cancelled. Nothing was written.");
        else report(error);
      } finally {
        if (live()) setRun(null);
      }
    },
    [gateway, service, report, onRead, onSaved],
  );

  const cancel = useCallback(() => {
    // Stopping half-way through writing would leave some sheets from this run and some from
    // the last; the writer has no undo, so a run that is writing finishes.
    if (writing.current) return;
    // A run still reading the workbook is simply forgotten; one computing is stopped.
    generation.current++;
    service.cancel();
    setRun(null);
    setNotice("Analysis cancelled. Nothing was written.");
  }, [service]);

  return { run, result, notice, analyze, cancel };
}
