/**
 * The reported pairs as an analysis holds them (SPEC §2.5): in the report's order, each made
 * into a `ChannelConflict` object only when it is read. The dense 7,000-partner portfolio
 * reports 63,687 pairs while its sheets show the strongest 5,000: held as objects, the pairs
 * were the largest thing V8's young generation copied in a run (about 7 MB, issue 11), and the
 * pair lists are read from start to end (sheet, JSON, scenario), never searched.
 */
import type { ChannelConflict, ConflictPairs } from "./types";

/**
 * A read-only list of pairs: `length`, `at`, `slice`, iteration and `toJSON` (so that
 * `JSON.stringify` writes the array of pairs it stands for). Each read makes a fresh object;
 * the lists inside it are shared with other pairs and must not be changed.
 * It is not plain data: what crosses to or from a Web Worker is a `slice()` of it.
 * @example ConflictList.of([pair]).slice(0, 1) // [pair]
 */
export class ConflictList implements ConflictPairs {
  readonly length: number;
  // A private field, not a property: Jest's equality and JSON see the pairs, not how they are made.
  readonly #pair: (index: number) => ChannelConflict;

  /** `pair(i)` makes pair i of `length`, 0 ≤ i < length. */
  constructor(length: number, pair: (index: number) => ChannelConflict) {
    this.length = length;
    this.#pair = pair;
  }

  /** A list over pairs already made (the pane's copy, a test's). */
  static of(pairs: readonly ChannelConflict[]): ConflictList {
    return new ConflictList(pairs.length, (i) => pairs[i] as ChannelConflict);
  }

  /** Pair `index` (negative counts from the end, as for arrays), or undefined past either end. */
  at(index: number): ChannelConflict | undefined {
    const i = index < 0 ? this.length + Math.trunc(index) : Math.trunc(index);
    return i >= 0 && i < this.length ? this.#pair(i) : undefined;
  }

  /** Pairs [start, end) as a plain array, with `Array.prototype.slice`'s reading of the bounds. */
  slice(start = 0, end = this.length): ChannelConflict[] {
    const from = bound(start, this.length);
    const to = bound(end, this.length);
    const out = new Array<ChannelConflict>(Math.max(0, to - from));
    for (let i = from; i < to; i++) out[i - from] = this.#pair(i);
    return out;
  }

  *[Symbol.iterator](): Iterator<ChannelConflict> {
    for (let i = 0; i < this.length; i++) yield this.#pair(i);
  }

  /** What `JSON.stringify` writes: every pair, in order. */
  toJSON(): ChannelConflict[] {
    return this.slice();
  }
}

/** An index into [0, length] as `Array.prototype.slice` reads it (negative from the end). */
function bound(index: number, length: number): number {
  const i = Math.trunc(index);
  return i < 0 ? Math.max(0, length + i) : Math.min(i, length);
}
