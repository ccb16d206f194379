import { Conflict } from "./conflict-object";
import type { ChannelConflict, ConflictPairs } from "./index";

/**
 * The `conflicts` key of the JSON document (SPEC §3): `[{partnerA, partnerB, score, …}]`, score
 * unrounded (0–1). Empty shared segments or regions mean both partners serve every one.
 * @example conflictsDocument(analysis.conflicts)[0] // { partnerA: "Acme", partnerB: "Bolt", score: 0.6667, … }
 */
export function conflictsDocument(conflicts: ConflictPairs): Record<string, unknown>[] {
  // The SPEC's keys only, whatever else a pair may carry; a plain object made as the pairs are
  // (conflict-object.ts): a literal of seven keys per pair cost ~25 ms per 63,687 pairs.
  const out = new Array<Record<string, unknown>>(conflicts.length);
  for (let i = 0; i < conflicts.length; i++) {
    const c = conflicts.at(i) as ChannelConflict;
    out[i] = new Conflict(
      c.partnerA,
      c.partnerB,
      c.score,
      c.sharedCapabilities,
      c.sharedSegments,
      c.sharedRegions,
      c.sharedRoles,
    ) as unknown as Record<string, unknown>;
  }
  return out;
}
