/**
 * The integer keys and sorts that put the found pairs in the report's order without comparing
 * anything: each pair's score as a bucket among the few distinct fractions shared/union (0 =
 * highest), and a stable counting sort of positions by a key in a small range, run once per
 * key from the least significant (second name's rank, first name's rank, score bucket).
 */

/**
 * The positions 0..keys.length−1 (taken in the order `after` gives, or ascending) stably sorted
 * by keys[position], each key in [0, range): one counting pass, no comparison.
 */
export function countingOrder(keys: Int32Array, range: number, after: Int32Array | null): Int32Array {
  const m = keys.length;
  const next = new Int32Array(range + 1);
  for (let k = 0; k < m; k++) {
    const key = (keys[k] ?? 0) + 1;
    next[key] = (next[key] ?? 0) + 1;
  }
  for (let v = 0; v < range; v++) next[v + 1] = (next[v + 1] ?? 0) + (next[v] ?? 0);
  const out = new Int32Array(m);
  for (let i = 0; i < m; i++) {
    const k = after === null ? i : (after[i] ?? 0);
    const key = keys[k] ?? 0;
    const at = next[key] ?? 0;
    out[at] = k;
    next[key] = at + 1;
  }
  return out;
}

/**
 * Each pair's score bucket (0 = highest score) and the distinct scores, highest first. Equal
 * fractions (2/4, 1/2) divide to the same double, so they share a bucket.
 */
export function scoreBuckets(
  shared: Int32Array,
  union: Int32Array,
  m: number,
): { of: Int32Array; scores: Float64Array } {
  let maxShared = 0;
  let maxUnion = 0;
  for (let k = 0; k < m; k++) {
    if ((shared[k] ?? 0) > maxShared) maxShared = shared[k] ?? 0;
    if ((union[k] ?? 0) > maxUnion) maxUnion = union[k] ?? 0;
  }
  const width = maxUnion + 1;
  const cells = (maxShared + 1) * width;
  // Fraction → its position among the distinct ones: a table while it is small, else a Map.
  const table = cells <= 1 << 20 ? new Int32Array(cells).fill(-1) : null;
  const byCode = new Map<number, number>();
  const codes: number[] = [];
  const code = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    const c = (shared[k] ?? 0) * width + (union[k] ?? 0);
    code[k] = c;
    if (table !== null) {
      if (table[c] === -1) {
        table[c] = codes.length;
        codes.push(c);
      }
    } else if (!byCode.has(c)) {
      byCode.set(c, codes.length);
      codes.push(c);
    }
  }
  const valueOf = (c: number) => {
    const u = c % width;
    return u === 0 ? 0 : (c - u) / width / u;
  };
  const values = Float64Array.from(codes, valueOf);
  const distinct = Float64Array.from(new Set(values)).sort().reverse();
  const position = new Map<number, number>();
  distinct.forEach((s, i) => position.set(s, i));
  const bucketOfCode = Int32Array.from(values, (s) => position.get(s) ?? 0);
  const of = new Int32Array(m);
  for (let k = 0; k < m; k++) {
    const c = code[k] ?? 0;
    of[k] = bucketOfCode[table !== null ? (table[c] ?? 0) : (byCode.get(c) ?? 0)] ?? 0;
  }
  return { of, scores: distinct };
}
