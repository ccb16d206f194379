import type { Partner } from "../model";
import type { CrowdedCell } from "./types";

/** The market grid: segments × regions seen in Partners; [null] on an axis is "any". */
export interface MarketGrid {
  segments: (string | null)[];
  regions: (string | null)[];
}

type Markets = Pick<Partner, "segments" | "regions">;

/**
 * Counts a capability's providers over the market grid (SPEC §2.4). Each distinct segment or
 * region list (lists are shared per distinct cell by ingest) is turned into grid indices once
 * per analysis rather than once per capability; counts go into one flat array, segment-major.
 */
export class MarketCounter {
  private readonly segments: AxisIndex;
  private readonly regions: AxisIndex;
  /** Segment indices already counted for the current provider (duplicates count once). */
  private readonly stamp: Int32Array;

  constructor(readonly grid: MarketGrid) {
    this.segments = new AxisIndex(grid.segments);
    this.regions = new AxisIndex(grid.regions);
    this.stamp = new Int32Array(grid.segments.length);
  }

  /**
   * Providers in every market cell, at `s × regions + r`. A provider with an empty list (or an
   * axis that is "any") counts in every cell along that axis.
   */
  perCell(providers: readonly Markets[]): Int32Array {
    const width = this.grid.regions.length;
    const counts = new Int32Array(this.grid.segments.length * width);
    // Indexed loops: for-of over typed arrays allocates until V8 optimises this.
    for (let i = 0; i < providers.length; i++) {
      const p = providers[i] as Markets;
      const regions = this.regions.of(p.regions);
      const segments = this.segments.of(p.segments);
      for (let k = 0; k < segments.length; k++) {
        const row = (segments[k] as number) * width;
        for (let j = 0; j < regions.length; j++) {
          const at = row + (regions[j] as number);
          counts[at] = (counts[at] as number) + 1;
        }
      }
    }
    return counts;
  }

  /** Market cells with more than Max providers: duplication (SPEC §2.4), segment by segment. */
  crowded(counts: Int32Array, max: number): CrowdedCell[] {
    const out: CrowdedCell[] = [];
    const width = this.grid.regions.length;
    for (let s = 0; s < this.grid.segments.length; s++) {
      for (let r = 0; r < width; r++) {
        const providers = counts[s * width + r] as number;
        if (providers > max)
          out.push({ segment: this.grid.segments[s] ?? null, region: this.grid.regions[r] ?? null, providers });
      }
    }
    return out;
  }

  /** Providers serving each segment of the axis (any region): the coverage heat map. */
  perSegment(providers: readonly Markets[]): number[] {
    const counts = new Array<number>(this.grid.segments.length).fill(0);
    if (this.grid.segments[0] === null) return counts.fill(providers.length);
    this.stamp.fill(0);
    let provider = 0;
    for (let i = 0; i < providers.length; i++) {
      provider++;
      const segments = this.segments.of((providers[i] as Markets).segments);
      for (let k = 0; k < segments.length; k++) {
        const s = segments[k] as number;
        if (this.stamp[s] === provider) continue;
        this.stamp[s] = provider;
        counts[s] = (counts[s] as number) + 1;
      }
    }
    return counts;
  }
}

/** One axis of the grid: each distinct list's indices, worked out once. */
class AxisIndex {
  private readonly index: Map<string | null, number>;
  private readonly every: Int32Array;
  private readonly known = new Map<readonly string[], Int32Array>();

  constructor(private readonly axis: readonly (string | null)[]) {
    this.index = new Map(axis.map((v, i) => [v, i]));
    this.every = Int32Array.from(axis, (_, i) => i);
  }

  /** The indices a list serves: every one for an empty list or an "any" axis, else its values', in order. */
  of(list: readonly string[]): Int32Array {
    if (list.length === 0 || this.axis[0] === null) return this.every;
    let found = this.known.get(list);
    if (found === undefined) {
      const indices: number[] = [];
      for (const v of list) {
        const i = this.index.get(v);
        if (i !== undefined) indices.push(i);
      }
      found = Int32Array.from(indices);
      this.known.set(list, found);
    }
    return found;
  }
}
