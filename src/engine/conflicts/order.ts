import { compareCodePoints } from "../tiering/compare";

/**
 * Each partner's position in name order (lower-cased, code points; SPEC §2.2), as one
 * Int32Array: pairs are then ordered by comparing integers, never strings. Names are
 * lower-cased once each; without surrogate pairs, UTF-16 order is code-point order, so the
 * common case compares with `<` (a stable sort, as the plain comparator gave).
 * @example nameRanks(["b", "A"]) // Int32Array [1, 0]
 */
export function nameRanks(names: readonly string[]): { rank: Int32Array; byRank: Int32Array } {
  const n = names.length;
  const keys = new Array<string>(n);
  let astral = false;
  for (let i = 0; i < n; i++) {
    const k = (names[i] ?? "").toLowerCase();
    keys[i] = k;
    if (!astral && SURROGATE.test(k)) astral = true;
  }
  const order = Array.from({ length: n }, (_, i) => i);
  if (astral) order.sort((x, y) => compareCodePoints(keys[x] as string, keys[y] as string));
  else
    order.sort((x, y) => {
      const a = keys[x] as string;
      const b = keys[y] as string;
      return a < b ? -1 : a > b ? 1 : 0;
    });
  const rank = new Int32Array(n);
  const byRank = Int32Array.from(order);
  for (let i = 0; i < n; i++) rank[order[i] as number] = i;
  return { rank, byRank };
}

const SURROGATE = /[\uD800-\uDFFF]/;
