import { ingestWorkbook } from "./ingest";
import type { Issue, Portfolio, Settings, SourceInfo, TieringResult, TierSnapshot, WorkbookInput } from "./model";
import { takeSnapshot, tierPartners } from "./tiering";

/** Everything one run computes. Plain data: it crosses to the pane from a Web Worker. */
export interface Analysis {
  /** ISO timestamp of the run, passed in so that the engine stays deterministic. */
  runAt: string;
  settings: Settings;
  sources: SourceInfo[];
  portfolio: Portfolio;
  issues: Issue[];
  tiering: TieringResult;
  /** This run's tiers, to be saved for the next run's movement. */
  snapshot: TierSnapshot;
}

export interface AnalyzeOptions {
  /** ISO timestamp recorded with the run. */
  runAt: string;
  /** Problems found before ingest (e.g. in stored settings) to list with the others. */
  priorIssues?: Issue[];
  /** Called between phases so long runs can show progress and be cancelled. */
  onPhase?: (phase: AnalysisPhase) => void;
}

export type AnalysisPhase = "ingest" | "tiering";

/**
 * Runs every analysis over the workbook's tables. Bad cells become issues; only a workbook
 * with nothing to analyse throws (CannotAnalyzeError).
 */
export function analyzeWorkbook(input: WorkbookInput, settings: Settings, options: AnalyzeOptions): Analysis {
  options.onPhase?.("ingest");
  const { portfolio, issues } = ingestWorkbook(input, settings);
  options.onPhase?.("tiering");
  const tiering = tierPartners(portfolio.partners, settings, portfolio.scale, input.history ?? null);
  return {
    runAt: options.runAt,
    settings,
    sources: portfolio.sources,
    portfolio,
    issues: [...(options.priorIssues ?? []), ...issues],
    tiering,
    snapshot: takeSnapshot(tiering.partners, options.runAt),
  };
}
