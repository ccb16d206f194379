/**
 * Where the pair search puts the pairs that pass: growable typed arrays of row numbers and
 * capability counts (`PairSink`), handed on as `FoundPairs`. No object is made per pair here;
 * the sink also counts the candidates examined and stops the search once more than the bound
 * have passed.
 */

/**
 * The pairs found, in flat typed arrays (pair k is rows a[k] < b[k], sharing shared[k] of
 * union[k] capabilities): no object is made for a pair until it is known to be reported.
 */
export interface FoundPairs {
  a: Int32Array;
  b: Int32Array;
  shared: Int32Array;
  union: Int32Array;
  length: number;
  /** Candidate pairs looked at (met through the index, or every pair when the threshold is ≤ 0). */
  examined: number;
  /** True when more than `maxPairs` pairs passed and the search stopped there. */
  stopped: boolean;
}

/** Growable typed arrays for the pairs that pass. */
export class PairSink {
  a = new Int32Array(1024);
  b = new Int32Array(1024);
  shared = new Int32Array(1024);
  union = new Int32Array(1024);
  length = 0;
  examined = 0;
  stopped = false;
  constructor(private readonly maxPairs: number) {}

  /** Adds a pair; false once the bound is passed (the caller stops looking). */
  push(a: number, b: number, shared: number, union: number): boolean {
    if (this.length === this.a.length) this.grow();
    const k = this.length++;
    this.a[k] = a;
    this.b[k] = b;
    this.shared[k] = shared;
    this.union[k] = union;
    if (this.length > this.maxPairs) this.stopped = true;
    return !this.stopped;
  }

  private grow(): void {
    const size = this.a.length * 2;
    const widen = (from: Int32Array) => {
      const to = new Int32Array(size);
      to.set(from);
      return to;
    };
    this.a = widen(this.a);
    this.b = widen(this.b);
    this.shared = widen(this.shared);
    this.union = widen(this.union);
  }

  result(): FoundPairs {
    const n = this.length;
    return {
      a: this.a.subarray(0, n),
      b: this.b.subarray(0, n),
      shared: this.shared.subarray(0, n),
      union: this.union.subarray(0, n),
      length: n,
      examined: this.examined,
      stopped: this.stopped,
    };
  }
}
