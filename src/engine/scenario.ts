import { type ChannelConflict, searchChannelConflicts } from "./conflicts";
import { assessCoverage, type CoverageFlag, type CoverageResult } from "./coverage";
import { valueKey } from "./ingest/lists";
import type { Partner, Portfolio, RequiredCapability, Settings, Tier, TieringResult } from "./model";
import { compareNames } from "./tiering/compare";
import { tierPartners } from "./tiering";
import { placeOnRadar, RADAR_SECTORS, type RadarSector } from "./radar";

/** What a scenario changes: partners that leave, candidates that join (names, any case). */
export interface ScenarioChange {
  remove: string[];
  add: string[];
}

export interface ConflictRef {
  partnerA: string;
  partnerB: string;
  score: number;
}

export interface TierChange {
  partner: string;
  /** null: the partner joins in this scenario. */
  before: Tier | null;
  /** null: the partner leaves in this scenario. */
  after: Tier | null;
}

/** The difference a scenario makes (SPEC §2.7). */
export interface ScenarioResult {
  removed: string[];
  added: string[];
  /** Names that matched no partner (for remove) or no candidate (for add). */
  unknown: string[];
  gapsOpened: { capability: string; severity: number }[];
  gapsClosed: { capability: string; severity: number }[];
  duplicationsAdded: string[];
  duplicationsRemoved: string[];
  conflictsAdded: ConflictRef[];
  conflictsRemoved: ConflictRef[];
  /** Total gap severity over the required set. */
  severityBefore: number;
  severityAfter: number;
  tierChanges: TierChange[];
  /** Tiered partners per radar sector before and after (SPEC §2.11); sectors drawn on either side. */
  radarSectors: RadarSectorChange[];
}

export interface RadarSectorChange {
  sector: RadarSector;
  before: number;
  after: number;
}

/** The baseline a scenario is compared with: the analysis already run on the portfolio. */
export interface ScenarioBaseline {
  coverage: Pick<CoverageResult, "capabilities">;
  /** The analysis's pairs (its `ConflictList`, or a plain array of them where it crossed to a worker). */
  conflicts: Iterable<ChannelConflict>;
  tiering: Pick<TieringResult, "partners">;
}

/**
 * Recomputes coverage, conflicts and tiers with some partners removed and some candidates
 * added, and reports what changed (SPEC §2.7). The required set is held fixed — it is the
 * baseline's, even when it was derived from the partners' lists — so removing a capability's
 * only provider opens a gap instead of making the capability disappear. Scores stay on the
 * portfolio's scale. An empty change reproduces the baseline: nothing opens, closes or moves.
 * @example runScenario(portfolio, settings, { remove: ["Acme"], add: [] }, analysis).gapsOpened
 */
export function runScenario(
  portfolio: Portfolio,
  settings: Settings,
  change: ScenarioChange,
  baseline: ScenarioBaseline,
): ScenarioResult {
  const removeKeys = new Set(change.remove.map(valueKey));
  const addKeys = new Set(change.add.map(valueKey));
  const removed = portfolio.partners.filter((p) => removeKeys.has(valueKey(p.name)));
  const joining = portfolio.candidates.filter(
    (c) => addKeys.has(valueKey(c.name)) && !isPartner(portfolio.partners, c.name),
  );
  const known = new Set([...removed, ...joining].map((p) => valueKey(p.name)));
  const unknown = [...change.remove, ...change.add].filter((n) => !known.has(valueKey(n)));

  const partners: Partner[] = [...portfolio.partners.filter((p) => !removeKeys.has(valueKey(p.name))), ...joining];
  const required = fixedRequiredSet(baseline.coverage);
  const coverage = assessCoverage({ partners, capabilities: required });
  const conflicts = searchChannelConflicts(partners, settings).conflicts;
  const tiering = tierPartners(partners, settings, portfolio.scale);

  const before = new Map(baseline.coverage.capabilities.map((c) => [c.capability, c]));
  const after = new Map(coverage.capabilities.map((c) => [c.capability, c]));
  const hasFlag = (m: typeof before, cap: string, flag: CoverageFlag) => m.get(cap)?.flags.includes(flag) ?? false;
  const caps = [...before.keys()];
  return {
    removed: removed.map((p) => p.name),
    added: joining.map((p) => p.name),
    unknown,
    gapsOpened: caps
      .filter((c) => !hasFlag(before, c, "gap") && hasFlag(after, c, "gap"))
      .map((c) => ({ capability: c, severity: after.get(c)?.severity ?? 0 })),
    gapsClosed: caps
      .filter((c) => hasFlag(before, c, "gap") && !hasFlag(after, c, "gap"))
      .map((c) => ({ capability: c, severity: before.get(c)?.severity ?? 0 })),
    duplicationsAdded: caps.filter((c) => !hasFlag(before, c, "duplicated") && hasFlag(after, c, "duplicated")),
    duplicationsRemoved: caps.filter((c) => hasFlag(before, c, "duplicated") && !hasFlag(after, c, "duplicated")),
    ...conflictDelta(baseline.conflicts, conflicts),
    severityBefore: sum(baseline.coverage.capabilities.map((c) => c.severity)),
    severityAfter: sum(coverage.capabilities.map((c) => c.severity)),
    tierChanges: tierChanges(baseline.tiering.partners, tiering.partners),
    radarSectors: radarSectorChanges(
      placeOnRadar(baseline.tiering.partners, portfolio.partners).sectors,
      placeOnRadar(tiering.partners, partners).sectors,
    ),
  };
}

