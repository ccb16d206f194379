import type { RankedCandidate } from "./candidates";
import type { PillarMaturity } from "./maturity";
import type { Issue, Severity } from "./model";

/**
 * The headline figures of the results that are plain lists (issues, conflicts, candidates,
 * maturity). Decided here once: the pane's cards, the Summary sheet and the command line read
 * them and never count for themselves (DESIGN: every figure decided once).
 */
export interface AnalysisTotals {
  /** Input issues, all and by severity. */
  issues: Record<Severity, number> & { all: number };
  /** Channel-conflict pairs at or above the threshold. */
  conflicts: number;
  /** Candidates, those that pass the fit gate, and the one to show first: the best-ranked passing one, else the best-ranked. */
  candidates: { all: number; passingFitGate: number; best: string | null };
  /** The pillar furthest below its target (first in pillar order on a tie); null without a Maturity table or any gap. */
  widestMaturityGap: PillarMaturity | null;
}

/**
 * @example analysisTotals({ issues: [], conflicts: [], candidates: [], maturity: null }).issues // { all: 0, error: 0, warning: 0, info: 0 }
 */
export function analysisTotals(results: {
  issues: readonly Issue[];
  conflicts: { readonly length: number };
  candidates: readonly RankedCandidate[];
  maturity: readonly PillarMaturity[] | null;
}): AnalysisTotals {
  const issues = { all: results.issues.length, error: 0, warning: 0, info: 0 };
  for (const i of results.issues) issues[i.severity] += 1;
  const passing = results.candidates.filter((c) => c.passesFitGate);
  let widest: PillarMaturity | null = null;
  for (const p of results.maturity ?? [])
    if (p.gap !== null && (widest === null || p.gap > (widest.gap ?? 0))) widest = p;
  return {
    issues,
    conflicts: results.conflicts.length,
    candidates: {
      all: results.candidates.length,
      passingFitGate: passing.length,
      best: (passing[0] ?? results.candidates[0])?.candidate ?? null,
    },
    widestMaturityGap: widest,
  };
}
