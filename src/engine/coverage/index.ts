import type { Portfolio } from "../model";
import { findGaps } from "./gaps";
import { journeyMatrix } from "./journey";
import { layerMix } from "./layer-mix";
import { MarketCounter } from "./market-counter";
import { marketAxes } from "./markets";
import { providersByCapability, requiredSet } from "./providers";
import { type GapServer, recommend } from "./recommend";
import { singlePointsOfFailure } from "./spof";
import { coverageStatus } from "./status";
import { coverageTotals } from "./totals";
import type { CapabilityCoverage, CoverageResult } from "./types";

export * from "./types";
export { marketAxes, marketLabel, requiredCells, serves } from "./markets";
export { coverageTotals } from "./totals";
export type { GapServer } from "./recommend";

/**
 * Capability coverage, overlap and gaps (SPEC §2.4) for the required set: providers, required
 * cells and their shortfall, gap severity, duplicated and strategic-overlap market cells,
 * single sourcing, status and flags; single points of failure, the journey matrix and the layer
 * mix. Recommendations need the ranked candidates and are added by `recommendForGaps`.
 * @example assessCoverage(portfolio).capabilities[0].status // "Gap"
 */
export function assessCoverage(portfolio: Pick<Portfolio, "partners" | "capabilities">): CoverageResult {
  const { partners } = portfolio;
  const grid = marketAxes(partners);
  const counter = new MarketCounter(grid);
  const providersOf = providersByCapability(partners);
  const capabilities: CapabilityCoverage[] = requiredSet(portfolio.capabilities, partners).map((req) => {
    const providers = providersOf.get(req.capability) ?? [];
    const { cells, severity } = findGaps(req, providers);
    const duplicatedCells = counter.crowded(counter.perCell(providers), req.max);
    const { status, flags } = coverageStatus({
      cells,
      crowded: duplicatedCells,
      providers: providers.length,
      max: req.max,
    });
    return {
      capability: req.capability,
      priority: req.priority,
      min: req.min,
      max: req.max,
      segments: req.segments,
      regions: req.regions,
      centrality: req.centrality,
      urgency: req.urgency,
      providers: providers.map((p) => p.name),
      status,
      flags,
      severity,
      cells,
      duplicatedCells,
      providersBySegment: counter.perSegment(providers),
      recommendation: null,
      candidate: null,
    };
  });
  const journey = journeyMatrix(partners);
  return {
    segments: grid.segments,
    regions: grid.regions,
    capabilities,
    singlePointsOfFailure: singlePointsOfFailure(capabilities),
    journey,
    layerMix: layerMix(partners),
    totals: coverageTotals(capabilities, journey),
  };
}

/**
 * Adds the build / partner / acquire / recruit recommendation to every gap (SPEC §2.4), given
 * the candidates in rank order. Returns a new result; capabilities without a gap get none.
 * @example recommendForGaps(coverage, rankCandidates(...)).capabilities[0].recommendation // "Partner"
 */
export function recommendForGaps(coverage: CoverageResult, ranked: readonly GapServer[]): CoverageResult {
  return {
    ...coverage,
    capabilities: coverage.capabilities.map((c) => (c.flags.includes("gap") ? { ...c, ...recommend(c, ranked) } : c)),
  };
}
