import type { Centrality, Urgency } from "../model";
import type { Recommendation } from "./types";

/** What the recommendation needs of a ranked candidate: whether it passes the gate and the gaps it serves. */
export interface GapServer {
  candidate: string;
  passesFitGate: boolean;
  /** Capabilities with a failing cell the candidate would serve. */
  gapsServed: readonly string[];
}

/**
 * The recommendation for a gap (SPEC §2.4): Core & Now → Acquire; Core & Next/Later → Build;
 * Adjacent/Context with a candidate that passes the fit gate and serves a failing cell →
 * Partner, naming the best-ranked such candidate; otherwise Now → Acquire, else Recruit.
 * `ranked` must be in rank order.
 * @example recommend({ capability: "CRM", centrality: "Core", urgency: "Now" }, []) // { recommendation: "Acquire", candidate: null }
 */
export function recommend(
  gap: { capability: string; centrality: Centrality; urgency: Urgency },
  ranked: readonly GapServer[],
): { recommendation: Recommendation; candidate: string | null } {
  if (gap.centrality === "Core")
    return { recommendation: gap.urgency === "Now" ? "Acquire" : "Build", candidate: null };
  const best = ranked.find((c) => c.passesFitGate && c.gapsServed.includes(gap.capability));
  if (best !== undefined) return { recommendation: "Partner", candidate: best.candidate };
  return { recommendation: gap.urgency === "Now" ? "Acquire" : "Recruit", candidate: null };
}
