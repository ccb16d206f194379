/**
 * The shapes the conflict search takes and gives (SPEC §2.5): the fields of a partner it
 * compares, one reported pair (`ChannelConflict`) and the search's outcome with the work it
 * took (`ConflictSearch`). A pair is plain data; the engine's list of them is not, so what
 * crosses from the Web Worker to the pane is a slice of it (taskpane/analysis/transfer.ts).
 */
import type { Partner } from "../model";
import type { ConflictList } from "./conflict-list";

/** Two partners who may sell the same things to the same customers (SPEC §2.5). */
export interface ChannelConflict {
  /** The name that sorts first, lower-cased. */
  partnerA: string;
  partnerB: string;
  /** Jaccard similarity of their capability sets, 0–1. */
  score: number;
  sharedCapabilities: string[];
  /** Segments both serve; empty when both serve every segment. */
  sharedSegments: string[];
  /** Regions both serve; empty when both serve every region. */
  sharedRegions: string[];
  /** Go-to-market roles both hold: Co-sell, Co-market. */
  sharedRoles: string[];
}

/**
 * How an analysis's pairs are read: `length`, `at`, `slice` and iteration, in the report's order.
 * The engine's is a `ConflictList` (each pair made when read); a plain array, as the pane
 * receives from the worker or a test writes, is one too.
 */
export interface ConflictPairs extends Iterable<ChannelConflict> {
  readonly length: number;
  at(index: number): ChannelConflict | undefined;
  slice(start?: number, end?: number): ChannelConflict[];
}

/** What the conflict search found, and how much work it took. */
export interface ConflictSearch {
  /** The pairs, ordered (SPEC §2.5), made when read; empty when the search stopped at the bound. */
  conflicts: ConflictList;
  /** Pairs that reached the threshold: all of them, or maxPairs + 1 when the search stopped. */
  found: number;
  /** Candidate pairs looked at on the way (the benchmark reports it). */
  examined: number;
  /** True when more than maxPairs pairs reached the threshold. */
  stopped: boolean;
}

/** The fields of a partner the search compares and a reported pair reads. */
export type Comparable = Pick<Partner, "name" | "roles" | "capabilities" | "segments" | "regions">;
