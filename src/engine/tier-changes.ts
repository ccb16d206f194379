import type { Tier, TieredPartner } from "./model";
import { compareNames } from "./tiering/compare";

/** A partner whose tier differs between two tierings of the same portfolio. */
export interface TierChange {
  partner: string;
  from: Tier;
  to: Tier;
}

const TIER_ORDER: Record<Tier, number> = { Strategic: 0, Focus: 1, Scale: 2, Unscored: 3 };

/**
 * The partners whose tier differs between two tierings (e.g. the settings in force and the
 * settings being edited), for the task pane's tier simulator. Partners are matched by name,
 * case-insensitively; a partner present on one side only is not a change of tier. Ordered by
 * the new tier (Strategic first), then by name, so promotions to the top tier lead the list.
 * @example tierChanges([{ partner: "Acme", tier: "Focus" }], [{ partner: "Acme", tier: "Strategic" }])
 *   // [{ partner: "Acme", from: "Focus", to: "Strategic" }]
 */
export function tierChanges(
  before: readonly Pick<TieredPartner, "partner" | "tier">[],
  after: readonly Pick<TieredPartner, "partner" | "tier">[],
): TierChange[] {
  // Map keys are the lower-cased names: "constructor" or "__proto__" are ordinary keys of a Map.
  const was = new Map(before.map((p) => [p.partner.toLowerCase(), p.tier]));
  const changes: TierChange[] = [];
  for (const p of after) {
    const from = was.get(p.partner.toLowerCase());
    if (from !== undefined && from !== p.tier) changes.push({ partner: p.partner, from, to: p.tier });
  }
  return changes.sort((a, b) => TIER_ORDER[a.to] - TIER_ORDER[b.to] || compareNames(a.partner, b.partner));
}
