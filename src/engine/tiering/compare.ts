/**
 * Compares two strings by Unicode code point (SPEC §2.2: names are ordered lower-cased, in
 * code-point order). JavaScript's `<` compares UTF-16 code units, which differs for characters
 * outside the Basic Multilingual Plane (emoji sort after U+E000–U+FFFF by code point).
 */
export function compareCodePoints(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done) return y.done ? 0 : -1;
    if (y.done) return 1;
    const cx = x.value.codePointAt(0) ?? 0;
    const cy = y.value.codePointAt(0) ?? 0;
    if (cx !== cy) return cx < cy ? -1 : 1;
  }
}

/** Name order used everywhere a tie is broken by name: lower-cased, then code points. */
export function compareNames(a: string, b: string): number {
  return compareCodePoints(a.toLowerCase(), b.toLowerCase());
}

/**
 * Composites compare rounded to 6 decimals, half up, so mathematical ties tie (SPEC §2.2): the
 * key is the composite in millionths. Ranking and threshold tiers both compare this key.
 */
export function compositeKey(composite: number): number {
  return Math.round(composite * 1e6);
}

/** Tolerance for the fit gate and the conflict threshold (SPEC §2.9); tiers compare compositeKey. */
export const TOLERANCE = 1e-9;
