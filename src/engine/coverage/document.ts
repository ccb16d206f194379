import type { CoverageResult } from "./types";

/**
 * The `coverage` key of the JSON document (SPEC §3): `capabilities[] {capability, providers,
 * status, severity, recommendation, …}` with providers as partner names, plus the market axes,
 * single points of failure, the journey matrix and the layer mix. A market of null is "any".
 * @example coverageDocument(analysis.coverage).capabilities[0].providers // ["Acme", "Bolt"]
 */
export function coverageDocument(coverage: CoverageResult): Record<string, unknown> {
  return {
    segments: coverage.segments,
    regions: coverage.regions,
    capabilities: coverage.capabilities.map((c) => ({
      capability: c.capability,
      providers: c.providers,
      status: c.status,
      flags: c.flags,
      severity: c.severity,
      recommendation: c.recommendation,
      candidate: c.candidate,
      priority: c.priority,
      min: c.min,
      max: c.max,
      segments: c.segments,
      regions: c.regions,
      centrality: c.centrality,
      urgency: c.urgency,
      cells: c.cells.map(({ segment, region, providers, shortfall }) => ({ segment, region, providers, shortfall })),
      duplicatedCells: c.duplicatedCells.map(({ segment, region, providers }) => ({ segment, region, providers })),
      providersBySegment: c.providersBySegment,
    })),
    singlePointsOfFailure: coverage.singlePointsOfFailure.map(({ partner, capabilities, removalImpact }) => ({
      partner,
      capabilities,
      removalImpact,
    })),
    journey: {
      stages: coverage.journey.stages,
      roles: coverage.journey.roles,
      partners: coverage.journey.partners,
      gaps: coverage.journey.gaps,
    },
    layerMix: coverage.layerMix.map(({ layer, type, partners, revenue }) => ({ layer, type, partners, revenue })),
  };
}
