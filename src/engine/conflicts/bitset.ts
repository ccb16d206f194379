/**
 * Fixed-width bit sets packed into one Uint32Array, `words` words per row, so that a
 * capability or market comparison is a handful of integer operations instead of string work.
 */

/**
 * Number of set bits in a 32-bit word (SWAR popcount).
 * @example popcount(0b1011) === 3
 */
export function popcount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) as number;
}

/** Words needed for `bits` bits (at least 1, so every row has an address). */
export function wordsFor(bits: number): number {
  return Math.max(1, Math.ceil(bits / 32));
}

/** Sets bit `bit` of row `row`. */
export function setBit(bits: Uint32Array, words: number, row: number, bit: number): void {
  const at = row * words + (bit >>> 5);
  bits[at] = ((bits[at] ?? 0) | (1 << (bit & 31))) >>> 0;
}

/**
 * |A ∩ B| for rows a and b.
 * @example andCount(bits, 2, 0, 1)
 */
export function andCount(bits: Uint32Array, words: number, a: number, b: number): number {
  let n = 0;
  const oa = a * words;
  const ob = b * words;
  for (let w = 0; w < words; w++) n += popcount((bits[oa + w] ?? 0) & (bits[ob + w] ?? 0));
  return n;
}

/** True when rows a and b share at least one bit. */
export function intersects(bits: Uint32Array, words: number, a: number, b: number): boolean {
  const oa = a * words;
  const ob = b * words;
  for (let w = 0; w < words; w++) if (((bits[oa + w] ?? 0) & (bits[ob + w] ?? 0)) !== 0) return true;
  return false;
}

/** True when bit `bit` of row `row` is set. */
export function hasBit(bits: Uint32Array, words: number, row: number, bit: number): boolean {
  return ((bits[row * words + (bit >>> 5)] ?? 0) & (1 << (bit & 31))) !== 0;
}
