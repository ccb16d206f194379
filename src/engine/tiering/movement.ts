import type { Movement, Tier, TierSnapshot } from "../model";
import { valueKey } from "../ingest/lists";

/** Higher is better; Unscored sits below Scale so gaining scores reads as a move up. */
const TIER_LEVEL: Record<Tier, number> = { Strategic: 3, Focus: 2, Scale: 1, Unscored: 0 };

/** The tier a partner had in a snapshot, matched by name case-insensitively. */
export function previousTier(snapshot: TierSnapshot | null | undefined, partner: string): Tier | null {
  if (!snapshot) return null;
  return previousTierByKey(snapshot, valueKey(partner));
}

/** `previousTier` for a name's matching key (`valueKey`) already worked out. */
export function previousTierByKey(snapshot: TierSnapshot, key: string): Tier | null {
  // Own keys only: a partner called "constructor" must not read Object.prototype.constructor.
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

/**
 * A snapshot of this run's tiers, keyed by matching name, for the next run's movement.
 * `keys[i]`, when given, is `valueKey(partners[i].partner)` already worked out.
 */
export function takeSnapshot(
  partners: readonly { partner: string; tier: Tier }[],
  takenAt: string,
  keys?: readonly string[],
): TierSnapshot {
  // As Object.fromEntries over [key, tier] pairs, without the pairs: own data properties in
  // first-seen order, a later duplicate overwriting in place.
  const tiers: Record<string, Tier> = { first: "Scale", second: "Scale" };
  // Deleting a property other than the last turns the object into a hash table at once: V8
  // otherwise makes a new hidden class for each of the first partners' keys before it gives up.
  delete tiers.first;
  delete tiers.second;
  for (let i = 0; i < partners.length; i++) {
    const p = partners[i] as { partner: string; tier: Tier };
    const key = keys === undefined ? valueKey(p.partner) : (keys[i] as string);
    // Assigning "__proto__" would set the prototype: define it, so such a partner is kept.
    if (key === "__proto__")
      Object.defineProperty(tiers, key, { value: p.tier, writable: true, enumerable: true, configurable: true });
    else tiers[key] = p.tier;
  }
  return { takenAt, tiers };
}
