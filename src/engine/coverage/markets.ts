import type { MarketCell } from "./types";

/** The markets partners are judged over: lists plus whether an empty list means "all". */
export interface Markets {
  segments: readonly string[];
  regions: readonly string[];
}

/**
 * The market axes of a portfolio: every segment and every region some partner lists, in the
 * order first seen. An axis no partner lists is the single value "any" (null), SPEC §2.9.
 * @example marketAxes([{ segments: [], regions: ["EMEA"] }]) // { segments: [null], regions: ["EMEA"] }
 */
export function marketAxes(partners: readonly Markets[]): { segments: (string | null)[]; regions: (string | null)[] } {
  const segments = new Set<string>();
  const regions = new Set<string>();
  // Indexed loops: run once per analysis, mostly unoptimised, where for-of allocates per value.
  for (let i = 0; i < partners.length; i++) {
    const p = partners[i] as Markets;
    for (let k = 0; k < p.segments.length; k++) segments.add(p.segments[k] as string);
    for (let k = 0; k < p.regions.length; k++) regions.add(p.regions[k] as string);
  }
  return { segments: segments.size > 0 ? [...segments] : [null], regions: regions.size > 0 ? [...regions] : [null] };
}

/**
 * The required cells of a capability (SPEC §2.4): its Segments × Regions; one global cell when
 * both are empty; when only one is given, the other is "any".
 * @example requiredCells({ segments: ["SMB"], regions: [] }) // [{ segment: "SMB", region: null }]
 */
export function requiredCells(required: Markets): MarketCell[] {
  const segments: (string | null)[] = required.segments.length > 0 ? [...required.segments] : [null];
  const regions: (string | null)[] = required.regions.length > 0 ? [...required.regions] : [null];
  return segments.flatMap((segment) => regions.map((region) => ({ segment, region })));
}

/**
 * True when a partner (or candidate) serves a market cell: an empty list serves every value,
 * and "any" is served by everyone. Values are display spellings from one shared vocabulary.
 * @example serves({ segments: [], regions: ["EMEA"] }, { segment: "SMB", region: "EMEA" }) // true
 */
export function serves(p: Markets, cell: MarketCell): boolean {
  return covers(p.segments, cell.segment) && covers(p.regions, cell.region);
}

function covers(list: readonly string[], value: string | null): boolean {
  return value === null || list.length === 0 || list.includes(value);
}

/** Label of a market value for sheets: "Any" for null. */
export function marketLabel(value: string | null, any = "Any"): string {
  return value ?? any;
}
