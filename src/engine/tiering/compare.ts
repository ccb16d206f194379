/**
 * Compares two strings by Unicode code point (SPEC §2.2: names are ordered lower-cased, in
 * code-point order). JavaScript's `<` compares UTF-16 code units, which differs for characters
 * outside the Basic Multilingual Plane (emoji sort after U+E000–U+FFFF by code point).
 */
export function compareCodePoints(a: string, b: string): number {
  // Code units order as code points except where a surrogate meets U+E000–U+FFFF: compare units
  // up to the first difference, and walk code points only when a surrogate is involved.
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (isSurrogate(x) || isSurrogate(y)) return compareByCodePoint(a, b);
    return x < y ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

function isSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdfff;
}

function compareByCodePoint(a: string, b: string): number {
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
