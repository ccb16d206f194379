import type { RankedCandidate } from "./index";

/**
 * The `candidates` key of the JSON document (SPEC §3): `[{candidate, rank, passesFitGate, value, …}]`
 * in rank order, Fit as entered.
 * @example candidatesDocument(analysis.candidates)[0] // { candidate: "Nova", rank: 1, passesFitGate: true, value: 8, … }
 */
export function candidatesDocument(candidates: readonly RankedCandidate[]): Record<string, unknown>[] {
  return candidates.map((c) => ({
    candidate: c.candidate,
    rank: c.rank,
    passesFitGate: c.passesFitGate,
    value: c.value,
    fit: c.fit,
    normalisedFit: c.normalisedFit,
    gapsServed: c.gapsServed,
  }));
}
