import { distinctHistory, type HistoryRow } from "./history";
import { valueKey } from "./ingest/lists";
import type { ScoredTier, Tier, TieredPartner } from "./model";
import { compositeKey } from "./tiering/compare";
import { tagNumberFields } from "./shapes";

export type Trajectory = "New" | "Regressing" | "Accelerating" | "Stalled" | "Steady";
export type EvolutionSignal = "Deepen" | "Keep" | "Review exit";

/** One point of a partner's evolution: its composite and tier in one snapshot. */
export interface EvolutionPoint {
  takenAt: string;
  tier: ScoredTier;
  composite: number;
}

/** A tiered partner's evolution over its most recent W snapshots (SPEC §2.12). */
export interface PartnerEvolution {
  partner: string;
  rank: number | null;
  /** Oldest first; the last one is this run. */
  points: EvolutionPoint[];
  first: number;
  last: number;
  tierFirst: ScoredTier;
  tierLast: ScoredTier;
  trajectory: Trajectory;
  signal: EvolutionSignal;
}

/** Tier counts of one snapshot (this run's included), for the tier-count chart. */
export interface SnapshotCounts {
  takenAt: string;
  counts: Record<Tier, number>;
}

export interface EvolutionResult {
  /** Every tiered partner, in rank order. */
  partners: PartnerEvolution[];
  /** Every snapshot, oldest first, the current run last (when it is the latest). */
  snapshots: SnapshotCounts[];
  totals: { deepen: number; reviewExit: number; keep: number } & Record<Lowercase<Trajectory>, number>;
}

// The point and evolution literals below, their numbers null first (see shapes.ts).
tagNumberFields(
  { takenAt: "", tier: "Scale", composite: null },
  {
    partner: "",
    rank: null,
    points: [],
    first: null,
    last: null,
    tierFirst: "Scale",
    tierLast: "Scale",
    trajectory: "New",
    signal: "Keep",
  },
);

/** Tier order for trajectories: Strategic > Focus > Scale. */
const LEVEL: Record<ScoredTier, number> = { Strategic: 3, Focus: 2, Scale: 1 };
/** A composite change of this many points (or more) is a trajectory (SPEC §2.12). */
const TREND_POINTS = 5;

export interface EvolutionInput {
  /** This run's tiering, in rank order. */
  partners: readonly Pick<TieredPartner, "partner" | "tier" | "rank" | "composite">[];
  /** Rows of earlier runs (Tier History). */
  history: readonly HistoryRow[];
  /** This run's Taken at. */
  runAt: string;
  /** W: how many of a partner's most recent snapshots count, this run included. */
  window: number;
  /** Partners that alone provide some required capability (SPEC §2.4 single points of failure). */
  soleProviders: readonly string[];
  /** `valueKey` of each partner's name, `keys[i]` for `partners[i]`, when already worked out. */
  keys?: readonly string[];
}

/**
 * Evolution over time (SPEC §2.12). Per tiered partner, its points are its composites in the
 * most recent W snapshots in which it appears with one (this run included), oldest first.
 * Trajectory by precedence: New (one point), Regressing (tier fell, or last − first ≤ −5),
 * Accelerating (tier rose, or last − first ≥ +5), Stalled (three points or more), Steady.
 * Signal: Deepen when Accelerating and Strategic or a sole provider; Review exit when
 * Regressing, Scale and the sole provider of nothing; Keep otherwise.
 * History rows taken at this run's own time are superseded by this run.
 * @example traceEvolution({ partners, history, runAt, window: 4, soleProviders: [] }).partners[0]?.trajectory
 */
export function traceEvolution(input: EvolutionInput): EvolutionResult {
  const rows = distinctHistory(input.history).filter((r) => r.takenAt !== input.runAt);
  const byPartner = new Map<string, EvolutionPoint[]>();
  for (const r of rows) {
    if (r.tier === "Unscored" || r.composite === null) continue;
    const key = valueKey(r.partner);
    const list = byPartner.get(key) ?? [];
    list.push({ takenAt: r.takenAt, tier: r.tier, composite: r.composite });
    byPartner.set(key, list);
  }
  const sole = new Set(input.soleProviders.map(valueKey));
  // Without history or sole providers no partner's key is looked up.
  const needKeys = byPartner.size > 0 || sole.size > 0;
  const partners: PartnerEvolution[] = [];
  for (let i = 0; i < input.partners.length; i++) {
    const p = input.partners[i] as EvolutionInput["partners"][number];
    if (p.tier === "Unscored" || p.composite === null) continue;
    const key = !needKeys ? "" : input.keys === undefined ? valueKey(p.partner) : (input.keys[i] as string);
    const now: EvolutionPoint = { takenAt: input.runAt, tier: p.tier, composite: p.composite };
    const earlier = needKeys ? byPartner.get(key) : undefined;
    // A partner new to the history (every partner of a first run) has this run as its one point.
    const points =
      earlier === undefined
        ? [now]
        : [...earlier, now].sort((a, b) => compareText(a.takenAt, b.takenAt)).slice(-Math.max(1, input.window));
    partners.push(evolve(p.partner, p.rank, points, needKeys && sole.has(key)));
  }
  return { partners, snapshots: snapshotCounts(rows, input.partners, input.runAt), totals: totalsOf(partners) };
}

