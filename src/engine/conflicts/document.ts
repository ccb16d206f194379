import type { ChannelConflict } from "./index";

/**
 * The `conflicts` key of the JSON document (SPEC §3): `[{partnerA, partnerB, score, …}]`, score
 * unrounded (0–1). Empty shared segments or regions mean both partners serve every one.
 * @example conflictsDocument(analysis.conflicts)[0] // { partnerA: "Acme", partnerB: "Bolt", score: 0.6667, … }
 */
export function conflictsDocument(conflicts: readonly ChannelConflict[]): Record<string, unknown>[] {
  return conflicts.map((c) => ({
    partnerA: c.partnerA,
    partnerB: c.partnerB,
    score: c.score,
    sharedCapabilities: c.sharedCapabilities,
    sharedSegments: c.sharedSegments,
    sharedRegions: c.sharedRegions,
    sharedRoles: c.sharedRoles,
  }));
}
