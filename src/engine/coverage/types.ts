import type { Layer, RequiredCapability } from "../model";

/** Status of a capability, by precedence (SPEC §2.4). */
export type CoverageStatus = "Gap" | "Duplicated" | "Strategic overlap" | "Single-sourced" | "Covered";
export const COVERAGE_STATUSES: readonly CoverageStatus[] = [
  "Gap",
  "Duplicated",
  "Strategic overlap",
  "Single-sourced",
  "Covered",
];

/** Every condition that holds for a capability; the status is the first one, by precedence. */
export type CoverageFlag = "gap" | "duplicated" | "strategic-overlap" | "single-sourced";

/** What to do about a gap (SPEC §2.4). */
export type Recommendation = "Acquire" | "Build" | "Partner" | "Recruit";

/** A market: one segment and one region; null stands for "any". */
export interface MarketCell {
  segment: string | null;
  region: string | null;
}

/** A market where a capability is required, with how many providers serve it. */
export interface RequiredCell extends MarketCell {
  providers: number;
  /** Min − providers when short, else 0. */
  shortfall: number;
}

/** A market with more than Max providers of a capability. */
export interface CrowdedCell extends MarketCell {
  providers: number;
}

/** A required capability (its requirement as read, less the sheet row) with its coverage. */
export interface CapabilityCoverage extends Omit<RequiredCapability, "row"> {
  /** Partners that list the capability, in sheet order. */
  providers: string[];
  status: CoverageStatus;
  flags: CoverageFlag[];
  /** Priority × Σ shortfall over the required cells; 0 without a gap. */
  severity: number;
  cells: RequiredCell[];
  duplicatedCells: CrowdedCell[];
  /** Providers per segment of the market axis (heat map), aligned with CoverageResult.segments. */
  providersBySegment: number[];
  /** Set for gaps only. */
  recommendation: Recommendation | null;
  /** The best-ranked candidate named by a Partner recommendation. */
  candidate: string | null;
}

/** A partner that alone provides some required capabilities (SPEC §2.4). */
export interface SinglePointOfFailure {
  partner: string;
  capabilities: string[];
  /** Summed Priority of those capabilities. */
  removalImpact: number;
}

/** Partners per (lifecycle stage, role). */
export interface JourneyMatrix {
  stages: string[];
  roles: string[];
  /** partners[stage index][role index]. */
  partners: number[][];
  /** Cells no partner covers, stage by stage. */
  gaps: { stage: string; role: string }[];
}

/** Partners and revenue per Layer × Type; "" is a blank Type, null a blank Layer. */
export interface LayerMixRow {
  layer: Layer | null;
  type: string;
  partners: number;
  revenue: number;
}

export interface CoverageResult {
  /** The market axes over which duplication is judged: segments and regions seen in Partners; [null] = "any". */
  segments: (string | null)[];
  regions: (string | null)[];
  /** The required set, in its order (Capabilities table order, else first listed). */
  capabilities: CapabilityCoverage[];
  singlePointsOfFailure: SinglePointOfFailure[];
  journey: JourneyMatrix;
  layerMix: LayerMixRow[];
  /** The headline figures, decided once (see coverageTotals). */
  totals: CoverageTotals;
}

/** Capabilities counted by flag (any status), the summed gap severity and the journey gaps. */
export interface CoverageTotals {
  capabilities: number;
  gaps: number;
  /** Flagged duplicated: some market cell over Max, whatever the status. */
  duplicated: number;
  singleSourced: number;
  /** Σ severity over the gaps. */
  severity: number;
  journeyGaps: number;
}