function evolve(
  partner: string,
  rank: number | null,
  points: EvolutionPoint[],
  soleProvider: boolean,
): PartnerEvolution {
  const oldest = points[0] as EvolutionPoint;
  const newest = points[points.length - 1] as EvolutionPoint;
  const trajectory = trajectoryOf(points.length, oldest, newest);
  return {
    partner,
    rank,
    points,
    first: oldest.composite,
    last: newest.composite,
    tierFirst: oldest.tier,
    tierLast: newest.tier,
    trajectory,
    signal: signalOf(trajectory, newest.tier, soleProvider),
  };
}

/**
 * The trajectory (SPEC §2.12), by precedence. The composite difference is compared rounded to
 * 6 decimals (the same rounding as composites, §2.2).
 * @example trajectoryOf(2, { tier: "Focus", composite: 60 }, { tier: "Focus", composite: 55 }) === "Regressing"
 */
export function trajectoryOf(
  count: number,
  first: Pick<EvolutionPoint, "tier" | "composite">,
  last: Pick<EvolutionPoint, "tier" | "composite">,
): Trajectory {
  if (count <= 1) return "New";
  const change = compositeKey(last.composite - first.composite);
  const threshold = compositeKey(TREND_POINTS);
  if (LEVEL[last.tier] < LEVEL[first.tier] || change <= -threshold) return "Regressing";
  if (LEVEL[last.tier] > LEVEL[first.tier] || change >= threshold) return "Accelerating";
  return count >= 3 ? "Stalled" : "Steady";
}

/**
 * When to deepen, stabilise or stop (SPEC §2.12).
 * @example signalOf("Accelerating", "Strategic", false) === "Deepen"
 */
export function signalOf(trajectory: Trajectory, tier: ScoredTier, soleProvider: boolean): EvolutionSignal {
  if (trajectory === "Accelerating" && (tier === "Strategic" || soleProvider)) return "Deepen";
  if (trajectory === "Regressing" && tier === "Scale" && !soleProvider) return "Review exit";
  return "Keep";
}

/** Tier counts per snapshot: the history's distinct rows, then this run. */
function snapshotCounts(
  rows: readonly HistoryRow[],
  current: readonly Pick<TieredPartner, "tier">[],
  runAt: string,
): SnapshotCounts[] {
  const empty = (): Record<Tier, number> => ({ Strategic: 0, Focus: 0, Scale: 0, Unscored: 0 });
  const bySnapshot = new Map<string, Record<Tier, number>>();
  for (const r of rows) {
    const counts = bySnapshot.get(r.takenAt) ?? empty();
    counts[r.tier] += 1;
    bySnapshot.set(r.takenAt, counts);
  }
  const now = empty();
  for (let i = 0; i < current.length; i++) now[(current[i] as Pick<TieredPartner, "tier">).tier] += 1;
  bySnapshot.set(runAt, now);
  return [...bySnapshot.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([takenAt, counts]) => ({ takenAt, counts }));
}

function totalsOf(partners: readonly PartnerEvolution[]): EvolutionResult["totals"] {
  const totals = { deepen: 0, reviewExit: 0, keep: 0, new: 0, regressing: 0, accelerating: 0, stalled: 0, steady: 0 };
  // Indexed loops here and in snapshotCounts: for-of allocates per partner until V8 optimises it.
  for (let i = 0; i < partners.length; i++) {
    const p = partners[i] as PartnerEvolution;
    totals[SIGNAL_TOTAL[p.signal]] += 1;
    totals[TRAJECTORY_TOTAL[p.trajectory]] += 1;
  }
  return totals;
}

const SIGNAL_TOTAL = { Deepen: "deepen", Keep: "keep", "Review exit": "reviewExit" } as const;
const TRAJECTORY_TOTAL = {
  New: "new",
  Regressing: "regressing",
  Accelerating: "accelerating",
  Stalled: "stalled",
  Steady: "steady",
} as const;

/** Taken at compares as text (SPEC §2.9): code-unit order, which ISO 8601 sorts by time. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
