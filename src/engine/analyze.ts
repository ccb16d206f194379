import { rankCandidates, type RankedCandidate } from "./candidates";
import { type ConflictPairs, MAX_CONFLICT_PAIRS, searchChannelConflicts } from "./conflicts";
import { messages } from "./ingest/messages";
import { assessCoverage, type CoverageResult, recommendForGaps } from "./coverage";
import { ingestWorkbook } from "./ingest";
import { assessMaturity, type PillarMaturity } from "./maturity";
import type { Issue, Portfolio, Settings, SourceInfo, TieringResult, TierSnapshot, WorkbookInput } from "./model";
import { type EvolutionResult, traceEvolution } from "./evolution";
import { assessExpectations, type ExpectationsResult } from "./expectations";
import { type HistoryRow, latestSnapshot, readHistory } from "./history";
import { placeOnRadarAligned, type RadarResult } from "./radar";
import { assessResponsibilities, type ResponsibilityResult } from "./responsibility";
import { takeSnapshot, tierWithSources } from "./tiering";
import { type AnalysisTotals, analysisTotals } from "./totals";

/** Everything one run computes. Plain data: it crosses to the pane from a Web Worker. */
export interface Analysis {
  /** ISO timestamp of the run, passed in so that the engine stays deterministic. */
  runAt: string;
  settings: Settings;
  sources: SourceInfo[];
  portfolio: Portfolio;
  issues: Issue[];
  tiering: TieringResult;
  /** This run's tiers, to be saved for the next run's movement (made when first read). */
  snapshot: TierSnapshot;
  /** Rows of earlier runs read from the Tier History sheet, carried forward when it is rewritten. */
  history: HistoryRow[];
  /** The responsibility matrix assessed (SPEC §2.3); null without a usable Responsibilities table. */
  responsibility: ResponsibilityResult | null;
  /** Capability coverage, gaps and recommendations, journey matrix, layer mix (SPEC §2.4). */
  coverage: CoverageResult;
  /** Channel-conflict pairs at or above the threshold, by score desc (SPEC §2.5), each made when read. */
  conflicts: ConflictPairs;
  /** Candidates in rank order (SPEC §2.6). */
  candidates: RankedCandidate[];
  /** Per pillar; null without a Maturity table (SPEC §2.8). */
  maturity: PillarMaturity[] | null;
  /** Headline figures of the list results (issues, conflicts, candidates, maturity), decided once. */
  totals: AnalysisTotals;
  /** Each tiered partner against its tier's expectations (SPEC §2.10). */
  expectations: ExpectationsResult;
  /** The partnership radar: rings = tiers, sectors = primary roles (SPEC §2.11). */
  radar: RadarResult;
  /** Trajectories and signals from the Tier History plus this run (SPEC §2.12). */
  evolution: EvolutionResult;
}

export interface AnalyzeOptions {
  /** ISO timestamp recorded with the run. */
  runAt: string;
  /** Problems found before ingest (e.g. in stored settings) to list with the others. */
  priorIssues?: Issue[];
  /** Called between phases so long runs can show progress and be cancelled. */
  onPhase?: (phase: AnalysisPhase) => void;
  /** Most conflict pairs held before the search stops with an issue (default MAX_CONFLICT_PAIRS). */
  maxConflictPairs?: number;
}

export type AnalysisPhase =
  | "ingest"
  | "tiering"
  | "coverage"
  | "conflicts"
  | "candidates"
  | "maturity"
  | "responsibility"
  | "expectations"
  | "radar"
  | "evolution";

/**
 * Runs every analysis over the workbook's tables. Bad cells become issues; only a workbook
 * with nothing to analyse throws (CannotAnalyzeError).
 */
export function analyzeWorkbook(input: WorkbookInput, settings: Settings, options: AnalyzeOptions): Analysis {
  options.onPhase?.("ingest");
  const { portfolio, issues, nameKeys } = ingestWorkbook(input, settings);
  options.onPhase?.("tiering");
  const history = readHistory(input.history, issues);
  // Each Tiering row's partner (by index), so later phases match rows to partners without names.
  const { tiering, source } = tierWithSources(
    portfolio.partners,
    settings,
    portfolio.scale,
    latestSnapshot(history),
    nameKeys,
  );
  const tieredKeys = pick(nameKeys, source, (key) => key);
  options.onPhase?.("responsibility");
  const responsibility = assessResponsibilities(
    input.responsibilities ?? null,
    portfolio.partners.map((p) => p.name),
    settings,
    nameKeys,
  );
  if (responsibility.source !== null) portfolio.sources.push(responsibility.source);
  options.onPhase?.("coverage");
  const needs = assessCoverage(portfolio);
  options.onPhase?.("conflicts");
  const search = searchChannelConflicts(portfolio.partners, settings, {
    maxPairs: options.maxConflictPairs ?? MAX_CONFLICT_PAIRS,
  });
  const conflicts = search.conflicts;
  // Past the bound no pairs are listed, and the issue says how far the search got and what to narrow.
  const conflictIssues = search.stopped
    ? [
        {
          severity: "warning" as const,
          sheet: input.partners?.sheet ?? "Partners",
          cell: "",
          message: messages.conflictsStopped(search.found - 1, settings.conflictThreshold),
        },
      ]
    : [];
  // Recommendations name the best-ranked candidate, and ranking needs the gaps: rank in between.
  options.onPhase?.("candidates");
  const candidates = rankCandidates(portfolio.candidates, needs, settings, portfolio.scale);
  const coverage = recommendForGaps(needs, candidates);
  options.onPhase?.("maturity");
  const maturity = assessMaturity(portfolio.maturity);
  const allIssues = [...(options.priorIssues ?? []), ...issues, ...conflictIssues, ...responsibility.issues];
  options.onPhase?.("expectations");
  const expectations = assessExpectations(tiering.partners, portfolio.expectations);
  options.onPhase?.("radar");
  const radar = placeOnRadarAligned(
    tiering.partners,
    pick(portfolio.partners, source, (p) => p.roles),
  );
  options.onPhase?.("evolution");
  const evolution = traceEvolution({
    partners: tiering.partners,
    history,
    runAt: options.runAt,
    window: settings.evolutionWindow,
    soleProviders: coverage.singlePointsOfFailure.map((s) => s.partner),
    keys: tieredKeys,
  });
  // The snapshot is made when first read: the sheets and the JSON are built from the Tiering rows,
  // and a 7,000-key object costs V8 a string-table entry per name (~4–10 ms on the dense bench).
  let snapshot: TierSnapshot | null = null;
  return {
    runAt: options.runAt,
    settings,
    sources: portfolio.sources,
    portfolio,
    issues: allIssues,
    tiering,
    get snapshot() {
      return (snapshot ??= takeSnapshot(tiering.partners, options.runAt, tieredKeys));
    },
    history,
    responsibility: responsibility.result,
    coverage,
    conflicts,
    candidates,
    maturity,
    totals: analysisTotals({ issues: allIssues, conflicts, candidates, maturity }),
    expectations,
    radar,
    evolution,
  };
}

/** `read(values[at[i]])` for each i: a loop, where Array.from over a typed array makes an object per step. */
function pick<T, U>(values: readonly T[], at: Int32Array, read: (value: T) => U): U[] {
  const picked = new Array<U>(at.length);
  for (let i = 0; i < at.length; i++) picked[i] = read(values[at[i] as number] as T);
  return picked;
}
