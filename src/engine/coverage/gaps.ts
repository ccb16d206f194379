import type { Partner, RequiredCapability } from "../model";
import { requiredCells, serves } from "./markets";
import type { RequiredCell } from "./types";

/**
 * The required cells of a capability with their providers, and the gap severity (SPEC §2.4):
 * a cell with fewer than Min providers is short by Min − providers; severity is Priority × the
 * summed shortfall.
 * @example findGaps({ priority: 4, min: 2, segments: [], regions: [] }, [partnerA]) // severity 4
 */
export function findGaps(
  required: Pick<RequiredCapability, "priority" | "min" | "segments" | "regions">,
  providers: readonly Pick<Partner, "segments" | "regions">[],
): { cells: RequiredCell[]; severity: number } {
  let shortfallSum = 0;
  const cells = requiredCells(required).map((cell) => {
    // Every provider serves the global cell ("any" × "any"): no need to ask each one.
    let count = cell.segment === null && cell.region === null ? providers.length : 0;
    if (count === 0) for (const p of providers) if (serves(p, cell)) count++;
    const shortfall = Math.max(0, required.min - count);
    shortfallSum += shortfall;
    return { ...cell, providers: count, shortfall };
  });
  return { cells, severity: required.priority * shortfallSum };
}
