import type { Partner } from "../model";
import type { CoverageFlag, CoverageStatus, CrowdedCell, RequiredCell } from "./types";

/** The market grid: segments × regions seen in Partners, with the index of each value. */
export interface MarketGrid {
  segments: (string | null)[];
  regions: (string | null)[];
}

/**
 * Providers of one capability in every market cell of the grid. A provider with an empty list
 * (or an axis that is "any") counts in every cell along that axis.
 */
export function providersPerCell(grid: MarketGrid, providers: readonly Pick<Partner, "segments" | "regions">[]): number[][] {
  const segIndex = new Map(grid.segments.map((s, i) => [s, i]));
  const regIndex = new Map(grid.regions.map((r, i) => [r, i]));
  const counts = grid.segments.map(() => grid.regions.map(() => 0));
  const all = (n: number) => Array.from({ length: n }, (_, i) => i);
  const indices = (list: readonly string[], axis: (string | null)[], index: Map<string | null, number>) =>
    list.length === 0 || axis[0] === null ? all(axis.length) : list.map((v) => index.get(v)).filter((i): i is number => i !== undefined);
  for (const p of providers) {
    const regs = indices(p.regions, grid.regions, regIndex);
    for (const s of indices(p.segments, grid.segments, segIndex)) {
      const row = counts[s];
      if (row === undefined) continue;
      for (const r of regs) row[r] = (row[r] ?? 0) + 1;
    }
  }
  return counts;
}

/** Market cells with more than Max providers: duplication (SPEC §2.4). */
export function crowdedCells(grid: MarketGrid, counts: number[][], max: number): CrowdedCell[] {
  const out: CrowdedCell[] = [];
  counts.forEach((row, s) =>
    row.forEach((providers, r) => {
      if (providers > max) out.push({ segment: grid.segments[s] ?? null, region: grid.regions[r] ?? null, providers });
    }),
  );
  return out;
}

/** The status each flag gives a capability; also the flag's word on the sheets. */
export const STATUS_OF_FLAG: Record<CoverageFlag, CoverageStatus> = {
  gap: "Gap",
  duplicated: "Duplicated",
  "strategic-overlap": "Strategic overlap",
  "single-sourced": "Single-sourced",
};

/**
 * Every flag that holds, and the status by precedence Gap > Duplicated > Strategic overlap >
 * Single-sourced > Covered (SPEC §2.4). Strategic overlap is more than Max providers in all
 * with no single market cell over Max.
 * @example coverageStatus({ cells: [], crowded: [], providers: 1, max: 3 }) // { status: "Single-sourced", … }
 */
export function coverageStatus(input: { cells: readonly RequiredCell[]; crowded: readonly CrowdedCell[]; providers: number; max: number }): {
  status: CoverageStatus;
  flags: CoverageFlag[];
} {
  const flags: CoverageFlag[] = [];
  if (input.cells.some((c) => c.shortfall > 0)) flags.push("gap");
  if (input.crowded.length > 0) flags.push("duplicated");
  else if (input.providers > input.max) flags.push("strategic-overlap");
  if (input.providers === 1) flags.push("single-sourced");
  const first = flags[0];
  return { status: first === undefined ? "Covered" : STATUS_OF_FLAG[first], flags };
}
