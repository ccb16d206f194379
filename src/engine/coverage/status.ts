import type { CoverageFlag, CoverageStatus, CrowdedCell, RequiredCell } from "./types";

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
export function coverageStatus(input: {
  cells: readonly RequiredCell[];
  crowded: readonly CrowdedCell[];
  providers: number;
  max: number;
}): {
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
