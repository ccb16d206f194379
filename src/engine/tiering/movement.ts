import type { Movement, Tier, TierSnapshot } from "../model";
import { valueKey } from "../ingest/lists";

/** Higher is better; Unscored sits below Scale so gaining scores reads as a move up. */
const TIER_LEVEL: Record<Tier, number> = { Strategic: 3, Focus: 2, Scale: 1, Unscored: 0 };

/** The tier a partner had in a snapshot, matched by name case-insensitively. */
export function previousTier(snapshot: TierSnapshot | null | undefined, partner: string): Tier | null {
  if (!snapshot) return null;
  // Own keys only: a partner called "constructor" must not read Object.prototype.constructor.
  const key = valueKey(partner);
  return Object.hasOwn(snapshot.tiers, key) ? (snapshot.tiers[key] ?? null) : null;
}

/**
 * Movement against the previous run: New when the partner was not in it, else Up, Down or
 * Same by tier level. No snapshot at all, no movement.
 */
export function movement(
  snapshot: TierSnapshot | null | undefined,
  previous: Tier | null,
  current: Tier,
): Movement | null {
  if (!snapshot) return null;
  if (previous === null) return "New";
  const delta = TIER_LEVEL[current] - TIER_LEVEL[previous];
  return delta > 0 ? "Up" : delta < 0 ? "Down" : "Same";
}

/** A snapshot of this run's tiers, keyed by matching name, for the next run's movement. */
export function takeSnapshot(partners: { partner: string; tier: Tier }[], takenAt: string): TierSnapshot {
  // fromEntries defines own properties, so a partner called "__proto__" is kept, not swallowed.
  const tiers: Record<string, Tier> = Object.fromEntries(partners.map((p) => [valueKey(p.partner), p.tier]));
  return { takenAt, tiers };
}
