import type { CapabilityCoverage, CoverageTotals, JourneyMatrix } from "./types";

/**
 * The coverage headline figures (SPEC §2.4), counted by flag: a capability is duplicated when
 * some market cell has more than Max providers, whatever its status — a gap in one market does
 * not hide crowding in another. Gap is the first status, so gaps by flag and by status agree.
 * @example coverageTotals([{ flags: ["gap", "duplicated"], severity: 4 }], { gaps: [] }) // { capabilities: 1, gaps: 1, duplicated: 1, singleSourced: 0, severity: 4, journeyGaps: 0 }
 */
export function coverageTotals(
  capabilities: readonly Pick<CapabilityCoverage, "flags" | "severity">[],
  journey: Pick<JourneyMatrix, "gaps">,
): CoverageTotals {
  const totals: CoverageTotals = {
    capabilities: capabilities.length,
    gaps: 0,
    duplicated: 0,
    singleSourced: 0,
    severity: 0,
    journeyGaps: journey.gaps.length,
  };
  for (const c of capabilities) {
    if (c.flags.includes("gap")) {
      totals.gaps += 1;
      totals.severity += c.severity;
    }
    if (c.flags.includes("duplicated")) totals.duplicated += 1;
    if (c.flags.includes("single-sourced")) totals.singleSourced += 1;
  }
  return totals;
}
