import { serves } from "../coverage/markets";
import type { CoverageResult, RequiredCell } from "../coverage/types";
import { normalise } from "../ingest/scale";
import type { Candidate, ScoringScale, Settings } from "../model";
import { compareNames, TOLERANCE } from "../tiering/compare";

export interface RankedCandidate {
  candidate: string;
  /** 1-based sheet row. */
  row: number;
  /** Fit as entered; null when missing or invalid. */
  fit: number | null;
  /** 100 × Fit / scale max. */
  normalisedFit: number | null;
  passesFitGate: boolean;
  /** Σ Priority over the gap cells the candidate would serve, each cell once. */
  value: number;
  /** Capabilities with a gap cell the candidate would serve, in coverage order. */
  gapsServed: string[];
  /** 1..n over all candidates. */
  rank: number;
}

/**
 * Ranks candidates (SPEC §2.6, §2.9). The strategic-fit gate passes a normalised Fit at or above
 * the fitGate setting (1e-9 tolerance); a missing Fit fails. Value is Σ Priority over the gap
 * cells the candidate would serve (it lists the capability and serves the cell's market). Order:
 * passing candidates, then failing ones; within each, those with a Fit before those without,
 * then value desc, Fit desc, name.
 * @example rankCandidates(portfolio.candidates, coverage, settings, scale)[0].rank // 1
 */
export function rankCandidates(
  candidates: readonly Candidate[],
  coverage: Pick<CoverageResult, "capabilities">,
  settings: Pick<Settings, "fitGate">,
  scale: ScoringScale,
): RankedCandidate[] {
  const gapCells = new Map<string, { priority: number; cells: RequiredCell[] }>();
  for (const c of coverage.capabilities) {
    const failing = c.cells.filter((cell) => cell.shortfall > 0);
    if (failing.length > 0) gapCells.set(c.capability, { priority: c.priority, cells: failing });
  }
  const order = new Map([...gapCells.keys()].map((k, i) => [k, i]));
  const ranked = candidates.map((cand) => {
    const normalisedFit = cand.fit === null ? null : normalise(cand.fit, scale);
    let value = 0;
    const gapsServed: string[] = [];
    for (const capability of cand.capabilities) {
      const gap = gapCells.get(capability);
      if (gap === undefined) continue;
      const served = gap.cells.filter((cell) => serves(cand, cell)).length;
      if (served > 0) {
        value += gap.priority * served;
        gapsServed.push(capability);
      }
    }
    gapsServed.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    return {
      candidate: cand.name,
      row: cand.row,
      fit: cand.fit,
      normalisedFit,
      passesFitGate: normalisedFit !== null && normalisedFit >= settings.fitGate - TOLERANCE,
      value,
      gapsServed,
      rank: 0,
    };
  });
  ranked.sort(compareCandidates);
  ranked.forEach((c, i) => (c.rank = i + 1));
  return ranked;
}

function compareCandidates(a: RankedCandidate, b: RankedCandidate): number {
  return (
    Number(b.passesFitGate) - Number(a.passesFitGate) ||
    Number(b.fit !== null) - Number(a.fit !== null) ||
    b.value - a.value ||
    (b.fit ?? 0) - (a.fit ?? 0) ||
    compareNames(a.candidate, b.candidate)
  );
}
