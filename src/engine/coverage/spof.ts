import { compareNames } from "../tiering/compare";
import type { SinglePointOfFailure } from "./types";

/**
 * Single points of failure (SPEC §2.4): per partner, the required capabilities it alone
 * provides and their summed Priority, the removal impact. Largest impact first, then name.
 * @example singlePointsOfFailure([{ capability: "CRM", priority: 4, providers: ["A"] }]) // [{ partner: "A", capabilities: ["CRM"], removalImpact: 4 }]
 */
export function singlePointsOfFailure(
  capabilities: readonly { capability: string; priority: number; providers: readonly string[] }[],
): SinglePointOfFailure[] {
  const byPartner = new Map<string, SinglePointOfFailure>();
  for (const c of capabilities) {
    const only = c.providers.length === 1 ? c.providers[0] : undefined;
    if (only === undefined) continue;
    const entry = byPartner.get(only) ?? { partner: only, capabilities: [], removalImpact: 0 };
    entry.capabilities.push(c.capability);
    entry.removalImpact += c.priority;
    byPartner.set(only, entry);
  }
  return [...byPartner.values()].sort(
    (a, b) => b.removalImpact - a.removalImpact || compareNames(a.partner, b.partner),
  );
}
