import type { EvolutionResult } from "./evolution";
import type { RadarResult } from "./radar";

/**
 * `radar[]` of the JSON document (SPEC §3): partner, sector, ring, θ (degrees), x, y — and the
 * radius and revenue (point size) the chart draws with.
 */
export function radarDocument(radar: RadarResult): Record<string, unknown>[] {
  return radar.points.map(({ partner, sector, ring, theta, x, y, radius, revenue }) => ({
    partner,
    sector,
    ring,
    theta,
    x,
    y,
    radius,
    revenue,
  }));
}

/** `evolution[]` of the JSON document (SPEC §3), in rank order. */
export function evolutionDocument(evolution: EvolutionResult): Record<string, unknown>[] {
  return evolution.partners.map(({ partner, points, first, last, tierFirst, tierLast, trajectory, signal }) => ({
    partner,
    points: points.map(({ takenAt, tier, composite }) => ({ takenAt, tier, composite })),
    first,
    last,
    tierFirst,
    tierLast,
    trajectory,
    signal,
  }));
}