/** Sector counts side by side, in the radar's sector order. */
function radarSectorChanges(
  before: readonly { sector: RadarSector; count: number }[],
  after: readonly { sector: RadarSector; count: number }[],
): RadarSectorChange[] {
  const count = (list: typeof before, sector: RadarSector) => list.find((s) => s.sector === sector)?.count ?? 0;
  return RADAR_SECTORS.filter((s) => count(before, s) > 0 || count(after, s) > 0).map((sector) => ({
    sector,
    before: count(before, sector),
    after: count(after, sector),
  }));
}

/** The baseline's required set as explicit requirements, so it cannot shrink with the partners. */
function fixedRequiredSet(coverage: Pick<CoverageResult, "capabilities">): RequiredCapability[] {
  return coverage.capabilities.map(({ capability, priority, min, max, segments, regions, centrality, urgency }) => ({
    capability,
    row: null,
    priority,
    min,
    max,
    segments,
    regions,
    centrality,
    urgency,
  }));
}

/** The pairs each side has and the other has not, in each side's order (each list read once). */
function conflictDelta(before: Iterable<ChannelConflict>, after: Iterable<ChannelConflict>) {
  const key = (c: ConflictRef) => `${valueKey(c.partnerA)}\u0000${valueKey(c.partnerB)}`;
  const ref = (c: ChannelConflict): ConflictRef => ({ partnerA: c.partnerA, partnerB: c.partnerB, score: c.score });
  const beforeRefs = Array.from(before, ref);
  const afterRefs = Array.from(after, ref);
  const beforeKeys = new Set(beforeRefs.map(key));
  const afterKeys = new Set(afterRefs.map(key));
  return {
    conflictsAdded: afterRefs.filter((c) => !beforeKeys.has(key(c))),
    conflictsRemoved: beforeRefs.filter((c) => !afterKeys.has(key(c))),
  };
}

/** Partners whose tier differs, joined or left; ordered by name. */
function tierChanges(
  before: readonly { partner: string; tier: Tier }[],
  after: readonly { partner: string; tier: Tier }[],
): TierChange[] {
  const was = new Map(before.map((p) => [valueKey(p.partner), p]));
  const now = new Map(after.map((p) => [valueKey(p.partner), p]));
  const changes: TierChange[] = [];
  for (const [k, p] of was) {
    const next = now.get(k);
    if (next?.tier !== p.tier) changes.push({ partner: p.partner, before: p.tier, after: next?.tier ?? null });
  }
  for (const [k, p] of now) if (!was.has(k)) changes.push({ partner: p.partner, before: null, after: p.tier });
  return changes.sort((a, b) => compareNames(a.partner, b.partner));
}

function isPartner(partners: readonly Partner[], name: string): boolean {
  const k = valueKey(name);
  return partners.some((p) => valueKey(p.name) === k);
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
